namespace Parley.Fuzz;

/// <summary>
/// One parser under fuzzing: <see cref="Run"/> feeds it one input. The parser may accept the input or refuse it with one
/// of its documented errors (<see cref="Refusals"/>), which say what is wrong and where; anything else it throws — a
/// crash, an index out of range, a null reference, a stack overflow — is a bug the fuzzer reports.
/// </summary>
public sealed record FuzzTarget(string Name, string Parser, Action<byte[]> Parse, IReadOnlyList<Type> Refusals)
{
    /// <summary>Runs the parser on <paramref name="input"/>; a documented refusal is swallowed, anything else propagates.</summary>
    public void Run(byte[] input)
    {
        try
        {
            Parse(input);
        }
        catch (Exception e) when (IsRefusal(e))
        {
        }
    }

    public bool IsRefusal(Exception e) => Refusals.Any(t => t.IsInstanceOfType(e));
}
