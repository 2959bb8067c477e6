using Pact.Judge;
using Pact.Projects;
using Pact.Suites;
using Pact.Engine.Analysis;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Production;
using Pact.Engine.Tests.Judge;
using Pact.Production;

namespace Pact.Engine.Tests.Production;

/// <summary>
/// The bundled python-ledger example taken the whole way (locked and hidden suites, certified under bubblewrap,
/// analysed, checklisted) with a finished pack: validate passes; then one changed source line makes it stale.
/// </summary>
public sealed class ProductionExampleTests : IDisposable
{
    private readonly JudgeFixture _f = new(projectName: "ledger-app");

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheCertifiedExample_WithACompletePack_Passes_UntilItsSourceChanges()
    {
        var example = JudgeTools.RepositoryFile("examples/python-ledger")!;
        await _f.InitAsync(TestLanguage.Python, hiddenRequired: true);
        Copy(Path.Combine(example, "contracts"), Path.Combine(_f.Project, "contracts"));
        _f.Decompose();
        Copy(Path.Combine(example, "src"), Path.Combine(_f.Project, "src"));
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), Ct)).Ok);
        foreach (var id in Directory.EnumerateFiles(Path.Combine(example, "suites", "visible")).Select(Path.GetFileNameWithoutExtension).OfType<string>())
        {
            Assert.True((await _f.LockAsync(id, Path.Combine(example, "suites", "visible", id + ".json"))).Ok);
            Assert.True((await _f.LockAsync(id, Path.Combine(example, "suites", "hidden", id + ".json"), SuiteKind.Hidden)).Ok);
        }

        var certified = await _f.Get<CertificationService>().CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
        Assert.True((await _f.Get<AnalysisService>().AnalyzeAsync(_f.Project, Ct)).Ok);
        Assert.True((await _f.Get<AnalysisService>().ChecklistAsync(_f.Project, Ct)).Ok);
        _f.Write("requirements.txt", "# the ledger uses the standard library only\n");
        _f.Write("bom.cdx.json", """{ "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [] }""");

        var service = _f.Get<ProductionService>();
        Assert.True((await service.InitAsync(_f.Project, force: false, Ct)).Ok);
        ProductionPack.Finish(_f.Project);
        ProductionPack.NotApplicable(_f.Project, ("SEC-03", "a library: it has no network entry point and no OpenAPI surface", "release review 2026-11-26"));
        ProductionPack.Evidence(_f.Project, _f.Get<TimeProvider>().GetUtcNow(), "OPS-02", "OPS-03", "SEC-04", "MON-01");

        var validated = await service.ValidateAsync(_f.Project, Ct);
        Assert.True(validated.Ok, string.Join("\n", validated.Diagnostics));
        var items = validated.Data!.Items.ToDictionary(i => i.Item);
        Assert.All(new[] { "SEC-01", "SEC-02", "GAT-01", "GAT-02", "GAT-03", "TST-01", "TST-02", "TST-03", "OPS-01", "OPS-04" }, id =>
            Assert.Equal((GateItemKind.Derived, GateItemState.Satisfied), (items[id].Kind, items[id].State)));
        Assert.Equal(GateItemState.NotApplicable, items["SEC-03"].State);
        Assert.Equal(StaticCheckStatus.NotDetected, validated.Data.StaticChecks.Single(c => c.Check == DerivedEvidence.Openapi).Status);

        File.AppendAllText(Path.Combine(_f.Project, "src", "money", "money.py"), "\n# a late edit\n");
        var stale = await service.ValidateAsync(_f.Project, Ct);
        Assert.Equal(Outcome.Invalid, stale.Outcome);
        var diagnostic = Assert.Single(stale.Diagnostics);
        Assert.Equal(("production.stale", "production/manifest.yaml", "/source_fingerprint"), (diagnostic.Rule, diagnostic.File, diagnostic.Pointer));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
