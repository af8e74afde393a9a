using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Parley.Server.Pipeline;

/// <summary>
/// The address the public reaches the server at, for the absolute links a response carries (feeds): the configured
/// <see cref="ServerOptions.PublicUrl"/>, or the server's own first listening address. Never the request's Host header,
/// which any client can set: a feed cached for everyone must not link to a host a client named.
/// </summary>
public sealed class PublicAddress(ServerOptions options, IServer server)
{
    private string? _base = options.PublicUrl is { } url ? url.GetLeftPart(UriPartial.Authority) + url.AbsolutePath.TrimEnd('/') : null;

    /// <summary>Scheme, host, port and path base, without a trailing slash: <c>https://parley.example.org</c>.</summary>
    public string Base => _base ??= Listening();

    private string Listening()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return address.TrimEnd('/');
    }
}
