namespace Parley.Server.Access;

/// <summary>Who is calling. Party officers act for one side, named by its party code.</summary>
[Flags]
public enum Role
{
    None = 0,
    Public = 1,
    Mediator = 2,
    Party = 4,
    Press = 8,

    /// <summary>A neutral verifier (as the ICRC in real exchanges): records each interview (identity and consent).</summary>
    Verifier = 16,
}
