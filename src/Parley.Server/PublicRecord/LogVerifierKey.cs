using Parley.Store.PublicRecord;

namespace Parley.Server.PublicRecord;

/// <summary>The log's verifier key text (docs/public-record.md §2), read once from the log key file (the configured one, or the one beside an SQLite database).</summary>
public sealed class LogVerifierKey(ServerOptions options)
{
    private readonly Lazy<string> _text = new(() =>
    {
        using var signer = LogKey.Read(LogKey.Locate(options.DatabasePath, options.Store.LogKeyPath));
        return signer.Verifier.VerifierKey;
    });

    public string Text => _text.Value;
}
