using System.Globalization;
using System.Text;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Notes;

/// <summary>
/// A C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the note text
/// <c>origin\nsize\nbase64(root)\n[extension\n]*</c>, signed as a signed note. Immutable.
/// </summary>
public sealed record Checkpoint
{
    public Checkpoint(string origin, long size, Hash rootHash, IEnumerable<string>? extensions = null)
    {
        Preconditions.CheckNotNull(origin, nameof(origin));
        Preconditions.CheckArgument(origin.Length > 0 && !origin.Contains('\n'), nameof(origin), "origin must be one non-empty line.");
        Preconditions.CheckNonNegative(size, nameof(size));
        var lines = extensions is null ? new List<string>() : extensions.ToList();
        foreach (var line in lines)
        {
            Preconditions.CheckArgument(line.Length > 0 && !line.Contains('\n'), nameof(extensions), "each extension line must be one non-empty line.");
        }
        Origin = origin;
        Size = size;
        RootHash = rootHash;
        Extensions = lines;
    }

    public string Origin { get; }

    public long Size { get; }

    public Hash RootHash { get; }

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The note text: origin, size, base64 root, extension lines, each ending in a newline.</summary>
    public string ToText()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(RootHash.ToBase64()).Append('\n');
        foreach (var extension in Extensions)
        {
            builder.Append(extension).Append('\n');
        }
        return builder.ToString();
    }

    public override string ToString() => ToText();

    /// <summary>Signs the checkpoint text with the log's key.</summary>
    public Note Sign(NoteSigner logSigner) => Note.Sign(ToText(), Preconditions.CheckNotNull(logSigner, nameof(logSigner)));

    /// <summary>Parses a checkpoint note text (the text of a signed note, not the signatures).</summary>
    /// <exception cref="CheckpointFormatException">The text is not a well-formed checkpoint.</exception>
    public static Checkpoint Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw new CheckpointFormatException(Math.Max(1, text.Count(c => c == '\n') + 1), "the checkpoint text must end with a newline");
        }
        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            throw new CheckpointFormatException(lines.Length + 1, $"a checkpoint has at least three lines (origin, tree size, root hash); got {lines.Length}");
        }
        if (lines[0].Length == 0)
        {
            throw new CheckpointFormatException(1, "the origin must not be empty");
        }
        var sizeText = lines[1];
        if (sizeText.Length == 0 || !sizeText.All(char.IsAsciiDigit) || (sizeText.Length > 1 && sizeText[0] == '0')
            || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new CheckpointFormatException(2, $"the tree size must be a decimal number without leading zeros; got \"{sizeText}\"");
        }
        Hash root;
        try
        {
            root = Hash.FromBase64(lines[2]);
        }
        catch (FormatException e)
        {
            throw new CheckpointFormatException(3, e.Message.TrimEnd('.'));
        }
        for (var i = 3; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                throw new CheckpointFormatException(i + 1, "extension lines must not be empty");
            }
        }
        return new Checkpoint(lines[0], size, root, lines[3..]);
    }

    /// <summary>Verifies a signed checkpoint note against trusted keys and parses its text.</summary>
    /// <exception cref="NoteVerificationException">No trusted signature verifies.</exception>
    /// <exception cref="CheckpointFormatException">The text is not a checkpoint.</exception>
    public static Checkpoint ParseVerified(Note note, IEnumerable<NoteVerifier> trusted)
    {
        Preconditions.CheckNotNull(note, nameof(note));
        note.Verify(trusted);
        return Parse(note.Text);
    }

    public bool Equals(Checkpoint? other) =>
        other is not null && Origin == other.Origin && Size == other.Size && RootHash == other.RootHash
        && Extensions.SequenceEqual(other.Extensions);

    public override int GetHashCode() => HashCode.Combine(Origin, Size, RootHash, Extensions.Count);
}
