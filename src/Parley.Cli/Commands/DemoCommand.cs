using System.CommandLine;
using Parley.Demo;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Commands;

/// <summary>`parley demo [--db PATH]`: the record of the three 2025 Istanbul rounds with synthetic rosters.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var command = new Command("demo",
            "Build the record of the three 2025 Istanbul rounds (public facts) with synthetic rosters: the May exchange replayed in its three stages, June, the bodies and July part-way.")
        {
            db,
            CommonOptions.LogKey(),
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var database = parse.GetValue(db)!;
            var path = CommonOptions.Shown(database);
            using var store = ParleyStore.Open(database, OpenMode.CreateIfMissing, settings: CommonOptions.StoreSettings(parse));
            if (store.Log.LastSequence > 0)
            {
                if (store.State.Exchanges.ContainsKey(IstanbulDemo.May))
                {
                    output.WriteLine($"{path} already holds the demo record ({store.Log.LastSequence} events); `parley status --db {path}` shows it.");
                    return ExitCodes.Ok;
                }
                parse.InvocationConfiguration.Error.WriteLine(
                    $"parley: {path} already holds another record ({store.Log.LastSequence} events); the demo is written to a new database only: pass --db with a new file.");
                return ExitCodes.BadInput;
            }
            var commands = IstanbulDemo.Commands();
            var outcomes = store.Execute(commands);
            var failed = outcomes.FirstOrDefault(o => !o.Accepted);
            if (failed is not null)
            {
                throw new InvalidOperationException($"the demo's own command {failed.Command.Name} was rejected: {failed.Reason}");
            }
            output.WriteLine($"wrote the 2025 Istanbul demo to {path}: {commands.Count} commands, {store.Log.LastSequence} events (synthetic people only).");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
