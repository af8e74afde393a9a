using Parley.Evaluation.Data;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Names;

/// <summary>The embedded name and term tables, loaded once, with their frequency distributions.</summary>
internal sealed class NameTables
{
    private static readonly Lazy<NameTables> SharedTables = new(() => new NameTables());

    private NameTables()
    {
        var russianDefault = new RewriteTable("russian-default.tsv");
        Surnames = [.. DataFiles.Rows("surnames.tsv").Select(row => ReadSurname(row, russianDefault))];
        Male = ReadGiven("given-male.tsv");
        Female = ReadGiven("given-female.tsv");
        Places = [.. DataFiles.Rows("places.tsv").Select(row => new Term(row[0], DataFiles.Column(row, 1), ""))];
        Ranks = ReadTerms("ranks.tsv");
        Categories = ReadTerms("categories.tsv");

        // Exponents and offsets: in the Ukrainian population the top surname (Мельник) holds under
        // 0.5% and the top men's name (Олександр) about 10% of men born 1975-2000; a flat head keeps a
        // table of 300 surnames from giving its first rows a share real lists do not have.
        SurnameFrequency = new ZipfTable(Surnames.Count, 0.9, 15);
        MaleFrequency = new ZipfTable(Male.Count, 1.1, 1.5);
        FemaleFrequency = new ZipfTable(Female.Count, 1.05, 1.5);
        PlaceFrequency = new ZipfTable(Places.Count, 0.9, 2);
        RankFrequency = new ZipfTable(Ranks.Count, 1.2, 0.5);
    }

    public static NameTables Shared => SharedTables.Value;

    public IReadOnlyList<Surname> Surnames { get; }

    public IReadOnlyList<GivenName> Male { get; }

    public IReadOnlyList<GivenName> Female { get; }

    public IReadOnlyList<Term> Places { get; }

    public IReadOnlyList<Term> Ranks { get; }

    /// <summary>Index 0 prisoner of war, 1 civilian.</summary>
    public IReadOnlyList<Term> Categories { get; }

    public ZipfTable SurnameFrequency { get; }

    public ZipfTable MaleFrequency { get; }

    public ZipfTable FemaleFrequency { get; }

    public ZipfTable PlaceFrequency { get; }

    public ZipfTable RankFrequency { get; }

    public IReadOnlyList<GivenName> Given(Sex sex) => sex == Sex.Male ? Male : Female;

    public ZipfTable GivenFrequency(Sex sex) => sex == Sex.Male ? MaleFrequency : FemaleFrequency;

    private static Surname ReadSurname(string[] row, RewriteTable russianDefault)
    {
        var ukrainian = row[0].Trim();
        var russian = DataFiles.Column(row, 1);
        var kind = DataFiles.Column(row, 2) switch
        {
            "a" => SurnameKind.Adjective,
            "p" => SurnameKind.Possessive,
            "n" => SurnameKind.Noun,
            _ => SurnameGrammar.KindOf(ukrainian),
        };
        return new Surname(ukrainian, russian.Length > 0 ? russian : russianDefault.Apply(ukrainian), kind);
    }

    private static List<GivenName> ReadGiven(string path) =>
    [
        .. DataFiles.Rows(path).Select(row => new GivenName(
            row[0].Trim(),
            DataFiles.Column(row, 1),
            SplitList(DataFiles.Column(row, 2)),
            SplitList(DataFiles.Column(row, 3)))),
    ];

    private static List<Term> ReadTerms(string path) =>
    [
        .. DataFiles.Rows(path).Select(row => new Term(row[0].Trim(), DataFiles.Column(row, 1), DataFiles.Column(row, 2))),
    ];

    private static string[] SplitList(string text) =>
        text.Length == 0 ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
