using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Parley.Matching.Records;
using Parley.Matching.Scoring;
using LuceneField = Lucene.Net.Documents.Field;

namespace Parley.Bench.Matching;

/// <summary>
/// The baseline the issue asks for: Lucene.Net with the same normalisation (Parley's reading of the name
/// parts, romanised to the same Latin comparison form), fuzzy queries (up to two edits) on surname and given
/// name, the patronymic as an optional fuzzy clause, and the year of birth as a filter. The right list is
/// indexed; each left record takes its best hit; pairs are then assigned one to one by Lucene score.
/// Every assigned pair counts as a match.
/// </summary>
internal static class LuceneBaseline
{
    /// <summary>Matches the lists; with <paramref name="queries"/>, only the first that many left records query the index (for timing).</summary>
    public static IReadOnlyList<(string Left, string Right)> Match(IReadOnlyList<ListRecord> left, IReadOnlyList<ListRecord> right, int? queries = null) =>
        Match(left, right, queries, out _, out _);

    /// <summary>As <see cref="Match(IReadOnlyList{ListRecord}, IReadOnlyList{ListRecord}, int?)"/>, with the seconds spent indexing (with preparation) and querying.</summary>
    public static IReadOnlyList<(string Left, string Right)> Match(IReadOnlyList<ListRecord> left, IReadOnlyList<ListRecord> right, int? queries, out double indexSeconds, out double querySeconds)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (queries is { } q && q < left.Count)
        {
            left = [.. left.Take(q)];
        }
        var preparer = new RecordPreparer();
        var l = preparer.PrepareAll(left);
        var r = preparer.PrepareAll(right);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            foreach (var record in r)
            {
                var doc = new Document { new StoredField("n", record.Index) };
                AddIfAny(doc, "surname", record.SurnameText);
                AddIfAny(doc, "given", record.GivenText);
                AddIfAny(doc, "patronymic", record.PatronymicText);
                if (record.Source.DateOfBirth?.Year is { } year)
                {
                    doc.Add(new StringField("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), LuceneField.Store.NO));
                }
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        indexSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var searcher = new IndexSearcher(reader);
        var best = new (int Right, float Score)[l.Length];
        Parallel.For(0, l.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            best[i] = (-1, 0);
            var a = l[i];
            string surname = RecordPreparer.Latin(a.SurnameText), given = RecordPreparer.Latin(a.GivenText);
            if (surname.Length == 0 || given.Length == 0)
            {
                return;
            }
            var query = new BooleanQuery
            {
                { new FuzzyQuery(new Term("surname", surname), 2), Occur.MUST },
                { new FuzzyQuery(new Term("given", given), 2), Occur.MUST },
            };
            if (a.PatronymicText.Length > 0)
            {
                query.Add(new FuzzyQuery(new Term("patronymic", RecordPreparer.Latin(a.PatronymicText)), 2), Occur.SHOULD);
            }
            Query final = a.Source.DateOfBirth?.Year is { } year
                ? new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
                : query;
            var top = searcher.Search(final, 1);
            if (top.ScoreDocs.Length > 0)
            {
                var n = searcher.Doc(top.ScoreDocs[0].Doc).GetField("n").GetInt32Value() ?? -1;
                best[i] = (n, top.ScoreDocs[0].Score);
            }
        });
        querySeconds = clock.Elapsed.TotalSeconds;
        var taken = new bool[r.Length];
        var pairs = new List<(string, string)>();
        foreach (var i in Enumerable.Range(0, l.Length).Where(i => best[i].Right >= 0).OrderByDescending(i => best[i].Score))
        {
            if (!taken[best[i].Right])
            {
                taken[best[i].Right] = true;
                pairs.Add((l[i].Source.Id, r[best[i].Right].Source.Id));
            }
        }
        return pairs;
    }

    private static void AddIfAny(Document doc, string field, string text)
    {
        var latin = RecordPreparer.Latin(text);
        if (latin.Length > 0)
        {
            doc.Add(new StringField(field, latin, LuceneField.Store.NO));
        }
    }
}
