using Pact.Engine.Judge.Certification;
using Pact.Engine.Projects;
using Pact.Projects;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// A certificate means the whole law held (issue 12, item 7): certify refuses an incomplete project, each gap with
/// its own rule and a message naming what is missing, before any suite runs or anything is signed.
/// </summary>
public sealed class CertifyCompletenessTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string P(string relative) => Path.Combine(_f.Project, relative);

    private CertificationService Service => _f.Get<CertificationService>();

    /// <summary>The cheat: `pact validate` fails, task.md is the template, there is no decomposition, and certify signs.</summary>
    [Fact]
    public async Task Certify_Refuses_AProjectWhoseValidateFails_WithTheTemplateTask_AndNoDecomposition()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.WriteAllText(P("task.md"), Templates.Task);
        File.Delete(P("decomposition/tree.json"));
        _f.Write("contracts/broken/interface.json", "{ \"component_id\": \"broken\" }");
        Assert.False((await _f.Get<Pact.Engine.Gates.ValidateService>().ValidateAsync(_f.Project, Ct)).Ok);

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        Assert.Equal(Outcome.Invalid, certified.Outcome);
        var rules = certified.Diagnostics.Select(d => d.Rule).ToList();
        Assert.Contains("certify.task_template", rules);
        Assert.Contains("certify.no_decomposition", rules);
        Assert.Contains("certify.validate_failed", rules);
        Assert.False(File.Exists(P("certification/certification.json")));
    }

    private async Task<Pact.Diagnostics.Diagnostic> RefusedAsync(string rule)
    {
        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);
        Assert.Equal(Outcome.Invalid, certified.Outcome);
        Assert.False(File.Exists(P("certification/certification.json")));
        return Assert.Single(certified.Diagnostics, d => d.Rule == rule);
    }

    [Fact]
    public async Task TemplateTask_AloneRefuses()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.WriteAllText(P("task.md"), Templates.Task);

        var refusal = await RefusedAsync(CertifyPreconditions.TaskTemplate);

        Assert.Equal([CertifyPreconditions.TaskTemplate], (await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct)).Diagnostics.Select(d => d.Rule));
        Assert.Contains("task.md", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoDecomposition_Refuses()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.Delete(P("decomposition/tree.json"));

        Assert.Contains("decomposition/tree.json", (await RefusedAsync(CertifyPreconditions.NoDecomposition)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateErrors_Refuse_NamingTheRule()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        // A contract the decomposition does not know: `pact validate` reports project.contract.not_in_tree.
        _f.Write("contracts/stray/interface.json", File.ReadAllText(P("contracts/calc/interface.json")).Replace("\"calc\"", "\"stray\"", StringComparison.Ordinal));

        Assert.Contains("project.contract.not_in_tree", (await RefusedAsync(CertifyPreconditions.ValidateFailed)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALeafWithoutAContract_OrWithoutALockedVisibleSuite_Refuses_NamingIt()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        _f.Contract("extra", ["more"]);

        // extra has a contract but no locked visible suite.
        Assert.Contains("extra", (await RefusedAsync(CertifyPreconditions.VisibleSuiteMissing)).Message, StringComparison.Ordinal);

        File.Delete(P("contracts/extra/interface.json"));
        Assert.Contains("extra", (await RefusedAsync(CertifyPreconditions.ContractMissing)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProfileAskingForHiddenSuites_RefusesAComponentWithout_NamingItAndTheLevel()
    {
        await _f.InitAsync(hiddenRequired: true);
        await _f.CalcAsync();

        var refusal = await RefusedAsync(CertifyPreconditions.HiddenSuiteMissing);

        Assert.Contains("calc", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("testing: standard", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("GAT-02", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWholeProject_Certifies()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var certified = await Service.CertifyAsync(_f.Project, allowUnisolated: false, Ct);

        Assert.True(certified.Ok, string.Join("\n", certified.Diagnostics));
    }
}
