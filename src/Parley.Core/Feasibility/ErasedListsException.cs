using System.Globalization;
using NodaTime;
using Parley.Core.Rules;

namespace Parley.Core.Feasibility;

/// <summary>
/// A formula naming categories asked of an exchange whose lists' personal data were erased: no one's categories are
/// known any more, so sorting people under its terms would put everyone under the wrong term. Carries the exchange, when
/// its lists were erased and the formula asked.
/// </summary>
public sealed class ErasedListsException(string exchange, Instant erasedAt, string formula) : ParleyException(Describe(exchange, erasedAt, formula))
{
    public string Exchange { get; } = exchange;

    public Instant ErasedAt { get; } = erasedAt;

    /// <summary>The formula (or template) asked, as written.</summary>
    public string Formula { get; } = formula;

    private static string Describe(string exchange, Instant erasedAt, string formula) =>
        $"the lists of exchange '{exchange}' were erased on {erasedAt.InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, so no one's categories are known: "
        + $"\"{formula}\" names categories and cannot be answered from them; ask a formula without categories, which counts everyone under its one term";
}
