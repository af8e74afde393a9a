using Parley.Core.Rules;

namespace Parley.Core.Families;

/// <summary>
/// A receipt code as typed does not read as one: a character outside the alphabet (<see cref="Position"/>, 1-based),
/// a wrong length, or a check character that does not match. The message never repeats the code.
/// </summary>
public sealed class ReceiptCodeFormatException(string detail, int? position)
    : ParleyException($"receipt code: {detail}.")
{
    public int? Position { get; } = position;
}
