using System.CommandLine;
using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Exchanges;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Cli.Commands;

/// <summary>
/// `parley retention apply --days N [--db PATH]`: erases the personal data of every exchange fulfilled at least N days
/// ago and not erased yet, each as its own erasure in the public record (what <c>parley serve --retain-days N</c> does
/// periodically).
/// </summary>
internal static class RetentionCommand
{
    public static System.CommandLine.Command Create()
    {
        var db = CommonOptions.Database();
        var days = Days();
        var apply = new System.CommandLine.Command("apply", "Erase the personal data of every exchange fulfilled at least --days days ago.") { db, CommonOptions.LogKey(), days };
        apply.SetAction(parse => Failures.Run(parse.InvocationConfiguration.Error, () =>
        {
            var policy = Policy(parse.GetValue(days));
            using var store = ParleyStore.Open(parse.GetValue(db)!, OpenMode.MustExist, settings: CommonOptions.StoreSettings(parse));
            var due = policy.Due(store.State, SystemClock.Instance.GetCurrentInstant()).Select(id => (Core.Commands.Command)new EraseExchange(id)).ToList();
            var failed = false;
            foreach (var outcome in store.Execute(due, batchSize: 1, actor: Actor.Retention))
            {
                if (outcome.Accepted)
                {
                    EraseCommand.Report(store, outcome, parse.InvocationConfiguration.Output);
                }
                else
                {
                    failed = true;
                    parse.InvocationConfiguration.Error.WriteLine($"parley: {outcome.Reason}");
                }
            }
            parse.InvocationConfiguration.Output.WriteLine($"retention of {policy.Days} days: {due.Count} exchanges due");
            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return new System.CommandLine.Command("retention", "Apply the retention policy for personal data.") { apply };
    }

    /// <summary>The retention period option, shared with <c>parley serve --retain-days</c>.</summary>
    public static Option<int> Days() => new("--days")
    {
        Description = $"Keep an exchange's personal data this many days after it is fulfilled (0 to {RetentionPolicy.MaxDays}).",
        Required = true,
        HelpName = "N",
    };

    /// <exception cref="Core.Rules.InvalidFieldException">Days out of range.</exception>
    public static RetentionPolicy Policy(int days) =>
        days is >= 0 and <= RetentionPolicy.MaxDays
            ? new RetentionPolicy(days)
            : throw new Core.Rules.InvalidFieldException("days", days, $"the retention period is 0 to {RetentionPolicy.MaxDays} days");
}
