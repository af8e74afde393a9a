using NodaTime;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Store.Serialization;

namespace Parley.Store.Domain;

/// <summary>
/// The write side of Parley on one database: the log, the state folded from it, and the command path
/// (decide against the state, append durably with the projections in the same transaction, then move the state on).
/// One writer per database (<see cref="WriterLock"/>); commands from many callers are group-committed.
/// </summary>
public sealed partial class ParleyStore : IBatchProcessor<Command, CommandOutcome>, IAsyncDisposable, IDisposable
{
    private readonly SqliteEventLog _log;
    private readonly WriterLock _writerLock;
    private readonly IClock _clock;
    private readonly Lazy<GroupCommitWriter<Command, CommandOutcome>> _writer;
    private ParleyState _committed;
    private ParleyState _tentative;

    private ParleyStore(SqliteEventLog log, WriterLock writerLock, IClock clock, ParleyState state)
    {
        _log = log;
        _writerLock = writerLock;
        _clock = clock;
        _committed = _tentative = state;
        _writer = new Lazy<GroupCommitWriter<Command, CommandOutcome>>(() => new GroupCommitWriter<Command, CommandOutcome>(log, this));
    }

    /// <summary>Opens (or creates) a database for writing and folds its log into the current state.</summary>
    public static ParleyStore Open(string path, OpenMode mode, IClock? clock = null, IProgress<long>? progress = null)
    {
        var writerLock = WriterLock.Acquire(Path.GetFullPath(path), TimeSpan.FromSeconds(5));
        SqliteEventLog? log = null;
        try
        {
            log = SqliteEventLog.Open(path, mode);
            PublicRecord.PublicRecords.Attach(log);
            var state = Replay(log, progress);
            return new ParleyStore(log, writerLock, clock ?? SystemClock.Instance, state);
        }
        catch
        {
            log?.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    public SqliteEventLog Log => _log;

    /// <summary>Batches and requests the group-commit writer has committed so far (zero before the first <see cref="ExecuteAsync"/>).</summary>
    public GroupCommitStatistics WriterStatistics => _writer.IsValueCreated ? _writer.Value.Statistics : default;

    /// <summary>The state after the last committed command.</summary>
    public ParleyState State => Volatile.Read(ref _committed);

    /// <summary>Decides and commits one command among many concurrent ones (group commit); completes once durable.</summary>
    public Task<CommandOutcome> ExecuteAsync(Command command, CancellationToken cancellationToken = default) =>
        _writer.Value.SubmitAsync(command, cancellationToken);

    /// <summary>Decides and commits commands in order on this thread, <paramref name="batchSize"/> per transaction.</summary>
    public IReadOnlyList<CommandOutcome> Execute(IReadOnlyList<Command> commands, int batchSize = 4096)
    {
        if (_writer.IsValueCreated)
        {
            throw new InvalidOperationException("Execute cannot run beside ExecuteAsync on the same store.");
        }
        return GroupCommit.ApplyInOrder(_log, this, commands, batchSize);
    }

    public CommandOutcome Execute(Command command) => Execute([command])[0];

    BatchResult<CommandOutcome> IBatchProcessor<Command, CommandOutcome>.Process(IReadOnlyList<Command> batch)
    {
        var now = _clock.GetCurrentInstant();
        var recordedAt = now.ToUnixTimeMilliseconds();
        var state = _tentative;
        var results = new CommandOutcome[batch.Count];
        var events = new List<EventToAppend>(batch.Count);
        var touched = new HashSet<(string Kind, string Key)>();
        var sequence = _log.LastSequence;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                // A signed submission is checked against the officer's key before anything is decided (docs/public-record.md §8).
                var signed = batch[i] as PublicRecord.SignedSubmission;
                signed?.CheckSignature(state);
                var decision = Decider.Decide(state, signed?.Submission ?? batch[i], now);
                var first = sequence + 1;
                foreach (var e in decision.Events)
                {
                    var encoded = EventCodec.Encode(e, recordedAt);
                    events.Add(signed is not null && e is Core.Events.SubmissionSigned
                        ? encoded with { Salt = signed.Salt, Signature = signed.Signature }
                        : encoded);
                    Projections.Touched(e, touched);
                    sequence++;
                }
                state = decision.State;
                results[i] = CommandOutcome.Accept(batch[i], first, sequence);
            }
            catch (ParleyException rejection)
            {
                results[i] = CommandOutcome.Reject(batch[i], rejection);
            }
        }
        _tentative = state;
        return new BatchResult<CommandOutcome>(results, events, touched.Count == 0 ? null : writer =>
        {
            Projections.Write(state, touched, writer);
            writer.SetProjectedThrough(writer.LastSequence);
        });
    }

    void IBatchProcessor<Command, CommandOutcome>.OnBatchFailed() => _tentative = _committed;

    /// <summary>Called only after a commit: the tentative state becomes the committed one.</summary>
    void IBatchProcessor<Command, CommandOutcome>.OnBatchCommitted() => Volatile.Write(ref _committed, _tentative);

    public async ValueTask DisposeAsync()
    {
        if (_writer.IsValueCreated)
        {
            await _writer.Value.DisposeAsync();
        }
        Dispose();
    }

    public void Dispose()
    {
        _log.Dispose();
        _writerLock.Dispose();
    }
}
