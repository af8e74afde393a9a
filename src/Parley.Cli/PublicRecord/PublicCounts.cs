using System.Text;

namespace Parley.Cli.PublicRecord;

/// <summary>
/// Public counts recomputed from the leaves alone: people listed per exchange and side, and people per exchange, stage,
/// side and lifecycle status (each person counted once, at their latest status).
/// </summary>
internal sealed class PublicCounts
{
    private readonly Dictionary<(string Exchange, string Person), (string Side, string Status, string Stage)> _persons = [];

    public void Listed(string exchange, string person, string side) => _persons[(exchange, person)] = (side, "listed", "");

    /// <summary>Records a move; false when the person was never listed (the caller reports it).</summary>
    public bool Moved(string exchange, string person, string status, string? stage)
    {
        if (!_persons.TryGetValue((exchange, person), out var current))
        {
            return false;
        }
        _persons[(exchange, person)] = (current.Side, status, stage ?? current.Stage);
        return true;
    }

    /// <summary>(exchange, stage, side, status) → people, sorted.</summary>
    public IReadOnlyList<(string Exchange, string Stage, string Side, string Status, int Count)> Rows() =>
        _persons.GroupBy(p => (p.Key.Exchange, p.Value.Stage, p.Value.Side, p.Value.Status))
            .Select(g => (g.Key.Exchange, g.Key.Stage, g.Key.Side, g.Key.Status, g.Count()))
            .OrderBy(r => r.Exchange, StringComparer.Ordinal).ThenBy(r => r.Stage, StringComparer.Ordinal)
            .ThenBy(r => r.Side, StringComparer.Ordinal).ThenBy(r => r.Status, StringComparer.Ordinal)
            .ToList();

    /// <summary>(exchange, side) → people listed in all.</summary>
    public IReadOnlyList<(string Exchange, string Side, int Count)> ListedPerSide() =>
        _persons.GroupBy(p => (p.Key.Exchange, p.Value.Side))
            .Select(g => (g.Key.Exchange, g.Key.Side, g.Count()))
            .OrderBy(r => r.Exchange, StringComparer.Ordinal).ThenBy(r => r.Side, StringComparer.Ordinal)
            .ToList();

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var (exchange, side, count) in ListedPerSide())
        {
            text.Append($"exchange {exchange} side {side.ToUpperInvariant()}: {count} listed\n");
        }
        foreach (var (exchange, stage, side, status, count) in Rows())
        {
            text.Append($"exchange {exchange} stage {(stage.Length == 0 ? "-" : stage)} side {side.ToUpperInvariant()} {status}: {count}\n");
        }
        return text.ToString();
    }
}
