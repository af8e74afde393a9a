namespace Parley.Store.Copy;

/// <summary>
/// <c>parley copy</c> stopped before its commit — a source row that does not match its leaf hash or commitment, a root
/// or projection that differs, or a database that refused a row — and rolled back: the target is as it was.
/// </summary>
public sealed class CopyFailedException : StoreException
{
    internal CopyFailedException(string target, string reason, Exception? inner = null)
        : base(target, $"{reason}; nothing was written to {target} (the copy is one transaction, rolled back)", inner)
    {
        Reason = reason;
    }

    /// <summary>Why the copy stopped, without the note about the target.</summary>
    public string Reason { get; }
}
