using System.Globalization;
using Npgsql;

namespace Parley.Store.Postgres;

/// <summary>
/// <c>LISTEN parley_log</c> on a dedicated, unpooled connection (https://www.postgresql.org/docs/15/sql-notify.html):
/// each committed batch of any node notifies its last sequence number, at most a few bytes, well under the 8,000-byte
/// payload limit. TCP keepalives find a connection whose server vanished.
/// </summary>
internal sealed class PostgresLogNotifications : ILogNotifications
{
    private readonly NpgsqlConnection _connection;
    private readonly string _location;
    private long _latest;

    private PostgresLogNotifications(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        _location = location;
        _connection.Notification += (_, notification) =>
        {
            if (long.TryParse(notification.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > _latest)
            {
                _latest = sequence;
            }
        };
    }

    public static async Task<ILogNotifications> ListenAsync(PostgresDatabase address, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(address.ConnectionString) { Pooling = false, KeepAlive = 10 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var listen = new NpgsqlCommand($"LISTEN {PostgresSchema.LogChannel};", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new PostgresLogNotifications(connection, address.Display);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw PostgresErrors.MapOrKeep(e, address.Display);
        }
    }

    public async Task<long?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _latest = 0;
        try
        {
            // Delivers every notification already received, then waits for one more until the timeout.
            var woken = await _connection.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return woken || _latest > 0 ? _latest : null;
        }
        catch (NpgsqlException e) when (PostgresErrors.Map(e, _location) is { } mapped)
        {
            throw mapped;
        }
        catch (IOException e)
        {
            throw new DatabaseUnreachableException(_location, $"the listening connection was lost ({e.Message.TrimEnd('.')})", e);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
