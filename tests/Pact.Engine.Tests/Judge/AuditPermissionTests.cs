using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Judge;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// The audit directory holds the hidden suites and the signing key: only its owner may read it. Every directory Pact
/// makes there is 0700 and every file 0600 from the moment it is created (no window in which another user can open it).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AuditPermissionTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task AuditDirectory_IsOwnerOnly_AndSoIsEverythingInIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await _f.InitAsync();
        await _f.CalcAsync();
        // Locked before audit-init: audit-init moves this master into the audit directory.
        var audit = _f.Dir.Combine("audit");
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, audit, Ct)).Ok);
        var hidden = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", hidden, SuiteKind.Hidden)).Ok);

        Assert.Equal(Owner, File.GetUnixFileMode(audit));
        var directories = Directory.EnumerateDirectories(audit, "*", SearchOption.AllDirectories).ToList();
        var files = Directory.EnumerateFiles(audit, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("hidden.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(SigningKeys.PrivateKeyFile, StringComparison.Ordinal));
        Assert.All(directories, d => Assert.True(File.GetUnixFileMode(d) == Owner, $"{d} is {File.GetUnixFileMode(d)}"));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerFile, $"{f} is {File.GetUnixFileMode(f)}"));
    }

    [Fact]
    public void SoloKeyStore_IsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = _f.Dir.Combine("home", "keys");
        using (SigningKeys.LoadOrCreate(store))
        {
        }

        Assert.Equal(Owner, File.GetUnixFileMode(store));
        Assert.All(Directory.EnumerateFiles(store), f => Assert.True(File.GetUnixFileMode(f) == OwnerFile, $"{f} is {File.GetUnixFileMode(f)}"));
    }
}
