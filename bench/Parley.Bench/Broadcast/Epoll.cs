using System.Runtime.InteropServices;

namespace Parley.Bench.Broadcast;

/// <summary>
/// The few Linux calls the subscriber swarm needs to watch 10,000 sockets from one thread (epoll(7), recv(2)). Written by
/// hand because no library offers a raw readiness loop: .NET's own socket engine costs a callback, a lock and a second
/// (failing) recv per delivery, which on two cores shared with the server under test inflated the latencies measured.
/// </summary>
internal static class Epoll
{
    public const uint In = 0x001;
    public const uint RdHup = 0x2000;
    public const int CtlAdd = 1;
    public const int CtlDel = 2;
    public const int DontWait = 0x40;
    public const int Again = 11;

    /// <summary>struct epoll_event as x86-64 Linux lays it out (packed: 4 + 8 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public struct Event
    {
        public uint Events;
        public ulong Data;
    }

    /// <summary>Only x86-64 Linux packs epoll_event like <see cref="Event"/>.</summary>
    public static bool Supported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [DllImport("libc", EntryPoint = "epoll_create1", SetLastError = true)]
    public static extern int Create(int flags);

    [DllImport("libc", EntryPoint = "epoll_ctl", SetLastError = true)]
    public static extern int Control(int epoll, int operation, int fd, ref Event e);

    [DllImport("libc", EntryPoint = "epoll_wait", SetLastError = true)]
    public static extern int Wait(int epoll, [Out] Event[] events, int max, int timeoutMilliseconds);

    [DllImport("libc", EntryPoint = "recv", SetLastError = true)]
    public static extern nint Receive(int fd, ref byte buffer, nint length, int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    public static extern int Close(int fd);
}
