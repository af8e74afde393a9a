namespace Parley.Demo.Synthetic;

/// <summary>Which lists a synthetic person is on.</summary>
internal enum Presence
{
    Both,
    LeftOnly,
    RightOnly,
}

/// <summary>The truth about one synthetic person, before either side writes it down.</summary>
internal sealed class Person
{
    internal bool Feminine { get; set; }

    internal required GivenEntry Given { get; set; }

    internal required GivenEntry Father { get; set; }

    internal required SurnameForms Surname { get; set; }

    internal required SurnameForms MotherMaiden { get; init; }

    internal int Year { get; set; }

    internal int Month { get; set; }

    internal int Day { get; set; }

    internal required string ServiceNumber { get; init; }

    internal int Rank { get; init; }

    internal int Birthplace { get; init; }

    internal bool Civilian { get; init; }

    internal Presence Presence { get; init; }

    /// <summary>Which optional facts the side that knows the person best has; each side writes a subset.</summary>
    internal bool KnownServiceNumber { get; init; }

    internal bool KnownRank { get; init; }

    internal bool KnownBirthplace { get; init; }

    internal bool KnownFather { get; init; }

    internal bool KnownMother { get; init; }
}
