using System.Data.Common;
using System.Text;
using Xunit;

namespace Parley.Store.Tests;

public abstract partial class EventLogContract
{
    private static EventToAppend Listed(string exchange, int n) =>
        new("person.listed", 1_748_000_000_000 + n, Encoding.UTF8.GetBytes($$"""{"exchange":"{{exchange}}","person":"p{{n}}"}"""),
            Encoding.UTF8.GetBytes($$"""{"names":[{"text":"Synthetic Marker {{n}}"}]}"""));

    private static EventToAppend Erasure(string exchange) =>
        new("exchange.erased", 1_748_000_000_100, Encoding.UTF8.GetBytes($$"""{"exchange":"{{exchange}}","people":2}"""), null) { Erases = exchange };

    [Fact]
    public void An_erasure_event_removes_the_private_parts_of_its_exchange_only_and_keeps_every_public_part()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch([Listed("x1", 1), Listed("x2", 2), Listed("x1", 3)]);
        var publicParts = log.Read().Select(e => e.Public).ToList();

        log.AppendBatch([Erasure("x1")]);

        var read = log.Read().ToList();
        Assert.Equal([null, "x2", null, null], read.Select(e => e.Private is null ? null : Encoding.UTF8.GetString(e.Private).Contains("Marker 2", StringComparison.Ordinal) ? "x2" : "?"));
        Assert.Equal(publicParts, read.Take(3).Select(e => e.Public));
        Assert.Equal(0L, Convert.ToInt64(ScalarRaw("SELECT count(*) FROM events WHERE salt IS NOT NULL AND seq <> 2;"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// x2's listing (1), x1's listing (2), x1's erasure appended as a bare event so the log leaves event 2 alone (3), and
    /// x1's listing after it (4).
    /// </summary>
    private void AppendErasureCase()
    {
        using var log = Open(OpenMode.CreateIfMissing);
        log.AppendBatch([Listed("x2", 1), Listed("x1", 2), Erasure("x1") with { Erases = null }, Listed("x1", 4)]);
    }

    [Theory]
    [InlineData("UPDATE events SET private = NULL, salt = NULL WHERE seq = 1;")]
    [InlineData("UPDATE events SET private = NULL, salt = NULL WHERE seq = 4;")]
    [InlineData("UPDATE events SET private = NULL, salt = NULL, type = 'forged' WHERE seq = 2;")]
    [InlineData("UPDATE events SET private = NULL, salt = NULL, public = {blob} WHERE seq = 2;")]
    [InlineData("UPDATE events SET private = {blob} WHERE seq = 2;")]
    public void The_database_refuses_to_erase_a_private_part_without_a_later_erasure_of_its_exchange_or_to_change_anything_else(string sql)
    {
        AppendErasureCase();

        var error = Assert.ThrowsAny<DbException>(() => ExecuteRaw(sql.Replace("{blob}", BlobLiteral, StringComparison.Ordinal)));

        Assert.Contains("UPDATE is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Equal(3L, Convert.ToInt64(ScalarRaw("SELECT count(*) FROM events WHERE private IS NOT NULL;"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_database_allows_setting_a_private_part_and_its_salt_to_null_once_a_later_erasure_of_its_exchange_is_in_the_log()
    {
        AppendErasureCase();

        ExecuteRaw("UPDATE events SET private = NULL, salt = NULL WHERE seq = 2;");

        Assert.Equal(2L, Convert.ToInt64(ScalarRaw("SELECT count(*) FROM events WHERE private IS NOT NULL;"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
