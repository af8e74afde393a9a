using Parley.Core;
using Parley.Core.Commands;

namespace Parley.Demo;

/// <summary>
/// The record of the three 2025 Istanbul rounds from public facts (Data/istanbul-2025.md, a copy of the shared facts: venues, times, heads of
/// delegation, the agreements as formulas, the May stages of 390, 307 and 303, the 1,212-for-27 body transfer), with
/// synthetic people on the lists. Every exchange runs as it really does: each side's request list (its own spellings),
/// the other side's offer list (another language's forms of the same names, with clerks' slips), reconciled by the
/// matching engine, decided by the mediator, confirmed by the receiving party, verified by the neutral verifier, then
/// handed over in stages. The May exchange is replayed to fulfilment; June, the bodies and July are left part-way.
/// Stage dates and sizes, list lengths and hours the facts do not give are illustrative.
/// </summary>
public static partial class IstanbulDemo
{
    public const string May = "may-2025";
    public const string June = "june-2025";
    public const string Bodies = "bodies-2025";
    public const string July = "july-2025";

    /// <summary>The demo as commands, each with the actor who issues it, in order.</summary>
    public static IReadOnlyList<IssuedCommand> Commands(int seed = 2025)
    {
        var people = new DemoPeople(seed);
        var script = new DemoScript();
        Talks(script);
        MayExchange(script, people);
        JuneExchange(script, people);
        BodiesExchange(script, people);
        JulyExchange(script, people);
        return script.Commands;
    }

    /// <summary>The id of an entry on side <paramref name="side"/>'s offer list.</summary>
    public static string PersonId(string exchange, Side side, int n) => $"{exchange}-{side}-{n:D5}";

    /// <summary>The id of an entry on a party's request list.</summary>
    public static string RequestId(string exchange, string party, int n) => $"{exchange}-{party}-R{n:D5}";
}
