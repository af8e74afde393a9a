using System.Net;
using System.Net.Sockets;

namespace Parley.Server.Pipeline;

/// <summary>
/// The client address that limits count against: the peer's address after the trusted proxy's X-Forwarded-For
/// (<see cref="ServerOptions.TrustedProxies"/>), an IPv4-mapped address as IPv4, and an IPv6 address as its /64, since
/// one subscriber line gets a whole /64 and could otherwise take a fresh address for every connection.
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => Key(context.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
