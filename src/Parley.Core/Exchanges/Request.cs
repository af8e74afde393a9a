namespace Parley.Core.Exchanges;

/// <summary>
/// An entry on a request list: a person the receiving party asks back, as it wrote them, in the direction whose holding
/// side is <see cref="Side"/>. <see cref="Term"/> is the term covering the person's categories, or null when none does.
/// <see cref="Details"/> is null once erased (and in a state folded from public parts alone).
/// </summary>
public sealed record Request(string Id, Side Side, int? Term, RequestStatus Status, PersonDetails? Details);
