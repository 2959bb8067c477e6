using System.Text.Json.Nodes;
using Pact.Diagnostics;
using Pact.Engine.Gates;
using Pact.Projects;

namespace Pact.Engine.Tests.Gates;

public sealed class ValidateServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AValidProject_WithSuites_IsValid()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);

        var result = await _f.Get<ValidateService>().ValidateAsync(_f.Project, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.True(result.Data!.Valid);
        Assert.True(result.Data.Warnings == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(["decomposition/interview.json", "decomposition/tree.json"], result.Data.Checked.Where(c => c.StartsWith("decomposition/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(6, result.Data.Checked.Count);
    }

    [Fact]
    public async Task ASuiteWhosePythonDoesNotParse_IsAnError_FromTheRealInterpreter()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);
        var suite = ValidProject.Document()["suites"]!["pricing"]!;
        suite["generated_code"] = "def test_quote_happy(:\n    pass\n# quote_no_nights\n";
        ValidProject.WriteSuite(_f, "pricing", suite);

        var result = await _f.Get<ValidateService>().ValidateAsync(_f.Project, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("suite.code.syntax", "tests/pricing/contract_test_suite.json", "/generated_code"), (error.Rule, error.File, error.Pointer));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
        Assert.False(result.Data!.Valid);
    }

    [Fact]
    public async Task ABrokenArtifact_ReportsItsSchemaErrors_AndTheGatesStillRunOnTheRest()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);
        File.WriteAllText(Path.Combine(_f.Project, "contracts", "availability", "interface.json"), "{\"component_id\": \"availability\"}");

        var result = await _f.Get<ValidateService>().ValidateAsync(_f.Project, Ct);

        Assert.Contains(result.Diagnostics, d => d.Rule.StartsWith("schema.", StringComparison.Ordinal) && d.File == "contracts/availability/interface.json");
        Assert.Contains(result.Diagnostics, d => d.Rule == "project.contract.missing" && d.Pointer == "/nodes/availability");
    }

    [Fact]
    public async Task ProjectWideErrors_AreAllReported_WithRuleFilePointerAndFix()
    {
        await ValidProject.CreateAsync(_f, withSuites: true, Ct);
        var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(_f.Project, "contracts", "pricing", "interface.json")))!;
        contract["dependencies"] = new JsonArray("availability");
        contract["data_access"]!["rationale"] = "as needed";
        File.WriteAllText(Path.Combine(_f.Project, "contracts", "pricing", "interface.json"), contract.ToJsonString());

        var result = await _f.Get<ValidateService>().ValidateAsync(_f.Project, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Rule == "project.dependency.cycle");
        Assert.Contains(result.Diagnostics, d => d.Rule == "contract.data_access.rationale.short");
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Fix)));
        Assert.Equal(2, result.Data!.Errors);
    }

    [Fact]
    public async Task NotAProject_IsNotFound()
    {
        var result = await _f.Get<ValidateService>().ValidateAsync(_f.Dir.Combine("missing"), Ct);

        Assert.Equal(Outcome.NotFound, result.Outcome);
    }
}
