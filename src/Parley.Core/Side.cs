namespace Parley.Core;

/// <summary>Side A is the first party named in an exchange, side B the second.</summary>
public enum Side
{
    A,
    B,
}

public static class SideExtensions
{
    public static Side Other(this Side side) => side == Side.A ? Side.B : Side.A;
}
