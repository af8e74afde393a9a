using Parley.Matching.Blocking;
using Parley.Matching.Scoring;
using Parley.Matching.Tests.Reconciliation;
using Xunit;

namespace Parley.Matching.Tests.Blocking;

public class SpellingNeighboursTests
{
    private readonly RecordPreparer _preparer = new();

    private PreparedRecord[] Records(params string[] surnames) =>
        [.. surnames.Select((s, i) => _preparer.Prepare(People.Person($"r{i}", s, "Микола"), i))];

    [Fact]
    public void a_rare_spelling_has_the_spellings_one_letter_class_away_as_neighbours()
    {
        var lists = Records("Шевченко", "Шевченко", "Шевченко", "Шевченко", "Шевчекно");
        var neighbours = new SpellingNeighbours(lists);
        Assert.Contains(Parley.Matching.Names.NameKey.Phonetic("Шевченко"), neighbours.Of(Parley.Matching.Names.NameKey.Phonetic("Шевчекно")));
    }

    [Fact]
    public void two_common_spellings_are_never_neighbours()
    {
        var lists = Records("Коваль", "Коваль", "Коваль", "Коваль", "Ковальов", "Ковальов", "Ковальов", "Ковальов");
        var neighbours = new SpellingNeighbours(lists);
        Assert.Empty(neighbours.Of(Parley.Matching.Names.NameKey.Phonetic("Коваль")));
        Assert.Empty(neighbours.Of(Parley.Matching.Names.NameKey.Phonetic("Ковальов")));
    }
}
