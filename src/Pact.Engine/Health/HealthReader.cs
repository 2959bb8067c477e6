using Pact.Engine.Judge;
using Pact.Health;
using Pact.State;

namespace Pact.Engine.Health;

/// <summary>
/// Builds the health report of an opened project. Shared by <see cref="HealthService"/> and <c>pact status</c>
/// (which shows the overall health), so status needs no dependency on the service that itself asks status for the phase.
/// </summary>
public sealed class HealthReader(ProjectStore store, Reviews.ReviewArchive reviews)
{
    public async Task<HealthReport> ReadAsync(Project project, Phase phase, HealthTally tally, CancellationToken cancellationToken)
    {
        var layout = project.Layout;
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        var judge = new JudgeLayout(layout, project.Config);
        var advocate = (await reviews.ReadAsync(layout, cancellationToken)).Reviews.Where(r => r.Review.Reviewer == Pact.Reviews.Reviewer.Advocate).ToList();
        var artifacts = new HealthArtifacts(
            PlanArtifacts: new[] { layout.InterviewJson, layout.PitchJson, layout.TreeJson }.Count(File.Exists),
            Contracts: Directory.Exists(layout.ContractsDir) ? Directory.EnumerateDirectories(layout.ContractsDir).Count(d => File.Exists(Path.Combine(d, "interface.json"))) : 0,
            Suites: judge.Components(SuiteKind.Visible).Count + judge.Components(SuiteKind.Hidden).Count,
            BudgetCap: project.Config.Budget,
            Reviews: advocate.Count,
            ReviewRejections: advocate.Count(r => r.Review.Findings.Any(f => Pact.Reviews.ReviewFinding.Blocks(r.Review.Reviewer, f))));
        var (metrics, failed) = tally.Metrics(tree is { Ok: true } ? tree.Value : null, artifacts);
        var thresholds = HealthThresholds.From(project.Config.HealthThresholds);
        var assessment = HealthCheck.Evaluate(metrics, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(phase.ToString()), thresholds);
        return new HealthReport
        {
            ProjectDir = layout.Root,
            Phase = phase,
            Status = assessment.Status,
            ShouldAbort = assessment.ShouldAbort,
            ChecksEnabled = assessment.ChecksEnabled,
            Metrics = metrics,
            Derived = HealthFormulas.Derive(metrics),
            Findings = assessment.Findings,
            Remedies = assessment.Remedies,
            FailedComponents = failed,
            Thresholds = thresholds,
        };
    }
}
