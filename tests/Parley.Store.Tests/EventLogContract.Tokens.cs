using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Parley.Store.Tests;

public abstract partial class EventLogContract
{
    [Fact]
    public void Tokens_are_found_by_their_hash_until_revoked_and_revoked_only_once()
    {
        using var tokens = TokenTables.Open(DatabaseValue, OpenMode.CreateIfMissing);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("parley_abc_secret"));
        tokens.Insert("abc", hash, "party", "RU", 1_748_000_000_000);

        Assert.Equal(new TokenRecord("abc", "party", "RU"), tokens.FindActive(hash));
        Assert.True(tokens.IsActive("abc"));
        Assert.Null(tokens.FindActive(SHA256.HashData(Encoding.UTF8.GetBytes("parley_abc_guess"))));

        Assert.True(tokens.Revoke("abc", 1_748_000_000_001));
        Assert.False(tokens.Revoke("abc", 1_748_000_000_002));
        Assert.Null(tokens.FindActive(hash));
        Assert.False(tokens.IsActive("abc"));
    }

    [Fact]
    public void Opening_the_tokens_of_a_database_that_does_not_exist_creates_nothing()
    {
        Assert.Throws<DatabaseNotFoundException>(() => TokenTables.Open(DatabaseValue));
        Assert.Throws<DatabaseNotFoundException>(() => Open(OpenMode.MustExist));
    }
}
