using Parley.Server.Live;

namespace Parley.Server.Tests;

public sealed class OpenFileLimitTests
{
    [Theory]
    [InlineData(20_000, 5_000, 10_000)]
    [InlineData(1_048_576, 5_000, 524_288)]
    [InlineData(12_000, 5_000, 6_000)]
    [InlineData(1_024, 5_000, 256)]
    public void the_connection_cap_keeps_at_least_half_the_open_file_limit_for_connections_being_refused_and_the_runtime(int files, int reserved, int expected)
    {
        var cap = OpenFileLimit.Connections(files, reserved);

        Assert.Equal(expected, cap);
        Assert.InRange(cap, files / 4, files / 2);
    }

    [Fact]
    public void the_server_raises_its_soft_open_file_limit_to_the_hard_one()
    {
        var soft = OpenFileLimit.RaiseToHardLimit();

        var hard = File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max open files", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[4];
        Assert.Equal(hard == "unlimited" ? int.MaxValue : (int)Math.Min(long.Parse(hard, System.Globalization.CultureInfo.InvariantCulture), int.MaxValue), soft);
    }
}
