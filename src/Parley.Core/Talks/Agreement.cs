using System.Collections.Immutable;
using Parley.Core.Formulas;

namespace Parley.Core.Talks;

/// <summary>An agreement reached in a round; <see cref="Terms"/> are its exchange terms when it has any.</summary>
public sealed record Agreement(
    string Id,
    string RoundId,
    string Title,
    string Text,
    ExchangeFormula? Terms,
    ImmutableList<string> Signatories);
