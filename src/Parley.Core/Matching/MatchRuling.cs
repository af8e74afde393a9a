using NodaTime;

namespace Parley.Core.Matching;

/// <summary>One recorded decision on a pair, kept for good: who ruled, how and when (the reason stays in the log's private part).</summary>
public sealed record MatchRuling(MatchVerdict Verdict, string By, Instant At, long Version);
