using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;

namespace Parley.Core.Decisions;

public static partial class Decider
{
    private static void PlanStage(Context context, PlanStage c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var id = Ids.Check(c.Stage, "stage");
        if (exchange.Stages.ContainsKey(id))
        {
            throw Violation(DomainRule.UniqueId, $"stage '{id}' is already planned in exchange '{exchange.Id}'");
        }
        if (exchange.Fulfilled)
        {
            throw Violation(DomainRule.ExchangeClosed, $"exchange '{exchange.Id}' is fulfilled");
        }
        if (c.PlannedA < 0 || c.PlannedB < 0 || c.PlannedA + c.PlannedB == 0)
        {
            throw new InvalidFieldException("planned", $"{c.PlannedA}/{c.PlannedB}",
                "a stage plans zero or more people from each side and at least one in all");
        }
        context.Emit(new StagePlanned(exchange.Id, id, exchange.Stages.Count + 1, c.Date, c.PlannedA, c.PlannedB, NotInFuture(context, c.At)));
    }

    private static void CancelStage(Context context, CancelStage c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var stage = FindStage(exchange, c.Stage);
        if (stage.Status != StageStatus.Open)
        {
            throw Violation(DomainRule.StageOpen, $"stage '{stage.Id}' is already {stage.Status.ToWord()}");
        }
        var inStage = exchange.InStage(Side.A, stage.Id) + exchange.InStage(Side.B, stage.Id);
        if (inStage > 0)
        {
            throw Violation(DomainRule.StageCancel, $"stage '{stage.Id}' has {inStage} people in it");
        }
        var at = When(context, c.At);
        context.Emit(new StageCancelled(exchange.Id, stage.Id, at));
        NoteFulfilment(context, exchange.Id, at);
    }

    private static void CloseStage(Context context, CloseStage c)
    {
        var exchange = FindExchange(context, c.Exchange);
        var stage = FindStage(exchange, c.Stage);
        if (stage.Status != StageStatus.Open)
        {
            throw Violation(DomainRule.StageOpen, $"stage '{stage.Id}' is already {stage.Status.ToWord()}");
        }
        var waiting = exchange.InStatus(Side.A, PersonStatus.Scheduled, stage.Id) + exchange.InStatus(Side.B, PersonStatus.Scheduled, stage.Id);
        if (waiting > 0)
        {
            throw Violation(DomainRule.StageComplete, $"stage '{stage.Id}' still has {waiting} people scheduled and not released");
        }
        var releasedA = exchange.ReleasedAllTerms(Side.A, stage.Id);
        var releasedB = exchange.ReleasedAllTerms(Side.B, stage.Id);
        if (releasedA + releasedB == 0)
        {
            throw Violation(DomainRule.StageComplete, $"stage '{stage.Id}' has released nobody");
        }
        if (exchange.ParityProblem(stage.Id) is { } problem)
        {
            throw Violation(DomainRule.StageParity, problem);
        }
        var at = When(context, c.At);
        context.Emit(new StageClosed(exchange.Id, stage.Id, at, releasedA, releasedB));
        NoteFulfilment(context, exchange.Id, at);
    }
}
