namespace Parley.Core.Matching;

/// <summary>A candidate pair's key: the request (<see cref="Left"/>) and the offered person (<see cref="Right"/>).</summary>
public readonly record struct PairKey(string Left, string Right)
{
    public override string ToString() => Left + ":" + Right;
}
