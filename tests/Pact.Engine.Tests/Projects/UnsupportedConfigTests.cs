using Pact.Engine.Projects;
using Pact.Engine.Specs;
using Pact.Projects;

namespace Pact.Engine.Tests.Projects;

/// <summary>
/// A pact.yaml key this build would ignore is refused where a config becomes the project's: when the project opens
/// (so every command says so, not one) and when a build spec would write it, before anything is written.
/// </summary>
public sealed class UnsupportedConfigTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AProjectSettingAContextLimit_DoesNotOpen_AndTheErrorNamesTheLineAndTheFix()
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        var yaml = Path.Combine(_f.Project, "pact.yaml");
        File.AppendAllText(yaml, "context_max_chars: 8000\n");
        var line = File.ReadAllLines(yaml).Length;

        var (project, outcome, diagnostics) = await _f.Get<ProjectStore>().OpenAsync(_f.Project, Ct);
        var status = await _f.Get<StatusService>().GetAsync(_f.Project, Ct);

        Assert.Null(project);
        Assert.Equal(Outcome.Invalid, outcome);
        var refused = Assert.Single(diagnostics);
        Assert.Equal(("config.not_supported", "pact.yaml", "/context_max_chars", line), (refused.Rule, refused.File, refused.Pointer, refused.Line));
        Assert.Contains("pact run", refused.Message, StringComparison.Ordinal);
        Assert.False(status.Ok);
    }

    [Fact]
    public async Task ABuildSpecSettingAKeyThatWouldBeIgnored_IsRefused_AndWritesNothing()
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        var spec = _f.Dir.Write("spec.yaml", "version: \"1\"\ntask: Build a ledger.\nconfig:\n  budget: 25\n  context_max_chars: 8000\n");
        var before = TreeSnapshot.Of(_f.Project);

        var applied = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.False(applied.Ok);
        Assert.Equal(("config.not_supported", "/context_max_chars"), (Assert.Single(applied.Diagnostics).Rule, applied.Diagnostics[0].Pointer));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }
}
