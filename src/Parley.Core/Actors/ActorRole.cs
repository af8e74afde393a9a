namespace Parley.Core.Actors;

/// <summary>
/// Who acts. A set of roles (flags) says who may issue a command (<see cref="IssuedByAttribute"/>); an
/// <see cref="Actor"/> has exactly one.
/// </summary>
[Flags]
public enum ActorRole
{
    None = 0,

    /// <summary>Whoever runs <c>parley</c> on the database itself (the command line): may do anything, and is recorded as such.</summary>
    Operator = 1,

    /// <summary>The neutral mediator: records the talks, runs exchanges and stages, decides candidate pairs.</summary>
    Mediator = 2,

    /// <summary>A party's officer: submits and amends its own lists, confirms matches of its own people, releases and receives.</summary>
    Party = 4,

    /// <summary>The neutral verifier (as the ICRC in real exchanges): interviews each person for identity and consent.</summary>
    Verifier = 8,

    /// <summary>The press officer: writes the live broadcast.</summary>
    Press = 16,
}
