namespace Parley.Core.Exchanges;

/// <summary>A free-text reason about a person (why declined, disputed...); personal data, kept private.</summary>
public sealed record PrivateNote(string Text) : IPersonalData;
