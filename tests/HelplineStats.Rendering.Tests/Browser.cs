using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace HelplineStats.Rendering.Tests;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package), driven by Playwright: Playwright cannot download its own
/// browsers here, so it is pointed at the installed one. <c>HELPLINESTATS_CHROMIUM</c> names another executable.
/// </summary>
internal static class Browser
{
    private const string Variable = "HELPLINESTATS_CHROMIUM";

    /// <summary>The Chromium executable, or null when there is none.</summary>
    internal static string? Executable { get; } = Find();

    /// <summary>Whether this is a CI run (<c>CI=true</c>), where a missing browser is a failure, not a reason to skip.</summary>
    internal static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests skip on this machine, or null when they run.</summary>
    internal static string? SkipReason => Executable is null && !IsCi
        ? $"No Chromium found (looked for ${Variable}, chromium and chromium-browser on PATH, /usr/bin/chromium): install it (apt-get install chromium) or set {Variable}. With CI=true this test fails instead."
        : null;

    /// <summary>A headless Chromium with a page of the given width, for one test; dispose it when done.</summary>
    internal static async Task<Session> OpenAsync(int width, int height = 900)
    {
        string executable = Executable ?? throw new InvalidOperationException(
            $"CI=true and no Chromium was found: .ci/run installs it (apt-get install -y chromium); elsewhere set {Variable}.");
        IPlaywright playwright = await Playwright.CreateAsync();
        IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
        });
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = true,
            Offline = true,
        });
        IPage page = await context.NewPageAsync();
        return new Session(playwright, browser, page);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }
        string[] folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => new[] { Path.Combine(folder, "chromium"), Path.Combine(folder, "chromium-browser") })
            .Append("/usr/bin/chromium")
            .FirstOrDefault(File.Exists);
    }

    /// <summary>One browser and one page.</summary>
    internal sealed class Session(IPlaywright playwright, IBrowser browser, IPage page) : IAsyncDisposable
    {
        internal IPage Page { get; } = page;

        public async ValueTask DisposeAsync()
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}

/// <summary>
/// A fact that needs the real browser: skipped, with the reason, on a developer machine without Chromium; run (and failed
/// if the browser is missing) when <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.SkipReason is string reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs the real browser (see <see cref="BrowserFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Browser.SkipReason is string reason)
        {
            Skip = reason;
        }
    }
}
