using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Parley.Core.Decisions;
using Parley.Core.Events;
using Parley.Store;
using Parley.Store.Domain;
using Parley.Store.Serialization;

namespace Parley.Bench;

/// <summary>
/// Where the time of the command path goes, in stopwatch splits over the same small commands as
/// <see cref="AppendBench"/>, batch by batch on one thread: parse the JSON line, decide, encode the events, render the
/// touched projections, then append and commit (SQLite, fsync) with the rendered projections. The steps mirror
/// ParleyStore's batch processing with its public parts. Usage: <c>profile [--events 150000] [--producers 64]</c>
/// (the batch size).
/// </summary>
internal static class AppendProfile
{
    public static int Run(string[] args)
    {
        var persons = BenchOptions.Int(args, "--events", 150_000) / 3;
        var batchSize = BenchOptions.Int(args, "--producers", 64);
        using var folder = BenchOptions.NewFolder();
        using var store = ParleyStore.Open(folder.File("profile.db"), OpenMode.CreateIfMissing);
        store.Execute(CommandLines.Setup().Select(CommandText.Parse).ToList());
        var state = store.State;
        var log = store.Log;
        var lines = Enumerable.Range(0, persons).SelectMany(n => new[]
        {
            CommandLines.ListPersons(n, 1, CommandLines.Side(n)),
            CommandLines.Move("match", n, 1),
            CommandLines.Move("verify", n, 1),
        }).ToList();

        TimeSpan parse = default, decide = default, encode = default, render = default, append = default, upsert = default;
        var clock = new Stopwatch();
        var now = SystemClock.Instance.GetCurrentInstant();
        for (var start = 0; start < lines.Count; start += batchSize)
        {
            var batch = lines.Skip(start).Take(batchSize).ToList();
            clock.Restart();
            var commands = batch.Select(CommandText.Parse).ToList();
            parse += clock.Elapsed;

            clock.Restart();
            var decided = new List<DomainEvent>();
            foreach (var command in commands)
            {
                var decision = Decider.Decide(state, command, now);
                decided.AddRange(decision.Events);
                state = decision.State;
            }
            decide += clock.Elapsed;

            clock.Restart();
            var events = decided.Select(e => StoredEvents.ToAppend(e, now.ToUnixTimeMilliseconds())).ToList();
            var touched = new HashSet<(string Kind, string Key)>();
            foreach (var e in decided)
            {
                Projections.Touched(e, touched);
            }
            encode += clock.Elapsed;

            clock.Restart();
            var recorder = new Recorder();
            Projections.Write(state, touched, recorder);
            render += clock.Elapsed;

            // Two transactions here (the store uses one) so that events and projections are timed apart.
            clock.Restart();
            log.AppendBatch(events);
            append += clock.Elapsed;

            clock.Restart();
            log.AppendBatch([], writer =>
            {
                foreach (var (kind, key, body) in recorder.Documents)
                {
                    writer.UpsertProjection(kind, key, body);
                }
                writer.SetProjectedThrough(writer.LastSequence);
            });
            upsert += clock.Elapsed;
        }

        var total = parse + decide + encode + render + append + upsert;
        var count = lines.Count;
        Console.WriteLine($"Command path in splits: {count:N0} events, one thread, batches of {batchSize}");
        Console.WriteLine($"{"step",-44} {"seconds",9} {"us/event",9} {"share",7}");
        foreach (var (step, elapsed) in new[]
        {
            ("parse JSON line (CommandReader)", parse), ("decide (Decider, state fold)", decide),
            ("encode events + touched keys (EventCodec)", encode), ("render projections (JSON)", render),
            ("append events + commit (SQLite, fsync)", append),
            ("upsert projections + commit (SQLite, fsync)", upsert), ("total", total),
        })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-44} {elapsed.TotalSeconds,9:0.00} {elapsed.TotalMicroseconds / count,9:0.0} {elapsed / total,7:P0}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"=> {count / total.TotalSeconds:N0} events/s on one thread"));
        return 0;
    }

    /// <summary>Keeps rendered documents so the SQLite part can be timed on its own.</summary>
    private sealed class Recorder : IProjectionWriter
    {
        public List<(string Kind, string Key, byte[] Body)> Documents { get; } = [];

        public long LastSequence => long.MaxValue;

        public void UpsertProjection(string kind, string key, byte[] body) => Documents.Add((kind, key, body));

        public void DeleteProjection(string kind, string key) => throw new NotSupportedException();

        public void ClearProjections() => throw new NotSupportedException();

        public void SetProjectedThrough(long sequence)
        {
        }

        public byte[]? ReadProjection(string kind, string key) => throw new NotSupportedException();
    }
}
