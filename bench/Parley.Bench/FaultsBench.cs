using System.Diagnostics;
using System.Globalization;
using Parley.Cli;
using Parley.Core.Actors;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.PublicRecord;
using Parley.Store.Serialization;

namespace Parley.Bench;

/// <summary>
/// Issue 11's `kill -9` trials: a writer process appends small commands from many concurrent producers (group commit)
/// and prints the sequence number of each acknowledged command; after a random delay it is killed with SIGKILL. Then:
/// every acknowledged event is in the log, the log is gapless and every event decodes, the projections are current, the
/// Merkle tree covers every event, the record publishes and `parley verify` accepts it against the log key, and a rebuild
/// is byte-identical to the incremental projections. A database is reused for <c>--per-db</c> trials (each trial
/// reopens what the previous kill left), then a new one starts.
/// Usage: <c>faults [--trials 1000] [--producers 16] [--max-delay-ms 400] [--per-db 10] [--minutes M]</c>.
/// </summary>
internal static class FaultsBench
{
    public static int Run(string[] args)
    {
        var trials = BenchOptions.Int(args, "--trials", 1000);
        var producers = BenchOptions.Int(args, "--producers", 16);
        var maxDelay = BenchOptions.Int(args, "--max-delay-ms", 400);
        var perDb = BenchOptions.Int(args, "--per-db", 10);
        // A time budget: no new trial starts after it; the figures then say how many ran.
        var minutes = BenchOptions.Int(args, "--minutes", int.MaxValue / 60_000);
        using var folder = BenchOptions.NewFolder();
        var random = new Random(11);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        long acknowledgedTotal = 0, lostTotal = 0, eventsTotal = 0;
        var killedMidway = 0;
        Console.WriteLine($"kill -9 during concurrent appends: {trials} trials, {producers} producers, kill 0-{maxDelay} ms after the first ack; {folder.Path}");
        var run = 0;
        for (var trial = 1; trial <= trials && clock.Elapsed.TotalMinutes < minutes; trial++)
        {
            run = trial;
            var generation = (trial - 1) / perDb;
            var db = folder.File($"faults-{generation}.db");
            var published = folder.File($"published-{generation}");
            var (maxAck, acks, exited) = RunAndKill(db, producers, (trial - 1) % perDb, random.Next(0, maxDelay + 1));
            acknowledgedTotal += acks;
            killedMidway += exited ? 0 : 1;
            if (exited)
            {
                // Not a trial at all: nothing was killed while appending.
                failures.Add($"trial {trial}: the writer exited before its first acknowledgement");
            }
            var problem = Check(db, published, maxAck, out var last, out var lost);
            lostTotal += lost;
            eventsTotal = last;
            if (problem is not null)
            {
                failures.Add($"trial {trial}: {problem}");
                Console.WriteLine($"trial {trial}: FAILED: {problem}");
            }
            if (trial % 25 == 0 || trial == trials)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{trial,5} trials, {clock.Elapsed.TotalSeconds,7:F0} s: {acknowledgedTotal} acknowledged commands, {lostTotal} lost, {failures.Count} failed; last log {eventsTotal} events"));
            }
            if (trial % perDb == 0)
            {
                DeleteDatabase(db);
                Directory.Delete(published, recursive: true);
            }
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trials run {run} of {trials} (killed while appending: {killedMidway}), acknowledged commands {acknowledgedTotal}, acknowledged events lost {lostTotal}, failed checks {failures.Count}, {clock.Elapsed.TotalSeconds:F0} s ({clock.Elapsed.TotalSeconds / Math.Max(run, 1):F2} s a trial)"));
        Console.WriteLine(failures.Count == 0 && lostTotal == 0 ? "result: zero acknowledged events lost; every log gapless, verifying, rebuild equal to incremental" : "result: FAILED");
        return failures.Count == 0 && lostTotal == 0 && run > 0 ? 0 : 1;
    }

