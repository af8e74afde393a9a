using Parley.Bench;

return args.FirstOrDefault() switch
{
    "appends" => AppendBench.Run(args[1..]),
    "appends-pg" => MartenBench.Run(args[1..]),
    "catchup" => CatchUpBench.Run(args[1..]),
    "rebuild" => RebuildBench.Run(args[1..]),
    "startup" => StartupBench.Run(args[1..]),
    "copy" => CopyBench.Run(args[1..]),
    "raw" => RawAppendBench.Run(args[1..]),
    "profile" => AppendProfile.Run(args[1..]),
    "matching" => Parley.Bench.Matching.MatchingBench.Run(args[1..]),
    "ledger" => Parley.Bench.PublicRecord.LedgerBench.Run(args[1..]),
    "sse" => Parley.Bench.Broadcast.SseBench.Run(args[1..]),
    "sse-nodes" => Parley.Bench.Broadcast.SseNodesBench.Run(args[1..]),
    "faults" => FaultsBench.Run(args[1..]),
    "faults-writer" => FaultsBench.Writer(args[1..]),
    "hostile" => Parley.Bench.Broadcast.HostileBench.Run(args[1..]),
    "feasibility" => FeasibilityBench.Run(args[1..]),
    "desk-load" => Parley.Bench.Broadcast.DeskLoadBench.Run(args[1..]),
    "family-bruteforce" => Parley.Bench.Families.FamilyBruteforceBench.Run(args[1..]),
    "all" => AppendBench.Run(args[1..]) | RebuildBench.Run(args[1..]) | RawAppendBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Parley.Bench appends|appends-pg|rebuild|startup|copy|catchup|raw|profile|matching|ledger|sse|sse-nodes|faults|hostile|feasibility|desk-load|family-bruteforce|all [--events N] [--baseline N] [--producers N]");
    return 2;
}
