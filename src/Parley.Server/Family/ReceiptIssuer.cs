using System.Security.Cryptography;
using Parley.Core.Commands;
using Parley.Core.Families;
using Parley.Server.Access;
using Parley.Server.Api;
using Parley.Store.Domain;

namespace Parley.Server.Family;

/// <summary>
/// Issues and revokes family receipts for the API and the desk: the code is made here, at the edge, from the operating
/// system's cryptographic generator, and only its hashes enter the command. The code is returned once, to be printed.
/// </summary>
public sealed class ReceiptIssuer(CommandGate gate)
{
    /// <summary>Issues (or with <paramref name="reissue"/>, reissues) a receipt; the code is null when the command was refused.</summary>
    public async Task<(ReceiptCode? Code, CommandOutcome Outcome)> IssueAsync(string exchange, string request, bool reissue, Caller caller, CancellationToken cancellationToken)
    {
        var code = ReceiptCode.FromEntropy(RandomNumberGenerator.GetBytes(ReceiptCode.EntropyBytes));
        var outcome = await gate.ExecuteAsync(new IssueReceipt(exchange, request, code.Lookup, code.FeedLookup, reissue), caller, cancellationToken);
        return (outcome.Accepted ? code : null, outcome);
    }

    public Task<CommandOutcome> RevokeAsync(string exchange, string request, Caller caller, CancellationToken cancellationToken) =>
        gate.ExecuteAsync(new RevokeReceipt(exchange, request), caller, cancellationToken);
}
