namespace Parley.Store.Copy;

/// <summary>How a column is read and written the same on both stores (SQLite's INTEGER is PostgreSQL's integer or bigint).</summary>
internal enum ColumnKind
{
    Int32,
    Int64,
    Text,
    Blob,
}

/// <summary>A column of a table <c>parley copy</c> carries.</summary>
internal sealed record RecordColumn(string Name, ColumnKind Kind);

/// <summary>
/// A table of Parley's schema as <c>parley copy</c> reads and writes it: the same columns and order on SQLite and
/// PostgreSQL (Log/SqliteSchema.cs, Postgres/PostgresSchema.cs), ordered by its primary key so both sides read it alike.
/// </summary>
internal sealed record RecordTable(string Name, string OrderBy, IReadOnlyList<RecordColumn> Columns)
{
    /// <summary>The statement that reads every row in key order.</summary>
    public string Select => $"SELECT {ColumnList} FROM {Name} ORDER BY {OrderBy};";

    /// <summary>The column names, comma-separated, in order.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}

/// <summary>
/// The tables of a Parley database and what <c>parley copy</c> does with each: the events row for row (every column:
/// public and private parts, salts, commitments, submitters' signatures, leaf hashes); the public record's tables
/// (tiles, inner hashes, signed checkpoints, witnesses' cosignatures) and the tokens as they are; the projections are
/// not copied but rebuilt on the target from the copied log, then compared. A table added to the schema must be added
/// here, or the copy would leave it behind.
/// </summary>
internal static class RecordTables
{
    public static readonly RecordTable Events = new("events", "seq",
    [
        new("seq", ColumnKind.Int64), new("type", ColumnKind.Text), new("recorded_at", ColumnKind.Int64),
        new("public", ColumnKind.Blob), new("private", ColumnKind.Blob), new("salt", ColumnKind.Blob),
        new("commitment", ColumnKind.Blob), new("key_id", ColumnKind.Int64), new("signature", ColumnKind.Blob),
        new("leaf_hash", ColumnKind.Blob),
    ]);

    /// <summary>Copied as they are, in this order.</summary>
    public static readonly IReadOnlyList<RecordTable> Verbatim =
    [
        new("checkpoints", "size", [new("size", ColumnKind.Int64), new("note", ColumnKind.Text), new("created_at", ColumnKind.Int64)]),
        new("merkle_tiles", "level, idx", [new("level", ColumnKind.Int32), new("idx", ColumnKind.Int64), new("hashes", ColumnKind.Blob)]),
        new("merkle_inner", "level, idx", [new("level", ColumnKind.Int32), new("idx", ColumnKind.Int64), new("hashes", ColumnKind.Blob)]),
        new("cosignatures", "size, witness, key_id",
        [
            new("size", ColumnKind.Int64), new("witness", ColumnKind.Text), new("key_id", ColumnKind.Int64),
            new("line", ColumnKind.Text), new("signed_at", ColumnKind.Int64), new("received_at", ColumnKind.Int64),
        ]),
        new("tokens", "id",
        [
            new("id", ColumnKind.Text), new("hash", ColumnKind.Blob), new("role", ColumnKind.Text), new("party", ColumnKind.Text),
            new("created_at", ColumnKind.Int64), new("revoked_at", ColumnKind.Int64),
        ]),
    ];

    /// <summary>Rebuilt on the target, then compared by digest with the source's (binary key order on both stores).</summary>
    public static readonly RecordTable Projections = new("projections", "kind, key",
        [new("kind", ColumnKind.Text), new("key", ColumnKind.Text), new("body", ColumnKind.Blob)]);

    /// <summary>The tables that must be empty for a database to take a copy (meta and projections are replaced).</summary>
    public static IEnumerable<string> Content => [Events.Name, .. Verbatim.Select(t => t.Name)];
}
