using System.Diagnostics;
using System.Globalization;
using Parley.Store;
using Parley.Store.Domain;

namespace Parley.Bench;

/// <summary>
/// Start-up on a long log (issue 17): builds a log of about <c>--events</c> events as the rebuild bench does (or reuses the
/// database at <c>--db PATH</c>, building it there first if it is missing), then times, best of <c>--runs</c>: opening
/// the store without a state snapshot (the whole log replayed) and with one (its tail folded on), the steps of the
/// latter (the daily check of the file's pages apart), writing a snapshot, and whole CLI processes (<c>parley apply</c>
/// of an empty file, which opens the store for writing, and <c>parley status</c>) timed end to end. Usage:
/// <c>startup [--events 1000000] [--db PATH] [--runs 3]</c>.
/// </summary>
internal static class StartupBench
{
    private const double TargetSeconds = 0.5;

    public static int Run(string[] args)
    {
        var persons = Math.Max(2, BenchOptions.Int(args, "--events", 1_000_000) / 5);
        var runs = Math.Max(1, BenchOptions.Int(args, "--runs", 3));
        using var folder = BenchOptions.NewFolder();
        var path = BenchOptions.String(args, "--db") ?? folder.File("startup.db");
        if (!File.Exists(path))
        {
            var build = Stopwatch.StartNew();
            using var store = ParleyStore.Open(path, OpenMode.CreateIfMissing, settings: Quiet);
            RebuildBench.Build(store, persons);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"built {store.Log.LastSequence:N0} events in {build.Elapsed.TotalSeconds:0.0} s at {path}"));
        }
        Console.WriteLine($"Start-up: {path}");
        Console.WriteLine($"{"step (best of " + runs + ")",-58} {"seconds",9}");

        DeleteSnapshots(path);
        Print("open without a snapshot (whole log replayed)", Best(runs, () => Open(path, snapshots: false)));
        var written = Writes(path);
        Print($"write a snapshot: encode ({written.Bytes / 1e6:0.0} MB)", written.Encoding);
        Print("write a snapshot: encode and store", written.Total);
        Print("open with a snapshot (tail folded on)", Best(runs, () => Open(path, snapshots: true)));
        foreach (var (step, elapsed) in Steps(path))
        {
            Print($"  {step}", elapsed);
        }

        var empty = Path.Combine(folder.Path, "empty.jsonl");
        File.WriteAllText(empty, "");
        var apply = Best(runs, () => Cli("apply", empty, "--db", path));
        var status = Best(runs, () => Cli("status", "--db", path));
        Print("CLI process: parley apply EMPTY-FILE --db (opens the store)", apply);
        Print("CLI process: parley status --db (reads the projections)", status);
        // Commands that write run on a copy, so that every run starts from the same snapshot. Their own work is not
        // start-up, but it is what a user waits for: the lists of the exchange a command touches are read on first use,
        // and a public text is screened against every list's names.
        var listed = Path.Combine(folder.Path, "one-person.jsonl");
        File.WriteAllText(listed, CommandLines.ListPersons(9_999_999, 1, "A") + "\n");
        var named = Path.Combine(folder.Path, "public-text.jsonl");
        File.WriteAllText(named, """{"command":"register-party","code":"TR","name":"Türkiye"}""" + "\n");
        Print($"CLI process: apply one list entry (reads that exchange's lists)", Best(runs, () => OnCopy(path, folder, copy => Cli("apply", listed, "--db", copy))));
        Print($"CLI process: apply a public text (screened: every list read)", Best(runs, () => OnCopy(path, folder, copy => Cli("apply", named, "--db", copy))));
        var worst = apply > status ? apply : status;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target: a CLI command on this log starts within {TargetSeconds} s: {(worst.TotalSeconds <= TargetSeconds ? "met" : "MISSED")} ({worst.TotalSeconds:0.00} s)"));
        return 0;
    }

    private static readonly StoreSettings Quiet = new() { Notices = TextWriter.Null, SnapshotEvery = long.MaxValue };

    /// <summary>Opens the store and closes it without writing a snapshot; with <paramref name="snapshots"/> false, any snapshot is set aside first.</summary>
    private static TimeSpan Open(string path, bool snapshots)
    {
        var clock = Stopwatch.StartNew();
        using var store = ParleyStore.Open(path, OpenMode.MustExist, settings: Quiet);
        var elapsed = clock.Elapsed;
        if (!snapshots && store.State.Version == 0)
        {
            throw new InvalidOperationException("the log is empty");
        }
        return elapsed;
    }

    private static Parley.Store.Snapshots.SnapshotWritten Writes(string path)
    {
        using var store = ParleyStore.Open(path, OpenMode.MustExist, settings: Quiet);
        return store.WriteSnapshot() ?? throw new InvalidOperationException("the snapshot was not stored");
    }

    /// <summary>The steps of an open with a snapshot, each timed on its own.</summary>
    private static List<(string Step, TimeSpan Elapsed)> Steps(string path)
    {
        var clock = Stopwatch.StartNew();
        SqliteEventLog.Open(path, OpenMode.MustExist, SqliteEventLog.DefaultBusyTimeout, TimeSpan.Zero).Dispose();
        var checkedOpen = clock.Elapsed;
        clock.Restart();
        using var log = EventLogs.Open(path, OpenMode.MustExist);
        var open = clock.Elapsed;
        clock.Restart();
        Parley.Store.PublicRecord.PublicRecords.Attach(log);
        var attach = clock.Elapsed;
        clock.Restart();
        var stored = log.ReadNewestSnapshot();
        var read = clock.Elapsed;
        clock.Restart();
        var plain = new MemoryStream();
        // Format 2: each exchange's lists are a part of their own, read on first use: timed apart below.
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(stored!.Body), System.IO.Compression.CompressionMode.Decompress))
        {
            brotli.CopyTo(plain);
        }
        var decompress = clock.Elapsed;
        plain.Position = 0;
        clock.Restart();
        var contract = System.Text.Json.JsonSerializer.Deserialize(plain, Parley.Store.Snapshots.SnapshotJson.Snapshot)!;
        var json = clock.Elapsed;
        clock.Restart();
        Parley.Store.Snapshots.SnapshotMapping.ToState(contract);
        var map = clock.Elapsed;
        clock.Restart();
        var (state, from) = ParleyStore.ReadState(log);
        var whole = clock.Elapsed;
        var largest = state.Exchanges.Values.MaxBy(x => x.Tally.Entries.Sum(e => e.Value));
        clock.Restart();
        var people = largest?.Persons.Count ?? 0;
        var lists = clock.Elapsed;
        return
        [
            ($"  decompress (Brotli) to {plain.Length / 1e6:0.0} MB of JSON", decompress),
            ("  parse the JSON (System.Text.Json, source-generated)", json),
            ("  build the state (immutable collections)", map),
            ("open the log with PRAGMA quick_check (daily; each server start)", checkedOpen),
            ("open the log (schema checks; the page check not due)", open),
            ("attach the public record (log key)", attach),
            ($"read the snapshot row and its Merkle root ({stored?.Body.Length / 1e6:0.0} MB)", read),
            ($"the whole read: the snapshot read, parsed and built, the tail after {from:N0} folded (to {state.Version:N0})", whole),
            ($"first use of the largest exchange's lists ({people:N0} people), read from its part", lists),
        ];
    }

    private static void DeleteSnapshots(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM snapshots;";
        command.ExecuteNonQuery();
    }

    private static TimeSpan Cli(params string[] args)
    {
        var parley = Path.Combine(AppContext.BaseDirectory, "parley.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(parley);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0 || error.Length > 0)
        {
            throw new InvalidOperationException($"parley {string.Join(' ', args)} exited {process.ExitCode}: {error}");
        }
        return elapsed;
    }

    /// <summary>Runs <paramref name="run"/> on a fresh copy of the database (and its log key), timing only the run.</summary>
    private static TimeSpan OnCopy(string path, TempFolder folder, Func<string, TimeSpan> run)
    {
        var copy = folder.File("copy.db");
        File.Copy(path, copy, overwrite: true);
        File.Copy(path + ".key", copy + ".key", overwrite: true);
        return run(copy);
    }

    private static TimeSpan Best(int runs, Func<TimeSpan> run) => Enumerable.Range(0, runs).Select(_ => run()).Min();

    private static void Print(string step, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step,-58} {elapsed.TotalSeconds,9:0.000}"));
}
