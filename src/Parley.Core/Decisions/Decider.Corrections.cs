using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Rules;
using Parley.Core.Talks;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void CorrectRecord(Context context, CorrectRecord c)
    {
        var id = Ids.Check(c.Id, "id");
        if (context.State.Corrections.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"correction '{id}' is already recorded");
        }
        var target = Required(c.Target, "target");
        var exists = c.Kind switch
        {
            RecordKind.Statement => context.State.Statements.ContainsKey(target),
            RecordKind.Agreement => context.State.Agreements.ContainsKey(target),
            _ => context.State.Claims.ContainsKey(target),
        };
        var kind = c.Kind.ToString().ToLowerInvariant();
        if (!exists)
        {
            throw Violation(DomainRule.CorrectionOfRecord, $"there is no {kind} '{target}' to correct");
        }
        if (context.State.CorrectionOf(c.Kind, target) is { } earlier)
        {
            throw Violation(DomainRule.CorrectionOfRecord,
                $"{kind} '{target}' is already {(earlier.Retracts ? "retracted" : "corrected")} by '{earlier.Id}'");
        }
        var at = NotInFuture(context, c.At) ?? context.Now;
        context.Emit(new RecordCorrected(id, c.Kind, target, Required(c.Note, "note"), c.Retracts, at));
    }
}
