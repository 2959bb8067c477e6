using Pact.Engine.Gates;
using Pact.Engine.Projects;
using Pact.State;

namespace Pact.Engine.Tests.Gates;

/// <summary>
/// pact.yaml's build_mode and shaping act on the decomposition when it is submitted (they used to be accepted and
/// ignored): a tree of the wrong shape, or one before the pitch shaping asks for, is refused and nothing is written.
/// </summary>
public sealed class PlanSettingsTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SubmitService Submit => _f.Get<SubmitService>();

    private async Task InitAsync(string settings)
    {
        Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);
        File.WriteAllText(Path.Combine(_f.Project, "task.md"), (string)ValidProject.Document()["task"]!);
        await ValidProject.InterviewAsync(_f, Ct);
        File.AppendAllText(Path.Combine(_f.Project, "pact.yaml"), settings);
    }

    private string Unary() => _f.Dir.Write("unary.yaml", """
        root_id: booking
        nodes:
          booking: { component_id: booking, name: Booking, description: Tenant-scoped bookings of rooms. }
        """);

    [Fact]
    public async Task Unary_RefusesASplitTree_AndTakesTheWholeTaskAsOne()
    {
        await InitAsync("build_mode: unary\n");
        var before = TreeSnapshot.Of(_f.Project);

        var split = await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
        var whole = await Submit.DecomposeAsync(_f.Project, Unary(), Ct);

        var error = Assert.Single(split.Diagnostics, d => d.Severity == Pact.Diagnostics.Severity.Error);
        Assert.Equal(("decomposition.build_mode", "/nodes"), (error.Rule, error.Pointer));
        Assert.Contains("unary", error.Message, StringComparison.Ordinal);
        Assert.True(whole.Ok, string.Join("\n", whole.Diagnostics));
    }

    [Fact]
    public async Task Hierarchy_RefusesASingleComponent_AndAutoTakesEither()
    {
        await InitAsync("build_mode: hierarchy\n");

        var single = await Submit.DecomposeAsync(_f.Project, Unary(), Ct);
        File.WriteAllText(Path.Combine(_f.Project, "pact.yaml"), File.ReadAllText(Path.Combine(_f.Project, "pact.yaml")).Replace("build_mode: hierarchy", "build_mode: auto", StringComparison.Ordinal));
        var auto = await Submit.DecomposeAsync(_f.Project, Unary(), Ct);

        Assert.Equal("decomposition.build_mode", Assert.Single(single.Diagnostics, d => d.Severity == Pact.Diagnostics.Severity.Error).Rule);
        Assert.True(auto.Ok, string.Join("\n", auto.Diagnostics));
    }

    [Fact]
    public async Task WithShapingOn_StatusNamesThePitch_TheDecompositionWaitsForIt_ThenIsTaken()
    {
        await InitAsync("shaping: true\n");
        var pitch = _f.Dir.Write("pitch.yaml", Pact.Schemas.SchemaExamples.Text(Pact.Schemas.ArtifactKind.Pitch)!);
        Assert.True((await Submit.InterviewAsync(_f.Project, _f.Dir.Write("interview.yaml", Pact.Schemas.SchemaExamples.Text(Pact.Schemas.ArtifactKind.Interview)!), Ct)).Ok);

        var early = await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct);
        var refusedWroteNothing = !File.Exists(Path.Combine(_f.Project, "decomposition", "tree.json"));
        var status = (await _f.Get<StatusService>().GetAsync(_f.Project, Ct)).Data!;
        var shaped = await Submit.ShapeAsync(_f.Project, pitch, Ct);
        var after = await Submit.DecomposeAsync(_f.Project, ValidProject.Part(_f, "tree"), Ct);

        var error = Assert.Single(early.Diagnostics);
        Assert.Equal("order.pitch_first", error.Rule);
        Assert.Contains($"pact shape {_f.Project}", error.Fix, StringComparison.Ordinal);
        Assert.True(refusedWroteNothing);
        Assert.True(shaped.Ok, string.Join("\n", shaped.Diagnostics));
        Assert.True(after.Ok, string.Join("\n", after.Diagnostics));
        Assert.Equal(("pact_shape", Phase.Shape), (status.Next.Tool, status.Phase));
    }
}
