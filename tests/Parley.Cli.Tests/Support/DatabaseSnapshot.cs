using System.Text;
using Parley.Store;

namespace Parley.Cli.Tests.Support;

/// <summary>
/// The whole content of a Parley database as text, byte for byte in base 64: every event row of the log, every projection
/// document and the projected-through mark. Two snapshots are equal exactly when the databases hold the same data.
/// </summary>
public static class DatabaseSnapshot
{
    public static string Of(string path)
    {
        using var log = EventLogs.Open(path, OpenMode.MustExist);
        var text = new StringBuilder();
        text.Append("last ").Append(log.LastSequence).Append(" projected-through ").Append(log.ProjectedThrough).Append('\n');
        foreach (var e in log.Read())
        {
            text.Append($"event {e.Sequence} {e.Type} {e.RecordedAtUnixMs} {Convert.ToBase64String(e.Public)} {(e.Private is null ? "-" : Convert.ToBase64String(e.Private))}\n");
        }
        text.Append(Projections(log));
        return text.ToString();
    }

    public static string ProjectionsOf(string path)
    {
        using var log = EventLogs.Open(path, OpenMode.MustExist);
        return Projections(log);
    }

    private static string Projections(IEventLog log)
    {
        var text = new StringBuilder();
        foreach (var (kind, key, body) in log.ReadAllProjectionsOrdered())
        {
            text.Append($"projection {kind} {key} {Convert.ToBase64String(body)}\n");
        }
        return text.ToString();
    }
}
