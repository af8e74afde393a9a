namespace Parley.Store.Copy;

/// <summary>
/// <c>parley copy</c> will not copy, and wrote nothing: the target holds a record or is the source, the source holds no
/// record or one not yet sealed into its public record. The message says which, and what to do.
/// </summary>
public sealed class CopyRefusedException : StoreException
{
    private CopyRefusedException(string location, string message)
        : base(location, message)
    {
    }

    internal static CopyRefusedException SameDatabase(string location) =>
        new(location, $"the target {location} is the source itself; copy to another database");

    internal static CopyRefusedException TargetNotEmpty(string location, string held) =>
        new(location, $"the target {location} is not empty ({held}); parley copy writes only into a new or empty database (a copy is one transaction, so there is never a partial copy to resume): choose another target, or create an empty one");

    internal static CopyRefusedException EmptySource(string location) =>
        new(location, $"the source {location} holds no events; there is nothing to copy");

    internal static CopyRefusedException Unsealed(string location, long lastSequence, long checkpointSize) =>
        new(location, $"the source {location} holds {lastSequence} events but its public record is signed only up to {checkpointSize}; open it once with parley (parley rebuild --db SOURCE) so every event is sealed and signed, then copy");
}
