using Pact.Engine.Tasks;
using Pact.Engine.Tests.Gates;
using Pact.Projects;

namespace Pact.Engine.Tests.Tasks;

public sealed class TasksServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TasksService Service => _f.Get<TasksService>();

    [Fact]
    public async Task Tasks_AreGeneratedInPhases_WithFiveChainedTasksPerLeaf()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);

        var result = await Service.TasksAsync(_f.Project, null, null, null, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var tasks = result.Data!.Tasks;
        Assert.Equal(["setup", "setup", "component", "component", "component", "component", "component", "component", "component", "component", "component", "component", "integration", "integration", "integration", "integration", "polish", "polish", "polish"], tasks.Select(t => t.Phase));
        Assert.Equal(["contract_review", "test_setup", "test_write", "implement", "verify"], tasks.Where(t => t.ComponentId == "pricing").Select(t => t.Category));
        var integrate = Assert.Single(tasks, t => t.Category == "integrate");
        Assert.Contains(tasks.Single(t => t.ComponentId == "pricing" && t.Category == "verify").Id, integrate.DependsOn);
        var markdown = File.ReadAllText(Path.Combine(_f.Project, "TASKS.md"));
        Assert.StartsWith("# TASKS — booking", markdown, StringComparison.Ordinal);
        Assert.Contains("- [ ] T003 [P] [availability] Review contract for Availability (contracts/availability/interface.json)", markdown, StringComparison.Ordinal);
        Assert.Contains("CHECKPOINT: All leaf components verified", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_MarksATask_AndTheMarkSurvivesTheNextListing()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);

        var completed = await Service.TasksAsync(_f.Project, null, null, "T001", Ct);
        var again = await Service.TasksAsync(_f.Project, "setup", null, null, Ct);

        Assert.Equal("completed", completed.Data!.Tasks[0].Status);
        Assert.Equal(["completed", "pending"], again.Data!.Tasks.Select(t => t.Status));
        Assert.Contains("Progress: 1/19 completed (5%)", File.ReadAllText(Path.Combine(_f.Project, "TASKS.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_AndBadArguments()
    {
        await ValidProject.CreateAsync(_f, withSuites: false, Ct);

        var pricing = await Service.TasksAsync(_f.Project, null, "pricing", null, Ct);
        var badPhase = await Service.TasksAsync(_f.Project, "coding", null, null, Ct);
        var badTask = await Service.TasksAsync(_f.Project, null, null, "T999", Ct);

        Assert.Equal(5, pricing.Data!.Tasks.Count);
        Assert.Equal(Outcome.Invalid, badPhase.Outcome);
        Assert.Contains("setup, foundational, component, integration, polish", badPhase.Diagnostics[0].Fix, StringComparison.Ordinal);
        Assert.Equal(Outcome.NotFound, badTask.Outcome);
    }
}
