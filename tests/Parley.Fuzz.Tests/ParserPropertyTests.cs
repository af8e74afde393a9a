using CsCheck;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Issue 11, item 2, the fast half of fuzzing: for every parser that takes outside input, random bytes and random
/// mutations of its committed corpus are either accepted or refused with its documented error — never another
/// exception. The coverage-guided half (AFL++ with SharpFuzz, millions of executions) is `bench/fuzz.sh`.
/// </summary>
public sealed class ParserPropertyTests
{
    private const int Iterations = 400;

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void random_bytes_and_mutations_of_the_corpus_are_parsed_or_refused_with_the_parsers_own_error(string name)
    {
        var target = FuzzTargets.Named(name);
        var corpus = Corpus(name);
        Assert.NotEmpty(corpus);
        var mutated =
            from seed in Gen.Int[0, corpus.Count - 1]
            from edits in Gen.Select(Gen.Int[0, 4096], Gen.Byte, Gen.Int[0, 3]).Array[1, 8]
            select Mutate(corpus[seed], edits);
        Gen.OneOf(Gen.Byte.Array[0, 300], mutated).Sample(target.Run, iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void the_committed_corpus_parses_without_a_crash(string name)
    {
        var target = FuzzTargets.Named(name);
        foreach (var input in Corpus(name))
        {
            target.Run(input);
        }
    }

    private static List<byte[]> Corpus(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "corpus", name);
        return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    /// <summary>Each edit at a position: 0 flips a byte, 1 inserts one, 2 deletes one, 3 duplicates the rest.</summary>
    private static byte[] Mutate(byte[] seed, (int Position, byte Value, int Kind)[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var (position, value, kind) in edits)
        {
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(value | 1); break;
                case 1: bytes.Insert(at, value); break;
                case 2 when bytes.Count > 0: bytes.RemoveAt(at); break;
                case 3: bytes.AddRange(bytes.Skip(at).Take(256).ToList()); break;
            }
        }
        return [.. bytes];
    }
}
