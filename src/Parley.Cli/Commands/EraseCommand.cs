using System.CommandLine;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley erase --exchange ID [--db PATH] [--force --reason TEXT]`: erases the personal data of an exchange's lists
/// (the private parts and salts of its events) from the database; the erasure itself goes in the public record
/// (docs/public-record.md, "Erasure").
/// </summary>
internal static class EraseCommand
{
    public static System.CommandLine.Command Create()
    {
        var db = CommonOptions.Database();
        var exchange = new Option<string>("--exchange") { Description = "The exchange whose personal data to erase.", Required = true, HelpName = "ID" };
        var force = new Option<bool>("--force") { Description = "Erase an exchange that is not fulfilled yet (recorded in the public record, with the reason)." };
        var reason = new Option<string?>("--reason") { Description = "Why an erasure is forced (required with --force; public).", HelpName = "TEXT" };
        var command = new System.CommandLine.Command("erase", "Erase the personal data of an exchange's lists; the record stays verifiable and its counts unchanged.")
        {
            db, CommonOptions.LogKey(), exchange, force, reason,
        };
        command.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            using var store = ParleyStore.Open(parse.GetValue(db)!, OpenMode.MustExist, settings: CommonOptions.StoreSettings(parse));
            var outcome = store.Execute(new EraseExchange(parse.GetValue(exchange)!, parse.GetValue(force), parse.GetValue(reason)));
            if (!outcome.Accepted)
            {
                parse.InvocationConfiguration.Error.WriteLine($"parley: {outcome.Reason}; nothing was erased");
                return ExitCodes.BadInput;
            }
            Report(store, outcome, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One line per erasure: what was erased, by which event.</summary>
    internal static void Report(ParleyStore store, CommandOutcome outcome, TextWriter output)
    {
        var erased = (EraseExchange)outcome.Command;
        var erasure = store.State.Exchanges[erased.Exchange].Erasure!;
        output.WriteLine($"erased the personal data of {erasure.People} list entries of exchange {erased.Exchange} " +
            $"(event {outcome.LastSequence}, {ExchangeErasedType}{(erasure.Forced ? ", forced" : "")})");
    }

    private static readonly string ExchangeErasedType = Core.Wire.WireTypes.NameOf<ExchangeErased>();
}
