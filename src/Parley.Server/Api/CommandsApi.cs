using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Rules;
using Parley.Core.Wire;
using Parley.Server.Access;
using Parley.Server.Problems;
using Parley.Store.Serialization;

namespace Parley.Server.Api;

/// <summary>`POST /api/commands`: any command of docs/commands.md as JSON, decided and committed durably.</summary>
public static class CommandsApi
{
    public static IEndpointRouteBuilder MapCommandsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/commands", SubmitAsync)
            .WithTags("Commands")
            .WithSummary("Submit one command (JSON, the schema of docs/commands.md)")
            .WithDescription("Accepted commands are durable when this returns. 400 names the bad field, 403 the rule 'authority' (who may issue what, decided in the domain), 404 an unknown reference, 409 the broken rule.")
            .Accepts<CommandExample>("application/json")
            .RequireRateLimiting(Pipeline.PipelineSetup.WritesPolicy)
            .Allow(Role.Mediator | Role.Party | Role.Press | Role.Verifier);
        return routes;
    }

    internal static async Task<Results<Ok<CommandAccepted>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext context, CommandGate gate, ServerOptions options, CancellationToken cancellationToken)
    {
        var caller = context.Caller();
        string body;
        try
        {
            body = await BodyReader.ReadAsync(context.Request, options.MaxBodyBytes, cancellationToken);
        }
        catch (BodyTooLargeException e)
        {
            return Problem.TooLarge(e.Limit);
        }
        Core.Commands.Command command;
        try
        {
            command = CommandText.Parse(body);
        }
        catch (CommandFormatException e)
        {
            return Problem.BadField(e.Field ?? "body", e.Message);
        }
        var outcome = await gate.ExecuteAsync(command, caller, cancellationToken);
        return outcome.Accepted
            ? TypedResults.Ok(new CommandAccepted(command.Name, outcome.FirstSequence, outcome.LastSequence, outcome.EventCount))
            : outcome.Rejection switch
            {
                RuleViolationException v => Problem.RuleBroken(v),
                NotPermittedException n => Problem.NotPermitted(n),
                InvalidFieldException f => Problem.BadField(f.Field, f.Message),
                var other => Problem.BadField("body", other?.Message ?? "rejected"),
            };
    }
}

/// <summary>An accepted command: the sequence numbers of the events it appended to the log.</summary>
public sealed record CommandAccepted(string Command, long FirstSequence, long LastSequence, int EventCount);

/// <summary>The shape every command shares; the other fields depend on <see cref="Command"/> (docs/commands.md).</summary>
public sealed record CommandExample(string Command);
