using Parley.Core.Rules;

namespace Parley.Core.Broadcast;

/// <summary>The rules of the live broadcast; rejections cite one of these by name.</summary>
public static class BroadcastRules
{
    /// <summary>The most characters of Markdown one entry may hold.</summary>
    public const int MaxMarkdownLength = 20_000;

    /// <summary>The most characters of a byline: a name or two and a newsroom.</summary>
    public const int MaxBylineLength = 200;

    public static readonly DomainRule KnownLivePage = new("known-live-page", "an entry is posted to the live page of a recorded round or exchange");
    public static readonly DomainRule CorrectionTarget = new("correction-target", "a correction refers to an entry of the same live page that has not been corrected yet, and is not dated before it");
}
