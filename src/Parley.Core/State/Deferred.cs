namespace Parley.Core.State;

/// <summary>
/// A part of the state that may be read on first use: a state snapshot keeps each exchange's lists and matching encoded
/// until a command or a page needs them, so that opening a long log costs what its talks record costs, not what every
/// list costs (issue 17: a CLI command on a log of a million events starts within half a second). The read is pure (a
/// function of bytes already in memory), runs at most once, and is safe from several threads.
/// </summary>
/// <typeparam name="T">The part: immutable, like the rest of the state.</typeparam>
public sealed class Deferred<T>
    where T : class
{
    private readonly Lazy<T> _value;

    private Deferred(Lazy<T> value) => _value = value;

    /// <summary>The part, read now if it was not yet.</summary>
    public T Value => _value.Value;

    /// <summary>Whether <see cref="Value"/> has been read (or was given).</summary>
    public bool IsRead => _value.IsValueCreated;

    /// <summary>A part already in hand.</summary>
    public static Deferred<T> Of(T value) => new(new Lazy<T>(Preconditions.CheckNotNull(value)));

    /// <summary>A part read by <paramref name="read"/> on first use (a failure is kept and thrown again on every use).</summary>
    public static Deferred<T> Read(Func<T> read) =>
        new(new Lazy<T>(Preconditions.CheckNotNull(read), LazyThreadSafetyMode.ExecutionAndPublication));
}
