namespace Parley.Demo.Synthetic;

/// <summary>
/// Common surnames of Ukraine, read from the embedded data files <c>Synthetic/Data/surnames-ukrainian.txt</c>
/// and <c>surnames-russian.txt</c> (their headers give the sources): one surname a line, masculine nominative,
/// the Ukrainian spelling and, after a space, the Russian spelling where it differs; ordered roughly by frequency.
/// </summary>
internal static class SurnameData
{
    /// <summary>The lines of the Ukrainian-origin surname list, in file order.</summary>
    internal static IReadOnlyList<string> Ukrainian => DemoData.Lines("Synthetic.Data.surnames-ukrainian.txt");

    /// <summary>The lines of the Russian-origin surname list, in file order.</summary>
    internal static IReadOnlyList<string> Russian => DemoData.Lines("Synthetic.Data.surnames-russian.txt");
}
