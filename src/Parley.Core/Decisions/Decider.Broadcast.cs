using Parley.Core.Broadcast;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void PostEntry(Context context, PostEntry c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Entries.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"entry '{id}' is already posted");
        }
        var live = Ids.Check(c.Live, "live");
        if (!context.State.Rounds.ContainsKey(live) && !context.State.Exchanges.ContainsKey(live))
        {
            throw Violation(BroadcastRules.KnownLivePage, $"'{live}' is neither a recorded round nor an exchange");
        }
        var markdown = Required(c.Markdown, "markdown");
        if (markdown.Length > BroadcastRules.MaxMarkdownLength)
        {
            throw new InvalidFieldException("markdown", null,
                $"markdown must be at most {BroadcastRules.MaxMarkdownLength:N0} characters (found {markdown.Length:N0})");
        }
        var byline = c.Byline is null ? null : Required(c.Byline, "byline");
        if (byline is { Length: > BroadcastRules.MaxBylineLength })
        {
            throw new InvalidFieldException("byline", null, $"byline must be at most {BroadcastRules.MaxBylineLength} characters (found {byline.Length:N0})");
        }
        var at = When(context, c.At);
        if (c.Corrects is { } corrects)
        {
            var original = context.State.Entries.GetValueOrDefault(corrects)
                ?? throw Violation(BroadcastRules.CorrectionTarget, $"entry '{corrects}' is not posted");
            if (original.Live != live)
            {
                throw Violation(BroadcastRules.CorrectionTarget, $"entry '{corrects}' belongs to the live page '{original.Live}', not '{live}'");
            }
            if (original.CorrectedBy is { } by)
            {
                throw Violation(BroadcastRules.CorrectionTarget, $"entry '{corrects}' is already corrected by '{by}'");
            }
            if (at < original.At)
            {
                throw Violation(BroadcastRules.CorrectionTarget, $"a correction cannot be dated ({at}) before the entry '{corrects}' it corrects ({original.At})");
            }
        }
        context.Emit(new EntryPosted(id, live, markdown, c.Key, c.Corrects, at, byline, c.NamesConfirmed ? true : null));
    }
}
