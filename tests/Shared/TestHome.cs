using System.Runtime.CompilerServices;

namespace Pact.Tests;

/// <summary>
/// Each test assembly gets a Pact home of its own (<c>PACT_HOME</c>: the solo key store, the solo ledgers, the trust
/// store, the audit-directory list), so the tests neither read what the machine's user left in <c>~/.config/pact</c>
/// (a CI step before them, a developer's own keys) nor leave thousands of ledgers there. Child processes inherit it.
/// </summary>
internal static class TestHome
{
    public static string Directory { get; private set; } = "";

#pragma warning disable CA2255 // A test assembly is the application here: its environment must be set before any test runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        Directory = Path.Combine(Path.GetTempPath(), "pact-tests", "home-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        Environment.SetEnvironmentVariable("PACT_HOME", Directory);
    }
}
