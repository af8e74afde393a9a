using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.Talks;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Talks;

/// <summary>A statement: the words in the language said, translations marked as such, one or more sources; and corrections of the record.</summary>
public class StatementTests
{
    private static readonly LocalDateTime Said = new(2025, 5, 16, 16, 0);
    private static readonly StatementSource Report = new(new Uri("https://news.example/2025/05/16/talks"), "News Example", World.Now - Duration.FromDays(1));

    private static RecordStatement Statement(string? quote = "в ближайшие дни", string language = "ru", Uri? source = null,
        IEnumerable<StatementSource>? sources = null, IEnumerable<Translation>? translations = null) =>
        new("st1", "r1", "Vladimir Medinsky", "RU", Said, language, quote, source,
            source is null ? [.. sources ?? [Report]] : null, translations is null ? null : [.. translations]);

    [Fact]
    public void a_statement_keeps_its_language_its_words_its_translations_and_every_source()
    {
        var world = World.Talks();
        var second = new StatementSource(new Uri("http://other.example/item?id=7"), "Other Example");

        var recorded = Assert.IsType<StatementRecorded>(Assert.Single(world.Do(Statement(
            sources: [Report, second], translations: [new Translation("en", "in the coming days")])).Events));

        var statement = world.State.Statements["st1"];
        Assert.Equal("ru", statement.Language);
        Assert.Equal("в ближайшие дни", statement.Quote);
        Assert.Equal([Report, second], statement.Sources);
        Assert.Equal("in the coming days", statement.TranslationInto("en")!.Quote);
        Assert.Null(statement.TranslationInto("uk"));
        Assert.Equal(Report.Url.ToString(), recorded.Source);
    }

    [Fact]
    public void a_statement_given_one_address_cites_its_host_as_the_outlet()
    {
        var world = World.Talks();

        world.Do(Statement(source: new Uri("https://www.themoscowtimes.com/2025/05/16/a")));

        Assert.Equal("www.themoscowtimes.com", Assert.Single(world.State.Statements["st1"].Sources).Outlet);
    }

    [Fact]
    public void words_known_only_in_translation_are_kept_as_a_translation_with_no_invented_original()
    {
        var world = World.Talks();

        world.Do(Statement(quote: null, translations: [new Translation("en", "big result")]));

        var statement = world.State.Statements["st1"];
        Assert.Null(statement.Quote);
        Assert.Equal("ru", statement.Language);
        Assert.Equal("big result", statement.TranslationInto("en")!.Quote);
    }

    public static TheoryData<RecordStatement, string, string> BadStatements() => new()
    {
        { Statement(sources: []), "sources", "at least one source" },
        { Statement(sources: [Report with { Url = new Uri("ftp://news.example/x") }]), "sources[0].url", "absolute http or https" },
        { Statement(sources: [Report with { Url = new Uri("/relative/x", UriKind.Relative) }]), "sources[0].url", "absolute http or https" },
        { Statement(sources: [Report with { Outlet = " " }]), "sources[0].outlet", "required" },
        { Statement(sources: [Report with { Seen = World.Now + Duration.FromHours(1) }]), "sources[0].seen", "future" },
        { Statement(translations: [new Translation("ru", "в ближайшие дни")]), "translations[0].language", "the quote itself is the original" },
        { Statement(translations: [new Translation("en", "a"), new Translation("en", "b")]), "translations[1].language", "already has a translation" },
        { Statement(language: "Russian"), "language", "two or three lowercase letters" },
        { Statement(quote: null), "quote", "required" },
    };

    [Theory]
    [MemberData(nameof(BadStatements))]
    public void a_bad_statement_is_refused_naming_the_field_and_records_nothing(RecordStatement command, string field, string rule)
    {
        var world = World.Talks();
        var before = world.State;

        var e = world.Rejects<InvalidFieldException>(command);

        Assert.Equal(field, e.Field);
        Assert.Contains(rule, e.Rule, StringComparison.Ordinal);
        Assert.Same(before, world.State);
    }

    [Fact]
    public void a_correction_names_the_statement_and_the_statement_stays_as_it_was()
    {
        var world = World.Talks();
        world.Do(Statement());

        var corrected = Assert.IsType<RecordCorrected>(Assert.Single(
            world.Do(new CorrectRecord("k1", RecordKind.Statement, "st1", "It was said at 16:30.", At: World.Now - Duration.FromMinutes(5))).Events));

        Assert.Equal(World.Now - Duration.FromMinutes(5), corrected.At);
        Assert.Equal("в ближайшие дни", world.State.Statements["st1"].Quote);
        Assert.Equal("k1", world.State.CorrectionOf(RecordKind.Statement, "st1")!.Id);
    }

    [Fact]
    public void a_correction_of_something_that_is_not_there_or_already_retracted_is_refused()
    {
        var world = World.Talks();
        world.Do(Statement());
        world.Do(new CorrectRecord("k1", RecordKind.Statement, "st1", "Not said by him.", Retracts: true));

        var missing = world.Violates(new CorrectRecord("k2", RecordKind.Agreement, "st1", "No such agreement."), DomainRule.CorrectionOfRecord);
        var twice = world.Violates(new CorrectRecord("k3", RecordKind.Statement, "st1", "Again."), DomainRule.CorrectionOfRecord);

        Assert.Contains("there is no agreement 'st1' to correct", missing.Message, StringComparison.Ordinal);
        Assert.Contains("statement 'st1' is already retracted by 'k1'", twice.Message, StringComparison.Ordinal);
    }
}
