namespace Parley.Core.Matching;

/// <summary>A person's ruling on a candidate pair.</summary>
public enum MatchVerdict
{
    Accept,
    Reject,
}
