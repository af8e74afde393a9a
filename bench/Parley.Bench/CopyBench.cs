using System.Diagnostics;
using System.Globalization;
using Parley.Store;
using Parley.Store.Backup;
using Parley.Store.Copy;
using Parley.Store.Domain;

namespace Parley.Bench;

/// <summary>
/// <c>parley copy</c>'s pace (issue 17, moving a record): builds a log of about <c>--events</c> events on SQLite (the
/// rebuild bench's people, five events each, with the public record), starts a private PostgreSQL cluster, and times the
/// copy SQLite → PostgreSQL, PostgreSQL → SQLite and SQLite → SQLite, each proved as the command proves it, against
/// the baseline of the same run: SQLite's online backup of the same file (a page copy, nothing checked).
/// Usage: <c>copy [--events 100000]</c>.
/// </summary>
internal static class CopyBench
{
    public static int Run(string[] args)
    {
        var persons = Math.Max(2, BenchOptions.Int(args, "--events", 100_000) / 5);
        using var folder = BenchOptions.NewFolder();
        var source = folder.File("source.db");
        var clock = Stopwatch.StartNew();
        long events;
        using (var store = ParleyStore.Open(source, OpenMode.CreateIfMissing))
        {
            RebuildBench.Build(store, persons);
            events = store.Log.LastSequence;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Copy: a log of {events:N0} events built in {clock.Elapsed.TotalSeconds:0.0} s; {folder.Path}"));
        using var cluster = new PostgresCluster();
        var postgres = cluster.CreateDatabase();
        var key = folder.File("pg.key");

        clock.Restart();
        DatabaseBackup.Create(source, folder.File("backup.db"), withKey: false);
        var baseline = clock.Elapsed;

        Console.WriteLine();
        Console.WriteLine($"{"run",-44} {"seconds",9} {"events/s",12} {"x baseline",11}");
        Print("baseline: SQLite online backup (parley backup)", baseline, events, baseline);
        var runs = new (string Name, CopyRequest Request)[]
        {
            ("copy SQLite -> PostgreSQL", new CopyRequest(source, postgres, ToLogKey: key)),
            ("copy PostgreSQL -> SQLite", new CopyRequest(postgres, folder.File("back.db"), FromLogKey: key)),
            ("copy SQLite -> SQLite", new CopyRequest(source, folder.File("copy.db"))),
        };
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, request) in runs)
        {
            clock.Restart();
            var result = RecordCopy.Run(request);
            Print(name, clock.Elapsed, result.Events, baseline);
            roots.Add(result.Root + " " + result.TargetProjectionsDigest);
        }
        Console.WriteLine();
        Console.WriteLine(roots.Count == 1 ? $"every copy: the same root and projections ({roots.Single()[..16]}…)" : "COPIES DIFFER");
        return roots.Count == 1 ? 0 : 1;
    }

    private static void Print(string run, TimeSpan elapsed, long events, TimeSpan baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run,-44} {elapsed.TotalSeconds,9:0.00} {events / elapsed.TotalSeconds,12:N0} {elapsed / baseline,11:0.0}"));
}
