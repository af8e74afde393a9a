using Parley.Bench;

return args.FirstOrDefault() switch
{
    "appends" => AppendBench.Run(args[1..]),
    "rebuild" => RebuildBench.Run(args[1..]),
    "raw" => RawAppendBench.Run(args[1..]),
    "all" => AppendBench.Run(args[1..]) | RebuildBench.Run(args[1..]) | RawAppendBench.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Parley.Bench appends|rebuild|raw|all [--events N] [--baseline N] [--producers N]");
    return 2;
}
