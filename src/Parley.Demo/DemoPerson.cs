using Parley.Core.Exchanges;

namespace Parley.Demo;

/// <summary>
/// One invented person as the two sides write them: <see cref="Own"/> by the party that asks for them back (its own
/// language), <see cref="Other"/> by the party that holds them (its language, often another form of each name, with
/// the slips clerks make). Synthetic: random combinations of common names, nobody real.
/// </summary>
public sealed record DemoPerson(PersonDetails Own, PersonDetails Other);
