using System.Text.Json.Serialization;
using Parley.Core.Claims;
using Parley.Core.Matching;

namespace Parley.Store.Snapshots.Contract;

// Officers, the live broadcasts, claims, family receipts and matching in snapshot format 1 (StateSnapshotV1 says the conventions).

internal sealed record OfficerV1(string Name, string Party, string Key, long LastCounter, bool Revoked);

internal sealed record PressEntryV1(string Id, string Live, string Markdown, bool Key, string? Corrects, long At, string? CorrectedBy);

internal sealed record ClaimV1(
    string Id, string Exchange, string Claimant, string Holder, ClaimFigure Figure, string? Stage, int Value, string Source, long At);

/// <summary>A family receipt; <see cref="Exchange"/> is also the key of the state's outer dictionary.</summary>
internal sealed record FamilyReceiptV1(
    string Exchange, string Id, string? Party, string? Request, string? Lookup, string? FeedLookup, bool Revoked);

/// <summary>An exchange's matching as a part of its own (an <see cref="ExchangeMatchingV1"/>, encoded by SnapshotParts).</summary>
internal sealed record StoredMatchingV2(string Exchange, byte[] Body);

internal sealed record ExchangeMatchingV1(
    string Exchange, long LastRun, DetailsChangedV1[] DetailsChanged, CandidatePairV1[] Pairs, AcceptedV1[] Accepted,
    string[] WithoutAcceptedMatch);

/// <summary>One of a matching's hundreds of thousands: short names, as the list entries' (ExchangeV1.cs).</summary>
internal sealed record DetailsChangedV1([property: JsonPropertyName("p")] string Person, [property: JsonPropertyName("v")] long Version);

internal sealed record CandidatePairV1(
    string Left, string Right, double Score, CandidateDecision Decision, string Evidence, long RecordedAt, MatchRulingV1[] Rulings,
    ConfirmationRulingV1? Confirmation);

internal sealed record MatchRulingV1(MatchVerdict Verdict, string By, long At, long Version);

internal sealed record ConfirmationRulingV1(ConfirmationVerdict Verdict, string By, long At, long Version);

/// <summary>An entry of the accepted-match index: the person, and the pair (left, right) accepted for them.</summary>
internal sealed record AcceptedV1(string Person, string Left, string Right);
