using Microsoft.Playwright;

namespace Parley.Server.Tests.Support;

/// <summary>
/// Debian's chromium (./test.sh installs the package with apt) driven by Playwright. Never a downloaded browser: downloads
/// are not reachable here, and the tests must exercise the browser a Debian user has. <c>--no-sandbox</c> because tests
/// run as root; the other switches keep chromium from reaching for the network.
/// </summary>
public sealed class DebianChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;

    private DebianChromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<DebianChromium> LaunchAsync()
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: run ./test.sh, which installs Debian's chromium package with apt-get");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return new DebianChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
