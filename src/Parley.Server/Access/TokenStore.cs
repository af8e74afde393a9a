using System.Security.Cryptography;
using System.Text;
using Parley.Store;

namespace Parley.Server.Access;

/// <summary>
/// Bearer tokens in the <c>tokens</c> table of the Parley database (the store's, beside the log): only the SHA-256 of
/// a token is stored, so the token itself is shown once, when it is made. A token looks like
/// <c>parley_ID_SECRET</c>; the id names it for revocation and in logs.
/// </summary>
public sealed class TokenStore : IDisposable
{
    private readonly ITokenTable _table;

    private TokenStore(ITokenTable table) => _table = table;

    /// <summary>Opens the tokens of the Parley database a <c>--db</c> value names (created with <paramref name="mode"/>).</summary>
    public static TokenStore Open(string database, OpenMode mode = OpenMode.MustExist) => new(TokenTables.Open(database, mode));

    /// <summary>Makes a token for <paramref name="role"/>; returns its id and the token, which is not stored and cannot be shown again.</summary>
    public (string Id, string Token) Create(Role role, string? party)
    {
        if (role is not (Role.Mediator or Role.Press or Role.Party or Role.Verifier) || (role == Role.Party) != (party is not null))
        {
            throw new ArgumentException("a token is for the mediator, the press, a verifier, or a party officer with a party code", nameof(role));
        }
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
        var token = $"parley_{id}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        _table.Insert(id, Hash(token), role.ToString().ToLowerInvariant(), party, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        return (id, token);
    }

    /// <summary>Revokes a token by id; false when there is no such token or it was already revoked.</summary>
    public bool Revoke(string id) => _table.Revoke(id, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    /// <summary>The caller a token stands for, or null when it is unknown or revoked.</summary>
    public Caller? Find(string token) =>
        _table.FindActive(Hash(token)) is { } row ? new Caller(Enum.Parse<Role>(row.Role, ignoreCase: true), row.Party, row.Id) : null;

    /// <summary>Whether the token with this id exists and is not revoked (a desk session lives only as long as its token).</summary>
    public bool IsActive(string id) => _table.IsActive(id);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => _table.Dispose();
}
