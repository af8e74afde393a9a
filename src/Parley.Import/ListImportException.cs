namespace Parley.Import;

/// <summary>
/// A list file that cannot be imported, with every problem found (up to <see cref="MaxErrors"/>), each
/// naming its row and column. An import that throws this imports nothing. The message has one line
/// per error, each starting with the file's path.
/// </summary>
public sealed class ListImportException : Exception
{
    /// <summary>Errors collected before an import gives up; the rest are counted, not listed.</summary>
    public const int MaxErrors = 50;

    public ListImportException(string path, IReadOnlyList<ImportError> errors, bool truncated = false)
        : base(Compose(path, errors, truncated))
    {
        Path = path;
        Errors = errors;
        Truncated = truncated;
    }

    public ListImportException(string path, ImportError error, Exception? inner = null)
        : base(error.Describe(path), inner)
    {
        Path = path;
        Errors = [error];
    }

    /// <summary>The file, as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The problems, in file order (file-level problems first).</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>Whether there were more problems than <see cref="Errors"/> lists.</summary>
    public bool Truncated { get; }

    private static string Compose(string path, IReadOnlyList<ImportError> errors, bool truncated)
    {
        var lines = string.Join(Environment.NewLine, errors.Select(e => e.Describe(path)));
        return truncated
            ? $"{lines}{Environment.NewLine}{path}: more errors follow; only the first {errors.Count} are shown. Nothing was imported."
            : errors.Count > 1 ? $"{lines}{Environment.NewLine}{path}: {errors.Count} errors; nothing was imported." : lines;
    }
}
