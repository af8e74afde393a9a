using System.Collections.Immutable;
using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Rules;
using Parley.Core.Talks;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Talks;

/// <summary>Commands that name something not recorded, and the agreements and statements of the talks record.</summary>
public class ReferenceTests
{
    private static readonly Uri Source = new("https://example.org/report");

    public static TheoryData<Command> UnknownReferences() =>
    [
        new ScheduleRound("r9", 9, "Palace", "Istanbul", "Europe/Istanbul", new LocalDateTime(2025, 6, 2, 13, 0), "XX"),
        new AppointDelegate("r9", "RU", "Someone", DelegationRole.Member, null),
        new AppointDelegate("r1", "XX", "Someone", DelegationRole.Member, null),
        new StartRound("r9", null),
        new ConcludeRound("r9", null),
        new RecordStatement("st1", "r9", "Someone", null, new LocalDateTime(2025, 5, 16, 14, 0), "en", "A quote.", Source),
        new RecordStatement("st1", "r1", "Someone", "XX", new LocalDateTime(2025, 5, 16, 14, 0), "en", "A quote.", Source),
        new RecordAgreement("a9", "r9", "Title", "Text", "1000 for 1000", ["RU", "UA"]),
        new OpenExchange("x9", "a9", "RU", "UA"),
        new OpenExchange("x9", "a1", "RU", "XX"),
        new OpenExchange("x9", "a1", "XX", "UA"),
    ];

    [Theory]
    [MemberData(nameof(UnknownReferences))]
    public void a_command_naming_something_not_recorded_is_rejected(Command command)
    {
        var world = World.Talks();
        world.Do(new RecordAgreement("a1", "r1", "Exchange", "Text", "1000 for 1000", ["RU", "UA"]));

        world.Violates(command, DomainRule.KnownReference);
    }

    [Fact]
    public void an_agreement_with_malformed_terms_is_rejected_with_field_terms_and_the_formula_column_message()
    {
        var world = World.Talks();

        var e = world.Rejects<InvalidFieldException>(new RecordAgreement("a1", "r1", "Exchange", "Text", "1000 fro 1000", []));

        Assert.Equal("terms", e.Field);
        Assert.Equal("1000 fro 1000", e.Value);
        Assert.Equal("column 6: expected \"for\", found 'fro'", e.Rule);
        Assert.Contains("column 6: expected \"for\", found 'fro'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_agreement_keeps_its_terms_as_a_parsed_formula_in_canonical_form()
    {
        var world = World.Talks();

        world.Do(new RecordAgreement("a1", "r1", "Exchange", "Text", "1,000 FOR 1,000", ["RU", "UA"]));

        var agreement = world.State.Agreements["a1"];
        Assert.Equal("1000 for 1000", agreement.Terms!.ToString());
        Assert.Equal("1000 for 1000", Assert.IsType<Parley.Core.Events.AgreementReached>(Assert.Single(world.Events)).Terms);
    }

    [Fact]
    public void an_agreement_without_terms_cannot_open_an_exchange()
    {
        var world = World.Talks();
        world.Do(new RecordAgreement("a1", "r1", "Ceasefire memoranda", "Each side sets out its vision in writing.", null, []));
        Assert.Null(world.State.Agreements["a1"].Terms);

        world.Violates(new OpenExchange("x1", "a1", "RU", "UA"), DomainRule.AgreementNeedsFormula);
    }

    [Fact]
    public void an_exchange_is_between_two_different_parties_and_is_opened_once()
    {
        var world = World.WithExchange("1000 for 1000");

        world.Violates(new OpenExchange("x2", "a1", "UA", "UA"), DomainRule.ExchangeParties);
        world.Violates(new OpenExchange(World.X, "a1", "UA", "RU"), DomainRule.UniqueId);
        Assert.Equal(("RU", "UA"), (world.Exchange.SideA, world.Exchange.SideB));
    }

    [Fact]
    public void a_statement_is_kept_at_its_instant_with_an_absolute_http_source()
    {
        var world = World.Talks();

        world.Do(new RecordStatement("st1", "r1", "Vladimir Medinsky", "RU", new LocalDateTime(2025, 5, 16, 15, 45), "ru", "A quote.", Source));
        Assert.Equal(Instant.FromUtc(2025, 5, 16, 12, 45), world.State.Statements["st1"].At);

        var e = world.Rejects<InvalidFieldException>(
            new RecordStatement("st2", "r1", "Someone", null, new LocalDateTime(2025, 5, 16, 15, 45), "en", "A quote.", new Uri("ftp://example.org/x")));
        Assert.Equal("source", e.Field);
        world.Violates(
            new RecordStatement("st1", "r1", "Someone", null, new LocalDateTime(2025, 5, 16, 15, 45), "en", "A quote.", Source), DomainRule.UniqueId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("Иван")]
    public void an_id_that_is_not_a_short_ascii_key_is_rejected(string id)
    {
        var world = World.Talks();

        Assert.Equal("code", world.Rejects<InvalidFieldException>(new RegisterParty(id, "Somewhere")).Field);
        Assert.Equal("id", world.Rejects<InvalidFieldException>(
            new RecordAgreement(id, "r1", "Title", "Text", null, ImmutableList<string>.Empty)).Field);
    }

    [Fact]
    public void a_party_needs_a_name()
    {
        var world = World.Talks();

        Assert.Equal("name", world.Rejects<InvalidFieldException>(new RegisterParty("BY", "  ")).Field);
    }
}
