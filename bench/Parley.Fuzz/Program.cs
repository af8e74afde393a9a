using Parley.Fuzz;

// parley-fuzz TARGET            run under AFL++ (afl-fuzz … -- dotnet parley-fuzz.dll TARGET), instrumented by SharpFuzz
// parley-fuzz TARGET FILE…      run the target once on each file and say which crash (to reproduce a finding)
// parley-fuzz --list            the targets
if (args is ["--list"])
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine($"{target.Name,-18} {target.Parser}");
    }
    return 0;
}
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: parley-fuzz TARGET [FILE…] | --list");
    return 2;
}
var chosen = FuzzTargets.Named(args[0]);
if (args.Length == 1)
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        chosen.Run(memory.ToArray());
    });
    return 0;
}
var crashes = 0;
foreach (var file in args[1..])
{
    try
    {
        chosen.Run(File.ReadAllBytes(file));
        Console.WriteLine($"{file}: ok");
    }
    catch (Exception e)
    {
        crashes++;
        Console.WriteLine($"{file}: CRASH {e.GetType().Name}: {e.Message}");
    }
}
return crashes == 0 ? 0 : 1;
