using NodaTime;

namespace Parley.Core.Talks;

/// <summary>
/// Where a statement was reported: the address of the report (<see cref="Url"/>, absolute http or https), the outlet
/// that ran it, and when the recorder saw it there (<see cref="Seen"/>, if known). Immutable.
/// </summary>
public sealed record StatementSource(Uri Url, string Outlet, Instant? Seen = null);
