using Parley.Core.Exchanges;
using Parley.Store.Domain;

namespace Parley.Cli.Rendering;

/// <summary>What `parley status` shows; also its JSON shape.</summary>
internal sealed record StatusReport(
    IReadOnlyList<RoundDocument> Rounds,
    IReadOnlyList<AgreementDocument> Agreements,
    IReadOnlyList<ExchangeSummary> Exchanges,
    long Events);
