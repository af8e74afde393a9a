using System.Text;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;

namespace Parley.Store.PublicRecord;

/// <summary>What one <see cref="TilePublisher.Publish"/> did.</summary>
public sealed record PublishResult(long OldSize, long NewSize, int FilesWritten, long BytesWritten);

/// <summary>
/// Writes the public record as static files in the C2SP tlog-tiles layout (https://c2sp.org/tlog-tiles):
/// <c>checkpoint</c>, <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>, <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>, plus
/// <c>log.pub</c> (the log's verifier key, for convenience). <c>checkpoint</c> is the witnessed checkpoint with its
/// cosignatures (https://c2sp.org/tlog-cosignature, <see cref="PublicLog.WitnessedCheckpointNote"/>) and
/// <c>latest-checkpoint</c> the newest one, which witnesses cosign next; they are the same until witnesses are registered.
/// Incremental: going from the size of the latest checkpoint already in the folder to the newest, only new tiles and
/// grown partial tiles are written (plus the partial tiles of the witnessed size, if missing); full tiles never change,
/// and superseded partial tiles are kept (clients holding an older checkpoint may still fetch them). Every file is
/// written to a temporary name, flushed to the disk (fsync) and renamed, and every folder touched is flushed before the
/// checkpoints are written, last, the same way: after a crash or power cut the folder holds a checkpoint only with all its
/// tiles. Temporary files left by an interrupted earlier run are removed first.
/// </summary>
public static class TilePublisher
{
    public static PublishResult Publish(PublicLog log, string verifierKey, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var noteText = log.LatestCosignedCheckpointNote()
            ?? throw new InvalidOperationException($"the log {log.Path} is empty: there is nothing to publish yet.");
        var checkpoint = Checkpoint.Parse(Note.Parse(noteText).Text);
        var witnessedText = log.WitnessedCheckpointNote();
        var witnessedSize = witnessedText is null ? 0 : Checkpoint.Parse(Note.Parse(witnessedText).Text).Size;
        outputDirectory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        DurableFiles.RemoveLeftovers(outputDirectory);
        var oldSize = PublishedSize(outputDirectory, checkpoint);
        var files = 0;
        var bytes = 0L;
        var touched = new HashSet<string>(StringComparer.Ordinal) { outputDirectory };
        var tiles = TileLayout.TilesBetween(oldSize, checkpoint.Size)
            .Concat(TileLayout.TilesFor(witnessedSize).Where(t => t.IsPartial && !File.Exists(FilePath(outputDirectory, t.Path))));
        foreach (var tile in tiles)
        {
            var content = log.ReadTile(tile);
            bytes += Write(outputDirectory, tile.Path, content, touched);
            files++;
            if (tile.Level == 0)
            {
                bytes += Write(outputDirectory, tile.EntriesPath, log.ReadEntryBundle(tile), touched);
                files++;
            }
        }
        bytes += Write(outputDirectory, VerifierKeyFile, Encoding.UTF8.GetBytes(verifierKey + "\n"), touched);
        // The tiles' names must be durable before a checkpoint that points at them: deepest folders first.
        foreach (var folder in touched.OrderByDescending(f => f.Length))
        {
            DurableFiles.SyncFolder(folder);
        }
        bytes += Write(outputDirectory, LatestCheckpointFile, Encoding.UTF8.GetBytes(noteText), touched);
        files += 2;
        if (witnessedText is not null)
        {
            bytes += Write(outputDirectory, CheckpointFile, Encoding.UTF8.GetBytes(witnessedText), touched);
            files++;
        }
        DurableFiles.SyncFolder(outputDirectory);
        return new PublishResult(oldSize, checkpoint.Size, files, bytes);
    }

    /// <inheritdoc cref="LogFiles.Checkpoint"/>
    public const string CheckpointFile = LogFiles.Checkpoint;

    /// <inheritdoc cref="LogFiles.LatestCheckpoint"/>
    public const string LatestCheckpointFile = LogFiles.LatestCheckpoint;

    /// <inheritdoc cref="LogFiles.VerifierKey"/>
    public const string VerifierKeyFile = LogFiles.VerifierKey;

    private static long PublishedSize(string directory, Checkpoint latest)
    {
        var path = Path.Combine(directory, LatestCheckpointFile);
        if (!File.Exists(path))
        {
            path = Path.Combine(directory, CheckpointFile);
        }
        if (!File.Exists(path))
        {
            return 0;
        }
        Checkpoint published;
        try
        {
            published = Checkpoint.Parse(Note.Parse(File.ReadAllBytes(path)).Text);
        }
        catch (Exception e) when (e is NoteFormatException or CheckpointFormatException)
        {
            throw new InvalidDataException($"{path}: the checkpoint already published there is malformed ({e.Message}); publish into an empty folder.", e);
        }
        if (published.Origin != latest.Origin)
        {
            throw new InvalidDataException($"{path}: the folder holds the log \"{published.Origin}\", not \"{latest.Origin}\"; publish into an empty folder.");
        }
        if (published.Size > latest.Size)
        {
            throw new InvalidDataException($"{path}: the folder holds a checkpoint of {published.Size} entries but the database only {latest.Size}; refusing to go backwards.");
        }
        return published.Size;
    }

    private static string FilePath(string directory, string relativePath) =>
        Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes one file durably; records its folder, and every folder created for it, as needing a flush.</summary>
    private static long Write(string directory, string relativePath, byte[] content, HashSet<string> touched)
    {
        var path = FilePath(directory, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        // A new folder's own name lives in its parent: flushing the parents too makes it durable.
        var parent = folder;
        while (parent.Length > directory.Length && touched.Add(parent))
        {
            parent = Path.GetDirectoryName(parent)!;
        }
        Directory.CreateDirectory(folder);
        DurableFiles.Write(path, content);
        return content.Length;
    }
}
