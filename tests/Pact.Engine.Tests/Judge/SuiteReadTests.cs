using System.Text.Json;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Judge.Suites;
using Pact.Judge;
using Pact.Serialization;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// One judge call reads each locked suite from disk once: the freeze, the view check, the run and the redaction of a
/// hidden run all judge the same bytes, checked once against the lock hash (a master swapped between two reads of one
/// call could otherwise be checked in one form and run in another).
/// </summary>
public sealed class SuiteReadTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SuiteVault Vault => _f.Get<SuiteVault>();

    [Fact]
    public async Task Test_ReadsTheVisibleMasterOnce()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var before = Vault.DiskReads;

        var result = await _f.TestAsync("calc");

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, Vault.DiskReads - before);
    }

    [Fact]
    public async Task PolishAndCertify_ReadEachMasterOnce()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var init = await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
        var file = _f.Dir.Write("inputs/hidden.json", JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", file, SuiteKind.Hidden)).Ok);

        var before = Vault.DiskReads;
        var polished = await _f.Get<JudgeService>().PolishAsync(_f.Project, Ct);
        var polishReads = Vault.DiskReads - before;
        before = Vault.DiskReads;
        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        var certifyReads = Vault.DiskReads - before;

        Assert.True(polished.Ok, string.Join("\n", polished.Diagnostics));
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        // Polish: the visible master and the hidden one, once each. Certify: the live hidden master, read to freeze it
        // before the snapshot is taken, then the snapshot's copies of both, once each.
        Assert.Equal((2, 3), (polishReads, certifyReads));
    }
}
