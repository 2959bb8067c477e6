using Pact.Diagnostics;
using Pact.Engine.Projects;
using Pact.Projects;
using Pact.Engine.Production;
using Pact.Production;

namespace Pact.Engine.Tests.Production;

/// <summary>
/// Each state of a gate item on a real project and pack on disk: every blocking state refuses validate with a
/// diagnostic naming the item and the file (and the field, where it is one); status reports the same without blocking.
/// </summary>
public sealed class ProductionGateTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ProductionService Service => _f.Get<ProductionService>();

    private string Pack => ProductionPack.Dir(_f.Project);

    private async Task InitAsync(string? security = null)
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        if (security is not null)
        {
            var config = Path.Combine(_f.Project, "pact.yaml");
            File.WriteAllText(config, File.ReadAllText(config).Replace("security:\n    level: standard", $"security:\n    level: {security}", StringComparison.Ordinal));
        }

        var init = await Service.InitAsync(_f.Project, force: false, Ct);
        Assert.True(init.Ok, string.Join("\n", init.Diagnostics));
    }

    private async Task<(CommandResult<ProductionReport> Result, GateItemStatus Item, Diagnostic Diagnostic)> ValidateAsync(string item)
    {
        var result = await Service.ValidateAsync(_f.Project, Ct);
        Assert.Equal(Outcome.Invalid, result.Outcome);
        var status = Assert.Single(result.Data!.Items, i => i.Item == item);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.StartsWith(item + ":", StringComparison.Ordinal));
        return (result, status, diagnostic);
    }

    [Fact]
    public async Task Init_WritesEveryPackFile_AndRefusesToOverwriteWithoutForce()
    {
        await InitAsync();
        foreach (var (name, _) in ProductionFiles.All)
        {
            Assert.True(File.Exists(Path.Combine(Pack, name)), name);
        }

        Assert.True(Directory.Exists(Path.Combine(Pack, "reports")));
        File.WriteAllText(Path.Combine(Pack, "prompt.md"), "mine\n");
        var again = await Service.InitAsync(_f.Project, force: false, Ct);
        Assert.Equal(Outcome.Invalid, again.Outcome);
        Assert.Equal("production.exists", Assert.Single(again.Diagnostics).Rule);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(Pack, "prompt.md")));

        Assert.True((await Service.InitAsync(_f.Project, force: true, Ct)).Ok);
        Assert.Contains(PlaceholderRule.Marker, File.ReadAllText(Path.Combine(Pack, "prompt.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_CarriesTheReadinessProfile_AndTheMatrixListsEveryResolvedControl()
    {
        await InitAsync(security: "strict");
        var status = await Service.StatusAsync(_f.Project, Ct);
        Assert.Equal(Outcome.Ok, status.Outcome);
        Assert.Equal(GateItemState.Satisfied, Assert.Single(status.Data!.Items, i => i.Item == ProductionFiles.Manifest).State);
        var matrix = File.ReadAllText(Path.Combine(Pack, ProductionFiles.ControlMatrix));
        foreach (var id in new[] { "SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06" })
        {
            Assert.Contains($"id: {id}", matrix, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id: SEC-07", matrix, StringComparison.Ordinal);
        Assert.Contains("level: strict", File.ReadAllText(Path.Combine(Pack, ProductionFiles.Manifest)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDerivedEvidence_Blocks_NamingTheItemAndTheArtifact()
    {
        await InitAsync();
        var (_, item, diagnostic) = await ValidateAsync("TST-03");
        Assert.Equal(GateItemState.Missing, item.State);
        Assert.Equal(GateItemKind.Derived, item.Kind);
        Assert.Equal("analysis.json", diagnostic.File);
        Assert.Equal("production.missing", diagnostic.Rule);
        Assert.Contains("pact analyze", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceholderText_Blocks_NamingTheFileAndLine()
    {
        await InitAsync();
        ProductionPack.Finish(_f.Project);
        File.WriteAllText(Path.Combine(Pack, "threat_model.yaml"), "version: \"1\"\nthreats:\n  - id: TH1\n    threat: \"TODO(pact): what could go wrong\"\n    control: SEC-01\n");
        var (_, item, diagnostic) = await ValidateAsync("threat_model.yaml");
        Assert.Equal(GateItemState.Placeholder, item.State);
        Assert.Equal("production/threat_model.yaml", diagnostic.File);
        Assert.Equal("production.placeholder", diagnostic.Rule);
        Assert.Contains("line 4", diagnostic.Message, StringComparison.Ordinal);
        // The finished files pass the placeholder rule.
        var result = await Service.ValidateAsync(_f.Project, Ct);
        Assert.All(result.Data!.Items.Where(i => ProductionPack.Finished.ContainsKey(i.Item) && i.Item != "threat_model.yaml"), i => Assert.Equal(GateItemState.Satisfied, i.State));
    }

    [Fact]
    public async Task PlaceholderInAnEvidenceFile_Blocks()
    {
        await InitAsync();
        ProductionPack.Evidence(_f.Project, _f.Time.GetUtcNow(), "OPS-02");
        var report = Path.Combine(Pack, "reports", "OPS-02.md");
        File.WriteAllText(report, "TODO(pact): write the config review\n");
        var gate = File.ReadAllText(Path.Combine(Pack, ProductionFiles.DoneGate));
        File.WriteAllText(Path.Combine(Pack, ProductionFiles.DoneGate), System.Text.RegularExpressions.Regex.Replace(gate, "sha256: [0-9a-f]{64}", "sha256: " + ProductionPack.Sha256(report)));
        var (_, item, diagnostic) = await ValidateAsync("OPS-02");
        Assert.Equal(GateItemState.Placeholder, item.State);
        Assert.Equal("production/reports/OPS-02.md", diagnostic.File);
    }

    [Fact]
    public async Task ChangedSource_MakesTheFingerprintStale_UntilItIsWrittenAgain()
    {
        await InitAsync();
        var before = (await Service.FingerprintAsync(_f.Project, write: false, Ct)).Data!.Fingerprint;
        Assert.Equal(GateItemState.Satisfied, (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Single(i => i.Item == ProductionFiles.Manifest).State);

        _f.Dir.Write("project/src/calc/calc.py", "def add(a, b):\n    return a + b\n");
        var after = await Service.FingerprintAsync(_f.Project, write: false, Ct);
        Assert.NotEqual(before, after.Data!.Fingerprint);
        Assert.Contains("src/calc/calc.py", after.Data.Files);

        var (_, item, diagnostic) = await ValidateAsync(ProductionFiles.Manifest);
        Assert.Equal(GateItemState.Stale, item.State);
        Assert.Equal("production.stale", diagnostic.Rule);
        Assert.Equal("production/manifest.yaml", diagnostic.File);
        Assert.Equal("/source_fingerprint", diagnostic.Pointer);

        Assert.True((await Service.FingerprintAsync(_f.Project, write: true, Ct)).Data!.Written);
        Assert.Equal(GateItemState.Satisfied, (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Single(i => i.Item == ProductionFiles.Manifest).State);
    }

    [Fact]
    public async Task TheFingerprint_IgnoresRunStateAndThePack()
    {
        await InitAsync();
        var before = (await Service.FingerprintAsync(_f.Project, write: false, Ct)).Data!;
        _f.Dir.Write("project/.pact/scratch.txt", "run state");
        _f.Dir.Write("project/production/reports/new.md", "evidence");
        _f.Dir.Write("project/src/calc/__pycache__/calc.pyc", "bytecode");
        var after = (await Service.FingerprintAsync(_f.Project, write: false, Ct)).Data!;
        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.Contains("pact.yaml", after.Files);
        Assert.DoesNotContain(after.Files, f => f.StartsWith(".pact/", StringComparison.Ordinal) || f.StartsWith("production/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgedOutEvidence_Blocks_OnceTheClockPassesTheBound()
    {
        await InitAsync();
        ProductionPack.Evidence(_f.Project, _f.Time.GetUtcNow(), "OPS-02");
        Assert.Equal(GateItemState.Satisfied, (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Single(i => i.Item == "OPS-02").State);

        _f.Time.Advance(TimeSpan.FromDays(ProductionService.DefaultMaxValidationAgeDays + 1));
        var (_, item, diagnostic) = await ValidateAsync("OPS-02");
        Assert.Equal(GateItemState.Stale, item.State);
        Assert.Equal("production/done_gate.yaml", diagnostic.File);
        Assert.Equal("/evidence/0/date", diagnostic.Pointer);
        Assert.Contains("older than max_validation_age_days", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceChangedAfterItWasRecorded_IsStale()
    {
        await InitAsync();
        ProductionPack.Evidence(_f.Project, _f.Time.GetUtcNow(), "OPS-02");
        File.AppendAllText(Path.Combine(Pack, "reports", "OPS-02.md"), "An edit after the record.\n");
        var (_, item, diagnostic) = await ValidateAsync("OPS-02");
        Assert.Equal(GateItemState.Stale, item.State);
        Assert.Equal("/evidence/0/sha256", diagnostic.Pointer);
    }

    [Fact]
    public async Task NotApplicableWithoutJustification_Blocks_AndWithOneIsAccepted()
    {
        await InitAsync();
        ProductionPack.NotApplicable(_f.Project, ("SEC-03", "", "review-1"), ("MON-01", "a library: it emits no logs of its own", ""));
        var (result, item, diagnostic) = await ValidateAsync("SEC-03");
        Assert.Equal(GateItemState.Failed, item.State);
        Assert.Equal("production/na_register.yaml", diagnostic.File);
        Assert.Equal("/records/0/justification", diagnostic.Pointer);
        var noReview = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("MON-01:", StringComparison.Ordinal));
        Assert.Equal("/records/1/review", noReview.Pointer);

        ProductionPack.NotApplicable(_f.Project, ("SEC-03", "a library with no network entry point", "review-1"));
        var status = await Service.StatusAsync(_f.Project, Ct);
        Assert.Equal(GateItemState.NotApplicable, status.Data!.Items.Single(i => i.Item == "SEC-03").State);
    }

    [Fact]
    public async Task ExternalItemWithoutEvidence_Blocks_NamingDoneGate()
    {
        await InitAsync();
        var (_, item, diagnostic) = await ValidateAsync("OPS-03");
        Assert.Equal(GateItemKind.External, item.Kind);
        Assert.Equal(GateItemState.Missing, item.State);
        Assert.Equal("production/done_gate.yaml", diagnostic.File);
        Assert.Equal("/evidence", diagnostic.Pointer);
    }

    [Fact]
    public async Task DerivedItems_TakeNoExternalRecord()
    {
        await InitAsync();
        // A report claiming the analysis was done does not stand in for analysis.json.
        ProductionPack.Evidence(_f.Project, _f.Time.GetUtcNow(), "TST-03");
        var (_, item, _) = await ValidateAsync("TST-03");
        Assert.Equal(GateItemState.Missing, item.State);
    }

    [Fact]
    public async Task AMatrixThatMakesADerivedControlExternal_IsRefused()
    {
        await InitAsync();
        var matrix = Path.Combine(Pack, ProductionFiles.ControlMatrix);
        var text = File.ReadAllText(matrix);
        var at = text.IndexOf("id: TST-03", StringComparison.Ordinal);
        var kind = text.IndexOf("kind: derived", at, StringComparison.Ordinal);
        File.WriteAllText(matrix, text[..kind] + "kind: external" + text[(kind + "kind: derived".Length)..]);
        var (_, item, diagnostic) = await ValidateAsync("TST-03");
        Assert.Equal(GateItemState.Failed, item.State);
        Assert.Equal("production/control_matrix.yaml", diagnostic.File);
        Assert.EndsWith("/kind", diagnostic.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APackReadinessThatDriftedFromPactYaml_IsRefused()
    {
        await InitAsync();
        var config = Path.Combine(_f.Project, "pact.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("security:\n    level: standard", "security:\n    level: strict", StringComparison.Ordinal));
        var (result, item, diagnostic) = await ValidateAsync(ProductionFiles.Manifest);
        Assert.Equal(GateItemState.Failed, item.State);
        Assert.Equal("/readiness", diagnostic.Pointer);
        // The matrix seeded for standard lacks the controls strict adds.
        Assert.Equal("/controls", Assert.Single(result.Diagnostics, d => d.Message.StartsWith("SEC-05:", StringComparison.Ordinal)).Pointer);
    }

    [Fact]
    public async Task StrictSecurity_DemandsMoreGateItemsThanBasic()
    {
        await InitAsync(security: "basic");
        var basic = (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Where(i => i.Item.StartsWith("SEC-", StringComparison.Ordinal)).Select(i => i.Item).ToList();
        Directory.Delete(_f.Project, recursive: true);
        await InitAsync(security: "strict");
        var strict = (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Where(i => i.Item.StartsWith("SEC-", StringComparison.Ordinal)).ToList();

        Assert.Equal(["SEC-01", "SEC-02"], basic);
        Assert.Equal(["SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06"], strict.Select(i => i.Item));
        // The strict controls each block until evidenced: SEC-03 from the OpenAPI check, SEC-05 and SEC-06 by records.
        Assert.Equal(GateItemKind.Derived, strict.Single(i => i.Item == "SEC-03").Kind);
        Assert.All(strict.Where(i => i.Item is "SEC-05" or "SEC-06"), i => Assert.Equal((GateItemKind.External, GateItemState.Missing), (i.Kind, i.State)));
    }

    [Fact]
    public async Task ACustomControl_IsAnExternalItem()
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        var config = Path.Combine(_f.Project, "pact.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("monitoring:\n    level: basic\n    controls: []", "monitoring:\n    level: basic\n    controls: [\"Pager rota covers weekends\"]", StringComparison.Ordinal));
        Assert.True((await Service.InitAsync(_f.Project, force: false, Ct)).Ok);
        var item = (await Service.StatusAsync(_f.Project, Ct)).Data!.Items.Single(i => i.Item == "Pager rota covers weekends");
        Assert.Equal((GateItemKind.External, GateItemState.Missing), (item.Kind, item.State));
    }
}
