using Pact.Engine.Projects;
using Pact.Projects;
using Pact.State;

namespace Pact.Engine.Tests.Projects;

public sealed class StatusServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private void Write(string relative, string content) => _f.Dir.Write(Path.Combine("project", relative), content);

    [Fact]
    public async Task NewProject_IsInTheInterviewPhase_AndPointsAtTheTask()
    {
        await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct);

        var status = await _f.Get<StatusService>().GetAsync(_f.Project, Ct);

        Assert.True(status.Ok);
        Assert.Equal(Phase.Interview, status.Data!.Phase);
        Assert.False(status.Data.TaskWritten);
        Assert.Equal("pact_spec_apply", status.Data.Next.Tool);
        Assert.Equal(1, status.Data.AuditEvents);
        Assert.Equal(12, status.Data.RunId.Length);
    }

    [Fact]
    public async Task Phase_FollowsTheArtifacts_FromInterviewToImplementation()
    {
        await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct);
        Write("task.md", "Build a booking API.\n");
        Assert.Equal("pact_interview", (await Status()).Next.Tool);

        Write("decomposition/interview.json", "{}");
        Assert.Equal(Phase.Decompose, (await Status()).Phase);

        Write("decomposition/tree.json", """
            { "root_id": "api", "nodes": {
              "api": { "component_id": "api", "name": "API", "description": "root", "children": ["pricing", "rates"] },
              "pricing": { "component_id": "pricing", "name": "Pricing", "description": "prices", "depth": 1, "parent_id": "api" },
              "rates": { "component_id": "rates", "name": "Rates", "description": "rates", "depth": 1, "parent_id": "api" } } }
            """);
        var status = await Status();
        Assert.Equal(Phase.Contract, status.Phase);
        Assert.Equal("pact_contract", status.Next.Tool);
        Assert.Equal(3, status.Components);

        foreach (var id in new[] { "api", "pricing", "rates" })
        {
            Write($"contracts/{id}/interface.json", $$"""{ "component_id": "{{id}}", "name": "{{id}}", "description": "d" }""");
            Write($"tests/{id}/contract_test_suite.json", $$"""{ "component_id": "{{id}}", "contract_version": 1, "test_cases": [ { "id": "t", "description": "d", "function": "f", "category": "happy_path" } ] }""");
        }

        // The law is written but for the hidden suites the default profile asks for: those come before any code.
        status = await Status();
        Assert.Equal(Phase.Contract, status.Phase);
        Assert.Equal("pact_audit_init", status.Next.Tool);
    }

    [Fact]
    public async Task OnlyLeavesNeedContracts_AsTheGatesSay_AndACertifiedProjectIsComplete()
    {
        await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct);
        Write("task.md", "Build a booking API.\n");
        Write("decomposition/interview.json", "{}");
        Write("decomposition/tree.json", """
            { "root_id": "api", "nodes": {
              "api": { "component_id": "api", "name": "API", "description": "root", "children": ["pricing", "rates"] },
              "pricing": { "component_id": "pricing", "name": "Pricing", "description": "prices", "depth": 1, "parent_id": "api" },
              "rates": { "component_id": "rates", "name": "Rates", "description": "rates", "depth": 1, "parent_id": "api" } } }
            """);
        Write("contracts/pricing/interface.json", """{ "component_id": "pricing", "name": "pricing", "description": "d" }""");
        Assert.Equal("pact_contract", (await Status()).Next.Tool);
        Assert.Contains("rates", (await Status()).Next.Command, StringComparison.Ordinal);

        // The root has no contract: with both leaves contracted, suites come next, not a contract for the root.
        Write("contracts/rates/interface.json", """{ "component_id": "rates", "name": "rates", "description": "d" }""");
        var status = await Status();
        Assert.Equal("pact_tests", status.Next.Tool);
        Assert.Equal("2 component(s) have no visible test suite", status.Next.Reason);

        foreach (var id in new[] { "pricing", "rates" })
        {
            Write($"tests/{id}/contract_test_suite.json", $$"""{ "component_id": "{{id}}", "contract_version": 1, "test_cases": [ { "id": "t", "description": "d", "function": "f", "category": "happy_path" } ] }""");
        }

        // The visible suites are in, and the standard readiness profile asks for hidden suites: the auditor's audit
        // directory comes next, before any code, and code written early does not move it past the hidden suites.
        var tested = await Status();
        Assert.Equal(Phase.Contract, tested.Phase);
        Assert.Equal("pact_audit_init", tested.Next.Tool);
        Write("src/pricing/pricing.py", "pass\n");
        Assert.Equal("pact_audit_init", (await Status()).Next.Tool);
        Write("certification/certification.json", "{}");
        Assert.Equal(Phase.Complete, (await Status()).Phase);

        // Never backwards: a certified project whose interview record is gone is still complete.
        File.Delete(Path.Combine(_f.Project, "decomposition", "interview.json"));
        var certified = await Status();
        Assert.Equal(Phase.Complete, certified.Phase);
        Assert.Equal("pact_certify", certified.Next.Tool);
    }

    [Fact]
    public async Task BrokenArtifact_IsAWarning_NotACrash()
    {
        await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct);
        Write("decomposition/tree.json", "{ not json");

        var result = await _f.Get<StatusService>().GetAsync(_f.Project, Ct);

        Assert.True(result.Ok);
        Assert.Contains(result.Diagnostics, d => d.Rule == "input.json_syntax" && d.File == "decomposition/tree.json");
    }

    [Fact]
    public async Task Status_OfAFile_OrAMissingDirectory_SaysSo()
    {
        var file = _f.Dir.Write("file.txt", "x");

        Assert.Equal("project.not_a_directory", Assert.Single((await _f.Get<StatusService>().GetAsync(file, Ct)).Diagnostics).Rule);
        Assert.Equal(Outcome.NotFound, (await _f.Get<StatusService>().GetAsync(_f.Dir.Combine("missing"), Ct)).Outcome);
    }

    private async Task<StatusReport> Status()
    {
        var result = await _f.Get<StatusService>().GetAsync(_f.Project, Ct);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Data!;
    }
}
