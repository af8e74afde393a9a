using NodaTime;
using Parley.Core.Actors;
using Parley.Core.Commands;
using Parley.Core.Decisions;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Store.Serialization;

namespace Parley.Store.Domain;

/// <summary>
/// The write side of Parley on one database: the log, the state folded from it, and the command path
/// (decide against the state, append durably with the projections in the same transaction, then move the state on).
/// Commands from many callers are group-committed. On SQLite it is the one writer of its database (<see cref="WriterLock"/>);
/// on PostgreSQL any number of stores (one per node) write to one database, each deciding its batches after taking in
/// the others' events (<c>.Follow.cs</c>).
/// </summary>
public sealed partial class ParleyStore : IBatchProcessor<IssuedCommand, CommandOutcome>, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan WriterLockWait = TimeSpan.FromSeconds(5);
    private readonly IEventLog _log;
    private readonly IDisposable _writerLock;
    private readonly IClock _clock;
    private readonly Lazy<GroupCommitWriter<IssuedCommand, CommandOutcome>> _writer;
    private readonly string _origin;
    /// <summary>
    /// The screen of public text: it builds itself from the state the first time a text could name someone, not on open,
    /// as that reads every name on every list. Used under the fold gate only.
    /// </summary>
    private readonly PublicTextScreen _screen = new();
    private readonly StoreSettings _settings;

    /// <summary>
    /// Held while the state moves: by the writer from its append turn (catching up) to the end of its batch, and by
    /// <see cref="CatchUp()"/> while it folds in what other writers appended; so neither loses the other's events.
    /// </summary>
    private readonly Lock _foldGate = new();
    private ParleyState _committed;
    private ParleyState _tentative;
    private volatile bool _disposed;

    /// <summary>Whether the batch being decided erases an exchange (which deletes every snapshot when it commits).</summary>
    private bool _erasesInBatch;

    private ParleyStore(IEventLog log, IDisposable writerLock, IClock clock, ParleyState state, string origin, StoreSettings settings, long snapshotVersion)
    {
        _log = log;
        _settings = settings;
        _snapshotVersion = snapshotVersion;
        _writerLock = writerLock;
        _clock = clock;
        _origin = origin;
        _committed = _tentative = state;
        _writer = new Lazy<GroupCommitWriter<IssuedCommand, CommandOutcome>>(() => new GroupCommitWriter<IssuedCommand, CommandOutcome>(log, this));
    }

    /// <summary>
    /// Opens (or creates) the database that <paramref name="database"/> (a <c>--db</c> value: a file path or a
    /// PostgreSQL address) names, for writing, and folds its log into the current state: the tail of the log after its
    /// newest usable state snapshot (<c>.Snapshots.cs</c>), or the whole log when there is none.
    /// </summary>
    public static ParleyStore Open(string database, OpenMode mode, IClock? clock = null, IProgress<long>? progress = null, StoreSettings? settings = null) =>
        Open(DatabaseAddress.Parse(database), mode, clock, progress, settings);

    /// <summary>Opens (or creates) the database at <paramref name="address"/> for writing and folds its log into the current state.</summary>
    public static ParleyStore Open(DatabaseAddress address, OpenMode mode, IClock? clock = null, IProgress<long>? progress = null, StoreSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        IDisposable? writerLock = null;
        IEventLog? log = null;
        try
        {
            // SQLite's lock is a file beside the database, taken before the database is touched; PostgreSQL's lives in it.
            writerLock = address is SqliteDatabase file ? WriterLock.Acquire(file.Path, WriterLockWait) : null;
            settings ??= new StoreSettings();
            log = EventLogs.Open(address, mode, settings);
            writerLock ??= log.AcquireWriterLock(WriterLockWait);
            var origin = PublicRecord.PublicRecords.Attach(log, settings.LogOrigin, settings.LogKeyPath);
            var (state, snapshotVersion) = ReadState(log, progress, settings.Notices ?? Console.Error);
            if (!Projections.AreCurrent(log))
            {
                // Documents written by another version of Parley (or none yet): the log is the truth, write them anew.
                RebuildFrom(log, state);
            }
            var store = new ParleyStore(log, writerLock, clock ?? SystemClock.Instance, state, origin, settings, snapshotVersion);
            store.SnapshotInBackgroundIfDue();
            return store;
        }
        catch
        {
            log?.Dispose();
            writerLock?.Dispose();
            throw;
        }
    }

    public IEventLog Log => _log;

    /// <summary>The log's origin (its checkpoints' first line): signed submissions must be signed for it.</summary>
    public string Origin => _origin;

    /// <summary>Batches and requests the group-commit writer has committed so far (zero before the first <see cref="ExecuteAsync"/>).</summary>
    public GroupCommitStatistics WriterStatistics => _writer.IsValueCreated ? _writer.Value.Statistics : default;

    /// <summary>
    /// The writer's health and the last durable sequence number: <see cref="WriterState.Failing"/> while the disk refuses
    /// writes, <see cref="WriterState.Stopped"/> once the store is disposed or its writer gave up for good.
    /// </summary>
    public WriterHealth WriterHealth
    {
        get
        {
            var health = _disposed ? new WriterHealth(WriterState.Stopped, _log.LastSequence, null)
                : _writer.IsValueCreated ? _writer.Value.Health
                : new WriterHealth(WriterState.Ok, _log.LastSequence, null);
            // On a node that follows other writers, the state holds events this store never wrote: durable all the same.
            var folded = State.Version;
            return health.LastDurableSequence >= folded ? health : health with { LastDurableSequence = folded };
        }
    }

    /// <summary>The state after the last committed command.</summary>
    public ParleyState State => Volatile.Read(ref _committed);

    /// <summary>
    /// Decides and commits one command among many concurrent ones (group commit) as <paramref name="actor"/> (the command
    /// line when null); completes once durable.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(Command command, Actor? actor = null, CancellationToken cancellationToken = default) =>
        _writer.Value.SubmitAsync(new IssuedCommand(command, actor ?? Actor.CommandLine), cancellationToken);

    /// <summary>Decides and commits commands in order on this thread, <paramref name="batchSize"/> per transaction.</summary>
    public IReadOnlyList<CommandOutcome> Execute(IReadOnlyList<Command> commands, int batchSize = 4096, Actor? actor = null) =>
        Execute(commands.Select(c => new IssuedCommand(c, actor ?? Actor.CommandLine)).ToList(), batchSize);

    /// <summary>Decides and commits commands, each with its own actor, in order on this thread.</summary>
    public IReadOnlyList<CommandOutcome> Execute(IReadOnlyList<IssuedCommand> commands, int batchSize = 4096)
    {
        if (_writer.IsValueCreated)
        {
            throw new InvalidOperationException("Execute cannot run beside ExecuteAsync on the same store.");
        }
        return GroupCommit.ApplyInOrder(_log, this, commands, batchSize);
    }

    public CommandOutcome Execute(Command command, Actor? actor = null) => Execute([command], actor: actor)[0];

    BatchResult<CommandOutcome> IBatchProcessor<IssuedCommand, CommandOutcome>.Process(IReadOnlyList<IssuedCommand> batch)
    {
        var now = _clock.GetCurrentInstant();
        var recordedAt = now.ToUnixTimeMilliseconds();
        var state = _tentative;
        var results = new CommandOutcome[batch.Count];
        var events = new List<EventToAppend>(batch.Count);
        var touched = new HashSet<(string Kind, string Key)>();
        // The state holds every event of the log up to its version (the append turn caught it up): the batch follows on.
        var sequence = state.Version;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                // A signed submission is checked against the officer's key before anything is decided (docs/public-record.md §8).
                var (command, actor) = batch[i];
                var signed = command as PublicRecord.SignedSubmission;
                signed?.CheckSignature(state, _origin);
                PublicRecord.Endorsements.Check(state, command, _origin);
                _screen.Check(signed?.Submission ?? command, state);
                var decision = Decider.Decide(state, signed?.Submission ?? command, actor, now);
                var first = sequence + 1;
                // Encoded whole before anything is added, so a command whose event cannot be recorded leaves no trace.
                var encoded = decision.Events.Select(e => StoredEvents.ToAppend(e, recordedAt)).ToList();
                for (var j = 0; j < encoded.Count; j++)
                {
                    var e = decision.Events[j];
                    events.Add(signed is not null && e is Core.Events.SubmissionSigned
                        ? encoded[j] with { Salt = signed.Salt, Signature = signed.Signature }
                        : encoded[j]);
                    Projections.Touched(e, touched);
                    _screen.Apply(e);
                    _erasesInBatch |= e is Core.Events.ExchangeErased;
                    sequence++;
                }
                state = decision.State;
                results[i] = CommandOutcome.Accept(command, first, sequence);
            }
            catch (ParleyException rejection)
            {
                results[i] = CommandOutcome.Reject(batch[i].Command, rejection);
            }
        }
        _tentative = state;
        return new BatchResult<CommandOutcome>(results, events, touched.Count == 0 ? null : writer =>
        {
            Projections.Write(state, touched, writer);
            writer.SetProjectedThrough(writer.LastSequence);
        });
    }

    void IBatchProcessor<IssuedCommand, CommandOutcome>.OnBatchFailed()
    {
        _tentative = _committed;
        _erasesInBatch = false;
        EndTurn();
    }

    /// <summary>Called only after a commit: the tentative state becomes the committed one.</summary>
    void IBatchProcessor<IssuedCommand, CommandOutcome>.OnBatchCommitted()
    {
        Volatile.Write(ref _committed, _tentative);
        if (_erasesInBatch)
        {
            _erasesInBatch = false;
            SnapshotsErased();
        }
        EndTurn();
        SnapshotInBackgroundIfDue();
    }

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
        if (_disposed)
        {
            return;
        }
        SnapshotOnClose();
        _disposed = true;
        _log.Dispose();
        _writerLock.Dispose();
    }
}
