using Parley.Core.Commands;
using Parley.Core.Rules;
using Parley.Core.Tests.Support;
using Xunit;

namespace Parley.Core.Tests.Rules;

/// <summary>Issue 11: text from outside holds no control, invisible or bidirectional characters where it has no business.</summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("Шевченко Микола", TextKind.Line)]
    [InlineData("Mykola O'Brien-Шевченко", TextKind.Line)]
    [InlineData("first line\nsecond line\twith a tab", TextKind.Multiline)]
    [InlineData("Buses have **crossed** 👨‍👩‍👧 at the border", TextKind.Markdown)]
    [InlineData("مرحبا بكم", TextKind.Line)]
    [InlineData("a 🇺🇦 flag", TextKind.Line)]
    public void ordinary_text_in_any_script_passes(string text, TextKind kind) =>
        Assert.Null(TextRules.Problem(text, kind));

    [Theory]
    [InlineData("Word's\u000bline break", TextKind.Markdown, "the control character U+000B at position 7")]
    [InlineData("a\u0000b", TextKind.Multiline, "the control character U+0000")]
    [InlineData("two\nlines", TextKind.Line, "the control character U+000A at position 4; this field is one line")]
    [InlineData("evil\u202Egnp.exe", TextKind.Markdown, "the bidirectional control U+202E")]
    [InlineData("iso\u2066late", TextKind.Line, "the bidirectional control U+2066")]
    [InlineData("zero\u200Bwidth", TextKind.Markdown, "the invisible character U+200B")]
    [InlineData("joiner\u200Din a name", TextKind.Line, "the invisible character U+200D")]
    [InlineData("bom\uFEFF", TextKind.Line, "the invisible character U+FEFF")]
    [InlineData("non\uFFFEcharacter", TextKind.Line, "the noncharacter U+FFFE")]
    [InlineData("next\u0085line", TextKind.Multiline, "the control character U+0085")]
    [InlineData("para\u2029graph", TextKind.Multiline, "the line separator U+2029")]
    public void control_invisible_bidirectional_and_broken_characters_are_named_with_their_position(string text, TextKind kind, string expected) =>
        Assert.Contains(expected, TextRules.Problem(text, kind), StringComparison.Ordinal);

    [Fact]
    public void an_unpaired_surrogate_is_named_with_its_position()
    {
        // Built at run time: a test runner carries theory data as text and would turn a lone surrogate into U+FFFD.
        Assert.Contains("an unpaired surrogate U+D800 at position 6", TextRules.Problem("lone " + (char)0xD800 + " surrogate", TextKind.Multiline), StringComparison.Ordinal);
        Assert.Contains("an unpaired surrogate U+DC00 at position 1", TextRules.Problem((char)0xDC00 + " first", TextKind.Line), StringComparison.Ordinal);
        Assert.Contains("an unpaired surrogate U+D800 at position 2", TextRules.Problem("x" + (char)0xD800, TextKind.Line), StringComparison.Ordinal);
    }

    [Fact]
    public void cleaning_keeps_everything_the_rules_allow_and_drops_the_rest()
    {
        Assert.Equal("Word's line", TextRules.Clean("Word's\u000b line\u202E", TextKind.Markdown));
        Assert.Equal("👨‍👩‍👧", TextRules.Clean("👨‍👩‍👧", TextKind.Markdown));
        Assert.Equal("a b", TextRules.Clean("a " + (char)0xD800 + "b", TextKind.Line));
    }

    [Fact]
    public void the_decider_refuses_a_command_whose_text_breaks_the_rules_and_names_the_field()
    {
        var world = World.WithExchange("5 for 5");
        var hidden = RosterEntry.Of("p1", World.Entry("p1").ToDetails() with { Names = [new Core.Exchanges.PersonName("Шевченко\u202E Микола")] });

        Assert.Equal("persons[0].names[0].text", world.Rejects<InvalidFieldException>(new ListPersons(World.X, Side.A, [hidden])).Field);
        Assert.Equal("name", world.Rejects<InvalidFieldException>(new RegisterParty("TR", "Türkiye\u000b")).Field);
        Assert.Equal("markdown", world.Rejects<InvalidFieldException>(new PostEntry("e1", "r1", "text\u200B")).Field);
        world.Do(new PostEntry("e2", "r1", "two\nlines and 👨‍👩‍👧"), World.Press);
    }
}
