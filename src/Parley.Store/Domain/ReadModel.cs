using Parley.Core.Exchanges;

namespace Parley.Store.Domain;

/// <summary>Queries over the projections: what `parley status` and the server show, without replaying the log.</summary>
public static class ReadModel
{
    public static IReadOnlyList<ExchangeSummary> Exchanges(IEventLog log) =>
        log.ReadProjections(Projections.Exchange).Select(p => Projections.Read<ExchangeSummary>(p.Body)).ToList();

    public static ExchangeSummary? Exchange(IEventLog log, string id) =>
        log.ReadProjection(Projections.Exchange, id) is { } body ? Projections.Read<ExchangeSummary>(body) : null;

    public static IReadOnlyList<RoundDocument> Rounds(IEventLog log) =>
        log.ReadProjections(Projections.Round).Select(p => Projections.Read<RoundDocument>(p.Body)).OrderBy(r => r.Number).ToList();

    public static IReadOnlyList<AgreementDocument> Agreements(IEventLog log) =>
        log.ReadProjections(Projections.Agreement).Select(p => Projections.Read<AgreementDocument>(p.Body)).ToList();
}
