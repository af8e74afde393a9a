namespace Parley.Core.Commands;

/// <summary>
/// Which of a party's two lists: its request list (whom it asks back, in the direction the other side holds) or its
/// offer list (whom it proposes to release, in the direction it holds).
/// </summary>
public enum ListKind
{
    Request,
    Offer,
}
