using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Parley.Server.Pipeline;

/// <summary>
/// Listening sockets that share their port (SO_REUSEPORT, Linux 3.9+, socket(7)): the kernel spreads incoming connections
/// over them, and each has a listen queue of its own. One queue holds at most <c>net.core.somaxconn</c> connections that
/// have arrived and not been accepted (4,096 by default since Linux 5.4); past it the kernel drops the connection attempt
/// and the client tries again a second later. A reconnect storm of 10,000 readers overflowed one queue while the server
/// was busy answering the first ones, and its last readers waited that second (bench hostile, "dropped SYNs").
/// </summary>
/// <remarks>
/// Only sockets of the same user may join the group (the kernel checks the effective uid), so another account on the
/// machine cannot take a share of the connections; and a port already listened on is refused before the group is bound
/// (<see cref="EnsureFree"/>), so a second server started on the same port fails as it would without the option instead
/// of quietly sharing the first one's clients.
/// </remarks>
internal static class ListenQueues
{
    private const int SolSocket = 1;
    private const int SoReusePort = 15;

    /// <summary>Whether this system can give one port several listen queues.</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>
    /// Throws <see cref="AddressInUseException"/> when something already listens on <paramref name="endpoint"/>'s port: a
    /// socket without SO_REUSEPORT cannot bind a port another socket listens on, whatever that socket's options.
    /// </summary>
    public static void EnsureFree(IPEndPoint endpoint)
    {
        if (endpoint.Port == 0)
        {
            return;
        }
        using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (endpoint.Address.Equals(IPAddress.IPv6Any))
        {
            probe.DualMode = true;
        }
        try
        {
            probe.Bind(endpoint);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new AddressInUseException(e.Message, e);
        }
    }

    /// <summary>A socket bound to <paramref name="endpoint"/> that other sockets of this process may bind too (Kestrel's <see cref="SocketTransportOptions.CreateBoundListenSocket"/>).</summary>
    public static Socket CreateBound(EndPoint endpoint)
    {
        if (!Supported || endpoint is not IPEndPoint ip)
        {
            return SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
        }
        var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // As Kestrel's own: the IPv6 any-address takes IPv4 too.
            if (ip.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }
            socket.SetRawSocketOption(SolSocket, SoReusePort, BitConverter.GetBytes(1));
            socket.Bind(ip);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
