using Parley.Demo.Synthetic;
using Parley.Matching.Names;
using Parley.Matching.Normalisation;
using Xunit;

namespace Parley.Matching.Tests.Synthetic;

public sealed partial class SyntheticListsTests
{
    [Fact]
    public void Ids_are_unique_and_every_truth_pair_names_records_on_both_lists()
    {
        var left = TwoThousand.Left.Select(r => r.Id).ToHashSet();
        var right = TwoThousand.Right.Select(r => r.Id).ToHashSet();

        Assert.Equal(TwoThousand.Left.Count, left.Count);
        Assert.Equal(TwoThousand.Right.Count, right.Count);
        Assert.All(TwoThousand.Truth, t => Assert.Contains(t.LeftId, left));
        Assert.All(TwoThousand.Truth, t => Assert.Contains(t.RightId, right));
        Assert.Equal(TwoThousand.Truth.Count, TwoThousand.Truth.Select(t => t.RightId).Distinct().Count());
    }

    [Fact]
    public void Source_rows_count_from_two_as_in_a_file_with_a_header()
    {
        Assert.Equal(Enumerable.Range(2, TwoThousand.Left.Count), TwoThousand.Left.Select(r => r.SourceRow));
        Assert.Equal(Enumerable.Range(2, TwoThousand.Right.Count), TwoThousand.Right.Select(r => r.SourceRow));
    }

    [Fact]
    public void Every_record_has_a_name()
    {
        Assert.All(TwoThousand.Left.Concat(TwoThousand.Right), r =>
            Assert.False(string.IsNullOrWhiteSpace(r.Surname) && string.IsNullOrWhiteSpace(r.Given) && string.IsNullOrWhiteSpace(r.FullName)));
    }

    [Fact]
    public void The_left_list_is_in_Ukrainian_Cyrillic_with_surname_given_name_and_date_of_birth()
    {
        Assert.All(TwoThousand.Left, r =>
        {
            Assert.True(ScriptDetector.ContainsCyrillic(r.Surname!));
            Assert.NotEqual(Script.RussianCyrillic, ScriptDetector.Detect(r.Surname + " " + r.Given + " " + r.Patronymic));
            Assert.NotNull(r.Given);
            Assert.Null(r.FullName);
        });
        Assert.True(TwoThousand.Left.Count(r => r.DateOfBirth is { IsComplete: true }) > TwoThousand.Left.Count * 0.9);
    }

    [Fact]
    public void Latin_scheme_pairs_have_no_Cyrillic_in_the_right_names()
    {
        var right = TwoThousand.Right.ToDictionary(r => r.Id);

        Assert.All(TwoThousand.Truth.Where(t => t.DifficultyClass == DifficultyClasses.LatinScheme), t =>
        {
            var r = right[t.RightId];
            Assert.False(ScriptDetector.ContainsCyrillic(string.Join(' ', r.Surname, r.Given, r.Patronymic, r.FullName)));
        });
    }

    [Fact]
    public void Cross_Cyrillic_pairs_use_the_Russian_form_of_the_same_given_name()
    {
        var left = TwoThousand.Left.ToDictionary(r => r.Id);
        var right = TwoThousand.Right.ToDictionary(r => r.Id);
        var pairs = TwoThousand.Truth
            .Where(t => t.DifficultyClass == DifficultyClasses.CrossCyrillic && right[t.RightId].Given is not null)
            .Select(t => (Left: left[t.LeftId], Right: right[t.RightId]))
            .ToList();

        Assert.All(pairs, p => Assert.True(GivenNames.AreEquivalent(p.Left.Given!, p.Right.Given!), $"{p.Left.Given} / {p.Right.Given}"));
        Assert.Contains(pairs, p => p.Left.Given != p.Right.Given);
    }

    [Fact]
    public void Date_error_pairs_have_a_different_or_partial_date_of_birth()
    {
        var left = TwoThousand.Left.ToDictionary(r => r.Id);
        var right = TwoThousand.Right.ToDictionary(r => r.Id);

        Assert.All(TwoThousand.Truth.Where(t => t.DifficultyClass == DifficultyClasses.DateError), t =>
        {
            var l = left[t.LeftId].DateOfBirth;
            var r = right[t.RightId].DateOfBirth;
            if (l is not null && r is not null)
            {
                Assert.NotEqual(l, r);
            }
        });
    }

    [Fact]
    public void Declined_pairs_have_a_Cyrillic_surname_in_an_oblique_case_that_reads_back_to_a_nominative()
    {
        var right = TwoThousand.Right.ToDictionary(r => r.Id);
        var declined = TwoThousand.Truth
            .Where(t => t.DifficultyClass == DifficultyClasses.Declined)
            .Select(t => right[t.RightId].Surname ?? right[t.RightId].FullName!.Split(' ')[0])
            .Where(ScriptDetector.ContainsCyrillic)
            .ToList();

        Assert.NotEmpty(declined);
        Assert.All(declined, s => Assert.True(Surnames.BaseForms(s).Count > 1, s));
    }

    [Fact]
    public void No_name_mixes_Cyrillic_and_Latin_letters_even_after_a_typo()
    {
        Assert.All(TwoThousand.Right, r =>
        {
            foreach (var name in new[] { r.Surname, r.Given, r.Patronymic, r.FullName })
            {
                if (name is not null)
                {
                    Assert.NotEqual(Script.Mixed, ScriptDetector.Detect(name));
                }
            }
        });
    }
}
