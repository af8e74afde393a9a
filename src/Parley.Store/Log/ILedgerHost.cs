using System.Data.Common;
using Parley.Store.PublicRecord;

namespace Parley.Store;

/// <summary>
/// What an event log offers the public record so that one implementation (PublicRecord/LedgerAppender) runs inside its
/// appends on either store: its write connection, the hook into every append transaction, and where it lives.
/// </summary>
internal interface ILedgerHost
{
    /// <summary>The write connection; the ledger's statements run on it, inside the log's transactions.</summary>
    DbConnection Connection { get; }

    /// <summary>The database the record lives in (its connections and the SQL that differs per store).</summary>
    RecordDatabase Record { get; }

    /// <summary>
    /// Hooks the public record into every append: it sees each batch inside the transaction, before the commit.
    /// At most one ledger per log.
    /// </summary>
    void AttachLedger(IAppendLedger ledger);
}
