using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Rules;
using Parley.Core.State;

namespace Parley.Demo;

/// <summary>
/// The demo's commands as they are written, each decided at once against the state the earlier ones leave, so the demo
/// can read that state (run the matching engine on the lists submitted so far) and never writes a command the record
/// would refuse.
/// </summary>
internal sealed class DemoScript
{
    /// <summary>After every time the demo records: no "at" of the demo lies in the future of this clock.</summary>
    private static readonly Instant Clock = Instant.FromUtc(2025, 12, 31, 0, 0);

    private readonly List<IssuedCommand> _commands = [];

    public ParleyState State { get; private set; } = ParleyState.Empty;

    public IReadOnlyList<IssuedCommand> Commands => _commands;

    public void Do(Command command, Actor actor)
    {
        try
        {
            State = Decider.Decide(State, command, actor, Clock).State;
        }
        catch (ParleyException e)
        {
            throw new InvalidOperationException($"the demo's own command {command.Name} (#{_commands.Count + 1}) was refused: {e.Message}", e);
        }
        _commands.Add(new IssuedCommand(command, actor));
    }
}
