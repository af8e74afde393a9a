using Parley.Server.Live;

namespace Parley.Server.Tests;

public sealed class OpenFileLimitTests
{
    [Theory]
    [InlineData(20_000, 5_000, 15_000)]
    [InlineData(1_048_576, 5_000, 1_043_576)]
    [InlineData(8_000, 5_000, 4_000)]
    [InlineData(1_024, 5_000, 512)]
    public void the_connection_cap_keeps_the_reserve_for_the_runtime_and_never_takes_more_than_half_of_a_small_limit(int files, int reserved, int expected)
    {
        var cap = OpenFileLimit.Connections(files, reserved);

        Assert.Equal(expected, cap);
        Assert.InRange(cap, files / 2, files);
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
