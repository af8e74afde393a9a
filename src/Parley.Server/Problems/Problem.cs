using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Rules;
using Parley.Core.Wire;

namespace Parley.Server.Problems;

/// <summary>
/// The errors of the HTTP API as RFC 9457 problem details: what went wrong in a sentence, and the field or rule involved,
/// so a client can show it or fix the request. Never a stack trace.
/// </summary>
public static class Problem
{
    public static ValidationProblem BadField(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            detail: message, title: "The request has a field that is missing, malformed or out of range.");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign in with a bearer token.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Your role may not do this.");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "There is no such thing in the record.");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"the request body is larger than {limit:N0} bytes; send less at a time (split a roster into several list-persons commands)",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large.");

    public static ProblemHttpResult TooManyRequests(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests; retry later.");

    public static ProblemHttpResult RuleBroken(RuleViolationException e) =>
        TypedResults.Problem(e.Message,
            statusCode: e.Rule == DomainRule.KnownReference || e.Rule == Core.Broadcast.BroadcastRules.KnownLivePage ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
            title: $"The command would break the rule '{e.Rule.Name}': {e.Rule.Sentence}.",
            extensions: new Dictionary<string, object?> { ["rule"] = e.Rule.Name });

    /// <summary>
    /// 403 for a command from someone who does not hold that power, as the decider ruled (rule <c>authority</c>): the
    /// detail says who may.
    /// </summary>
    public static ProblemHttpResult NotPermitted(NotPermittedException e) =>
        TypedResults.Problem(e.Detail, statusCode: StatusCodes.Status403Forbidden,
            title: $"Your role may not do this (rule '{DomainRule.Authority.Name}': {DomainRule.Authority.Sentence}).",
            extensions: new Dictionary<string, object?> { ["rule"] = DomainRule.Authority.Name });

    /// <summary>A rejection from the domain or the command reader as the status it stands for.</summary>
    public static IResult Of(ParleyException e) => e switch
    {
        RuleViolationException v => RuleBroken(v),
        NotPermittedException n => NotPermitted(n),
        InvalidFieldException f => BadField(f.Field, f.Message),
        CommandFormatException c => BadField(c.Field ?? "body", c.Message),
        _ => BadField("body", e.Message),
    };
}