    /// <summary>Starts the writer, reads its acks, kills it after <paramref name="delayMs"/> from the first; returns the highest acknowledged sequence.</summary>
    private static (long MaxAck, long Acks, bool Exited) RunAndKill(string db, int producers, int round, int delayMs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(FaultsBench).Assembly.Location, "faults-writer", db, producers.ToString(CultureInfo.InvariantCulture), round.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the writer");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && errors.Count < 20) errors.Enqueue(line); };
        process.BeginErrorReadLine();
        long maxAck = 0, acks = 0;
        Stopwatch? sinceFirst = null;
        var exited = false;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                maxAck = Math.Max(maxAck, long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture));
                acks++;
                sinceFirst ??= Stopwatch.StartNew();
            }
            if (sinceFirst is not null && sinceFirst.ElapsedMilliseconds >= delayMs)
            {
                process.Kill(); // SIGKILL: no clean-up, no final commit
                break;
            }
        }
        // Acks already in the pipe were printed after their commit: they count.
        while (process.StandardOutput.ReadLine() is { } rest)
        {
            if (rest.StartsWith("ack ", StringComparison.Ordinal))
            {
                maxAck = Math.Max(maxAck, long.Parse(rest.AsSpan(4), CultureInfo.InvariantCulture));
                acks++;
            }
        }
        process.WaitForExit();
        exited = sinceFirst is null;
        if (exited)
        {
            Console.WriteLine($"  the writer exited before its first acknowledgement (exit code {process.ExitCode}): {string.Join(" | ", errors.Take(3))}");
        }
        return (maxAck, acks, exited);
    }

    private static string? Check(string db, string published, long maxAck, out long last, out long lost)
    {
        lost = 0;
        last = 0;
        using (var log = SqliteEventLog.Open(db, OpenMode.MustExist))
        {
            last = log.LastSequence;
            if (last < maxAck)
            {
                lost = maxAck - last;
                return $"acknowledged through {maxAck} but the log ends at {last}";
            }
            var expected = 1L;
            foreach (var stored in log.Read())
            {
                if (stored.Sequence != expected)
                {
                    return $"gap: expected event {expected}, found {stored.Sequence}";
                }
                stored.Decode();
                expected++;
            }
            if (expected - 1 != last)
            {
                return $"read {expected - 1} events but the log says {last}";
            }
            if (log.ProjectedThrough != last)
            {
                return $"projections through {log.ProjectedThrough}, log through {last}";
            }
        }
        using (var publicLog = PublicLog.Open(db))
        {
            if (publicLog.TreeSize != last)
            {
                return $"the Merkle tree holds {publicLog.TreeSize} of {last} events";
            }
        }
        using (var store = ParleyStore.Open(db, OpenMode.MustExist))
        {
            var incremental = store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToBase64String(p.Body))).ToList();
            store.Rebuild();
            var rebuilt = store.Log.ReadAllProjectionsOrdered().Select(p => (p.Kind, p.Key, Convert.ToBase64String(p.Body))).ToList();
            if (!incremental.SequenceEqual(rebuilt))
            {
                return "the rebuilt projections differ from the incremental ones";
            }
        }
        var trust = db + ".vkey";
        if (Cli("publish", "--db", db, "--out", published) is { } publish)
        {
            return "publish: " + publish;
        }
        if (!File.Exists(trust))
        {
            using var output = new StringWriter();
            ParleyCommandLine.RunAsync(["keys", "show", "--db", db], output, TextWriter.Null).GetAwaiter().GetResult();
            File.WriteAllText(trust, output.ToString());
        }
        return Cli("verify", published, "--trust", trust) is { } verify ? "verify: " + verify : null;
    }

    private static string? Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ParleyCommandLine.RunAsync(args, output, error).GetAwaiter().GetResult();
        return exit == 0 ? null : $"exit {exit}: {error}{output}";
    }

    private static void DeleteDatabase(string db)
    {
        foreach (var file in new[] { db, db + "-wal", db + "-shm", db + ".key", db + ".vkey", db + ".lock" })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The writer process: opens (or creates) the database, sets the exchange up if new, then appends from
    /// <paramref name="args"/>[1] producers until killed, printing "ack SEQ" after each acknowledged command.
    /// </summary>
    public static int Writer(string[] args)
    {
        const int PersonsPerProducer = 10_000;
        var db = args[0];
        var producers = int.Parse(args[1], CultureInfo.InvariantCulture);
        var round = int.Parse(args[2], CultureInfo.InvariantCulture);
        using var store = ParleyStore.Open(db, OpenMode.CreateIfMissing);
        if (!store.State.Exchanges.ContainsKey(CommandLines.Exchange))
        {
            store.Execute(CommandLines.Setup().Select(CommandText.Parse).ToList());
        }
        var output = Console.Out;
        var gate = new Lock();
        var tasks = Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            // Person numbers unique per round on this database and per producer, so a reused database never sees an id twice,
            // and at most seven digits: an id of eight digits in a row looks like a service number and is refused.
            var first = (round * 64 + p) * PersonsPerProducer;
            for (var n = first; n < first + PersonsPerProducer; n++)
            {
                var command = CommandText.Parse(CommandLines.ListPersons(n, 1, CommandLines.Side(n)));
                var outcome = await store.ExecuteAsync(command, Actor.CommandLine);
                if (!outcome.Accepted)
                {
                    throw new InvalidOperationException(outcome.Reason);
                }
                lock (gate)
                {
                    output.WriteLine("ack " + outcome.LastSequence.ToString(CultureInfo.InvariantCulture));
                    output.Flush();
                }
            }
        })).ToArray();
        Task.WaitAll(tasks);
        return 0;
    }
}
