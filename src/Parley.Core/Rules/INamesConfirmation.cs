namespace Parley.Core.Rules;

/// <summary>
/// A command whose public text the press officer may publish although it names someone on a list (or their date of
/// birth): the screen at the store refuses such text unless <see cref="NamesConfirmed"/>, and the event records the
/// confirmation (docs/public-record.md, "No names in public text").
/// </summary>
public interface INamesConfirmation
{
    /// <summary>The press officer confirmed that the text may name a person on a list.</summary>
    bool NamesConfirmed { get; }
}
