using Parley.Core.Commands;
using Parley.Server.Live;
using Parley.Store.Domain;

namespace Parley.Server.Api;

/// <summary>The one way commands enter the record over HTTP: executed (group-committed) by the store, then broadcast (and the desk's open pages told).</summary>
public sealed class CommandGate(ParleyStore store, BroadcastHub hub, Desk.DeskSignals desk, ILogger<CommandGate> logger)
{
    public ParleyStore Store => store;

    public async Task<CommandOutcome> ExecuteAsync(Command command, Access.Caller caller, CancellationToken cancellationToken)
    {
        var outcome = await store.ExecuteAsync(command, caller.ToActor(), cancellationToken);
        if (outcome.Accepted)
        {
            // Only the command's name, sequence numbers and role: never its fields, which may be personal data.
            logger.LogInformation("Accepted {Command} from {Role} ({Token}) as events {First}..{Last}",
                command.Name, caller.RoleName, caller.TokenId, outcome.FirstSequence, outcome.LastSequence);
            hub.CatchUp();
            desk.Pulse();
        }
        else
        {
            logger.LogInformation("Rejected {Command} from {Role} ({Token}): {Kind}",
                command.Name, caller.RoleName, caller.TokenId, outcome.Rejection?.GetType().Name);
        }
        return outcome;
    }
}
