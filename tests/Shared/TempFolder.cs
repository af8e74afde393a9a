using System.Text;

namespace Parley.Testing;

/// <summary>
/// A fresh folder of its own under the system temp folder, deleted (with everything in it) on dispose. One source
/// file, linked into each test project and the benchmarks.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "parley-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes the lines (UTF-8, no byte order mark) and returns the path.</summary>
    public string Write(string name, IEnumerable<string> lines)
    {
        var path = File(name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Writes UTF-8 text without a byte order mark and returns the path.</summary>
    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leaked temp folder must not fail a test or a benchmark.
        }
    }
}
