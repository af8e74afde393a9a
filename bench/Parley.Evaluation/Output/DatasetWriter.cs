namespace Parley.Evaluation.Output;

/// <summary>Streams a dataset's five files into a folder and counts the truth classes on the way.</summary>
internal static class DatasetWriter
{
    public static DatasetSummary Write(EvaluationDataset dataset, string folder)
    {
        Directory.CreateDirectory(folder);
        WriteList(Path.Combine(folder, "left.csv"), dataset.EnumerateLeft());
        WriteList(Path.Combine(folder, "right.csv"), dataset.EnumerateRight());

        var classes = new List<Errors.ClassSet>();
        using (var truth = new CsvTableWriter(Path.Combine(folder, "truth.csv"), ["left_id", "right_id", "classes"]))
        {
            foreach (var (leftId, rightId, set) in dataset.EnumerateTruthSets())
            {
                truth.WriteRow([leftId, rightId, set.ToString()]);
                classes.Add(set);
            }
        }

        using (var duplicates = new CsvTableWriter(Path.Combine(folder, "duplicates.csv"), ["list", "id", "group"]))
        {
            foreach (var entry in dataset.EnumerateDuplicates())
            {
                duplicates.WriteRow([entry.List, entry.Id, entry.Group]);
            }
        }

        using (var negatives = new CsvTableWriter(Path.Combine(folder, "hard-negatives.csv"), ["left_id", "right_id", "kind"]))
        {
            foreach (var pair in dataset.EnumerateHardNegatives())
            {
                negatives.WriteRow([pair.LeftId, pair.RightId, pair.Kind]);
            }
        }

        return dataset.Summarize(classes);
    }

    private static void WriteList(string path, IEnumerable<EvaluationRecord> records)
    {
        using var writer = new CsvTableWriter(path, EvaluationRecord.Header);
        foreach (var record in records)
        {
            writer.WriteRow(record.Fields());
        }
    }
}
