using Parley.Evaluation.Names;

namespace Parley.Evaluation.Population;

/// <summary>Who a synthetic person is, as indexes into the name tables: about 40 bytes a person.</summary>
internal struct PersonIdentity
{
    public Sex Sex;
    public bool Military;
    public short Surname;
    public short SecondSurname;
    public short Given;
    public short Father;
    public short MotherMaiden;
    public short Birthplace;
    public short Rank;
    public int Dob;
    public long ServiceNumber;

    public readonly DateOnly DateOfBirth => DateOnly.FromDayNumber(Dob);

    public readonly bool HasDoubleSurname => SecondSurname >= 0;

    /// <summary>Everything that makes two people the same person on paper; no two people share it.</summary>
    public readonly long Key =>
        ((long)Surname << 46) | ((long)(SecondSurname + 1) << 37) | ((long)Given << 29) | ((long)Father << 21)
        | ((long)Sex << 20) | (uint)(Dob & 0xFFFFF);
}
