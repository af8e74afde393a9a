using System.Security.Cryptography;
using Parley.Ledger.Tests.Support;

namespace Parley.Ledger.Tests;

/// <summary>The copied reference vectors are the shared ones, byte for byte.</summary>
public sealed class VectorsTests
{
    [Fact]
    public void the_copied_vectors_are_unchanged_since_they_were_taken_from_the_shared_file()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Vectors.CopyPath)));
        Assert.Equal(Vectors.CopiedHash, hash);
    }

    [Fact]
    public void the_copied_vectors_equal_the_shared_file_when_the_repository_sits_beside_it()
    {
        var copy = File.ReadAllBytes(Vectors.CopyPath);
        // In a clone without ../shared there is nothing to compare with; the recorded hash above still holds the copy.
        var shared = Vectors.SharedPath() is { } path ? File.ReadAllBytes(path) : copy;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(shared)), Convert.ToHexStringLower(SHA256.HashData(copy)));
    }
}
