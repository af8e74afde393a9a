namespace Parley.Core.Matching;

/// <summary>A candidate pair's key: side A's person and side B's person.</summary>
public readonly record struct PairKey(string Left, string Right)
{
    public override string ToString() => Left + ":" + Right;
}
