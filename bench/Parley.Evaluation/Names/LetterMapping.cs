namespace Parley.Evaluation.Names;

/// <summary>A Ukrainian name written letter for letter in Russian letters (Микола → Мыкола, Олійник → Олийнык).</summary>
internal static class LetterMapping
{
    private static readonly RewriteTable Table = new("letter-map.tsv");

    public static string ToRussianLetters(string ukrainian) => Table.Apply(ukrainian);
}
