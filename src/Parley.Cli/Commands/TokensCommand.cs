using System.CommandLine;
using Parley.Server.Access;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>`parley tokens new --role ROLE` and `parley tokens revoke TOKEN_ID`: bearer tokens for the HTTP API.</summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var role = new Option<string>("--role")
        {
            Description = "mediator, party:CODE (a party officer of the side CODE, e.g. party:UA), press, or verifier (a neutral verifier; for now it may do what the public may).",
            Required = true,
            HelpName = "ROLE",
        };
        var create = new Command("new", "Make a bearer token for a role and print it once; only its SHA-256 hash is stored.") { db, role };
        create.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var text = parse.GetValue(role)!;
            if (!Caller.TryParseRole(text, out var parsed, out var party))
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: --role must be mediator, party:CODE, press or verifier, found '{text}'");
                return ExitCodes.BadInput;
            }
            using var tokens = OpenTokens(parse.GetValue(db)!);
            var (id, token) = tokens.Create(parsed, party);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(token);
            parse.InvocationConfiguration.Error.WriteLine($"parley: token {id} for {text}; it is shown only now. Send it as 'Authorization: Bearer …'; revoke it with `parley tokens revoke {id}`.");
            return ExitCodes.Ok;
        }));

        var tokenId = new Argument<string>("TOKEN_ID") { Description = "The id printed when the token was made (the part after 'parley_')." };
        var revoke = new Command("revoke", "Revoke a token: it stops working at once.") { db, tokenId };
        revoke.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            using var tokens = OpenTokens(parse.GetValue(db)!);
            var id = parse.GetValue(tokenId)!;
            if (!tokens.Revoke(id))
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: there is no active token '{id}'");
                return ExitCodes.BadInput;
            }
            parse.InvocationConfiguration.Output.WriteLine($"revoked token {id}");
            return ExitCodes.Ok;
        }));
        return new Command("tokens", "Bearer tokens for the HTTP API's roles.") { create, revoke };
    }

    // Creates the database if new: a token may be made before the first command is recorded.
    private static TokenStore OpenTokens(string database) => TokenStore.Open(database, OpenMode.CreateIfMissing);
}
