namespace Parley.Fuzz.Tests;

/// <summary>
/// Every crash the fuzzer found, kept as an input under <c>bench/Parley.Fuzz/regressions/TARGET/</c> once fixed: each
/// must now parse or be refused with the parser's own error.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Findings
    {
        get
        {
            var data = new TheoryData<string, string>();
            var root = Path.Combine(AppContext.BaseDirectory, "regressions");
            foreach (var target in FuzzTargets.All)
            {
                var folder = Path.Combine(root, target.Name);
                if (Directory.Exists(folder))
                {
                    foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
                    {
                        data.Add(target.Name, Path.GetFileName(file));
                    }
                }
            }
            // Keeps the theory non-empty before any finding, and checks the harness itself reports a crash.
            data.Add("harness", "(none)");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void a_fuzzer_finding_is_parsed_or_refused_cleanly(string target, string file)
    {
        if (target == "harness")
        {
            var crashing = new FuzzTarget("harness", "a parser that crashes", _ => throw new IndexOutOfRangeException(), [typeof(FormatException)]);
            Assert.Throws<IndexOutOfRangeException>(() => crashing.Run([]));
            return;
        }
        FuzzTargets.Named(target).Run(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "regressions", target, file)));
    }
}
