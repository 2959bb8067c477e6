using Pact.Engine.Judge.Authority;
using Pact.Readiness;

namespace Pact.Engine.Projects;

/// <summary>
/// <c>pact status</c>: the phase a project is in, derived from the artifacts on disk (so it is right even after a
/// crash), and the next step to take.
/// </summary>
public sealed class StatusService(ProjectStore store, ComponentsService components, Health.HealthReader health, ProjectIntegrity integrity, Reviews.ReviewArchive reviews)
{
    public const string Command = "status";

    public async Task<CommandResult<StatusReport>> GetAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<StatusReport>(Command, outcome, diagnostics);
        }

        var log = await ProjectLog.ReadAsync(project.Layout.AuditLog, ProjectIntegrity.CheckpointPath(project), cancellationToken);
        var view = await ReadAsync(project, log, cancellationToken);
        // A re-pointed authority or a project log that diverged from the judge's ledger is an error: status says so
        // (exit 1) and still shows where the project stands.
        List<Diagnostic> found = [.. view.Warnings, .. await integrity.CheckAsync(project, log, cancellationToken)];
        return found.Any(d => d.Severity == Severity.Error)
            ? new CommandResult<StatusReport> { Command = Command, Outcome = Outcome.Invalid, Data = view.Report, Diagnostics = found }
            : CommandResults.Ok(Command, view.Report, found);
    }

    /// <summary>
    /// The status of an opened project together with the full health report it summarizes, from one read of the audit
    /// log (<c>pact health</c> needs both: the phase makes the checks phase-aware).
    /// </summary>
    internal async Task<StatusView> ReadAsync(Project project, ProjectLog log, CancellationToken cancellationToken)
    {
        var layout = project.Layout;
        var warnings = new List<Diagnostic>();
        var state = await store.ReadAsync(layout, layout.StateJson, ArtifactKind.RunState, PactJson.Context.RunState, cancellationToken);
        if (state is { Ok: false })
        {
            warnings.AddRange(state.Diagnostics.Select(d => d with { Severity = Severity.Warning, Fix = "state.json is a cache; `pact status` works without it" }));
        }

        var (listing, componentWarnings) = await components.ReadAsync(layout, cancellationToken);
        warnings.AddRange(componentWarnings);
        warnings.AddRange(log.Problems);

        var taskWritten = File.Exists(layout.TaskMd) && (await File.ReadAllTextAsync(layout.TaskMd, cancellationToken)).Trim() != Templates.Task.Trim();
        var interviewed = File.Exists(layout.InterviewJson);
        var decomposed = listing.Components.Count > 0;
        var all = listing.Components;
        var contracts = all.Count(c => c.HasContract);
        var suites = all.Count(c => c.HasTests);
        var implemented = all.Count(c => c.HasImplementation);
        var certified = File.Exists(layout.CertificateJson);
        // As the gates have it (project.contract.missing): every leaf needs a contract; a parent's contract is optional,
        // but once written it needs a suite like any other.
        var needContract = all.Where(c => c.Type == "leaf" && !c.HasContract).ToList();
        var needSuite = all.Where(c => (c.Type == "leaf" || c.HasContract) && !c.HasTests).ToList();
        var needCode = all.Where(c => c.Type == "leaf" && !c.HasImplementation).ToList();

        // The hidden suites come after the visible ones and before any code (so no test is shaped by an implementation);
        // the audit directory is listed only then, and only when the readiness profile asks for hidden suites.
        var judge = new Judge.JudgeLayout(layout, project.Config);
        var lawWritten = decomposed && needContract.Count + needSuite.Count == 0;
        var hiddenRequired = Judge.Certification.CertifyPreconditions.HiddenRequiredBy(project.Config.Readiness ?? new ReadinessProfile()) is not null;
        var hidden = certified || !lawWritten ? [] : judge.ComponentsIfReadable(Pact.Judge.SuiteKind.Hidden);
        IReadOnlyList<string> needHidden = !hiddenRequired || hidden is null ? [] : [.. all.Where(c => c.Type == "leaf").Select(c => c.Id).Except(hidden, StringComparer.Ordinal)];
        // Then the runs, as the project log last saw them: every implemented leaf's visible suite passing, then (where
        // there are hidden suites, or they are there but unreadable here) a polish whose hidden verdicts all passed.
        var tally = log.Tally;
        var needTest = all.Where(c => c.Type == "leaf" && !tally.LatestVisiblePassed.GetValueOrDefault(c.Id)).ToList();
        IReadOnlyList<string> polishable = hidden is null ? (hiddenRequired ? [.. all.Where(c => c.Type == "leaf").Select(c => c.Id)] : []) : hidden;
        var needPolish = polishable.Where(id => !tally.LatestHiddenPassed.GetValueOrDefault(id)).ToList();

        // A Simulacrum's completion is material to adjudicate, never approval; an Advocate's blocker refuses certify.
        var (stored, unreadable) = await reviews.ReadAsync(layout, cancellationToken);
        warnings.AddRange(unreadable.Select(d => d with { Severity = Severity.Warning }));
        var needing = stored.Where(r => r.Open.Count > 0).Select(r => new Pact.Reviews.ReviewStatus { Id = r.Review.Id, Reviewer = r.Review.Reviewer, Open = r.Open }).ToList();

        // A component failing this many visible runs in a row is diagnosed before another attempt, as pact run does.
        var attempts = project.Config.MaxImplementationAttempts > 0 ? project.Config.MaxImplementationAttempts : Pipeline.PipelineRunService.DefaultImplementationAttempts;
        var needDiagnosis = new Dictionary<string, int>(StringComparer.Ordinal);
        var failingIds = needTest.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in needTest.Where(c => c.HasImplementation && tally.VisibleFailStreak.GetValueOrDefault(c.Id) >= attempts && !tally.OpenDiagnoses.ContainsKey(c.Id)))
        {
            if (await DependencyFailures.OnItsOwnAsync(store, layout, c.Id, failingIds, cancellationToken))
            {
                needDiagnosis[c.Id] = tally.VisibleFailStreak[c.Id];
            }
        }

        var (phase, next) = NextStepRule.Of(new ProjectProgress
        {
            Root = layout.Root,
            Certified = certified,
            TaskWritten = taskWritten,
            Interviewed = interviewed,
            NeedPitch = project.Config.Shaping && !File.Exists(layout.PitchJson),
            Decomposed = decomposed,
            NeedContract = [.. needContract.Select(c => c.Id)],
            NeedSuite = [.. needSuite.Select(c => c.Id)],
            NeedHidden = needHidden,
            NoAuditDirectory = judge.AuditDir is null,
            NeedCode = [.. needCode.Select(c => c.Id)],
            Claimed = LeaseService.InForce(layout, store.Time.GetUtcNow()).ToDictionary(l => l.ComponentId, l => l.Holder, StringComparer.Ordinal),
            NeedDiagnosis = needDiagnosis,
            OpenDiagnoses = needTest.Where(c => tally.OpenDiagnoses.ContainsKey(c.Id)).ToDictionary(c => c.Id, c => tally.OpenDiagnoses[c.Id], StringComparer.Ordinal),
            NeedTest = [.. needTest.Select(c => c.Id)],
            NeedPolish = needPolish,
            NotReviewed = !stored.Any(r => r.Review.Reviewer == Pact.Reviews.Reviewer.Advocate),
            NeedAdjudication = [.. needing.Where(r => r.Reviewer == Pact.Reviews.Reviewer.Advocate)],
        });

        var report = await health.ReadAsync(project, phase, log.Tally, cancellationToken);
        return new StatusView(new StatusReport
        {
            ProjectDir = layout.Root,
            RunId = state?.Value?.Id ?? "",
            Phase = phase,
            Language = project.Config.Language,
            TaskWritten = taskWritten,
            InterviewDone = interviewed,
            Decomposed = decomposed,
            Components = all.Count,
            Contracts = contracts,
            Suites = suites,
            Implementations = implemented,
            Certified = certified,
            Readiness = ResolvedReadiness.Of(project.Config.Readiness ?? new ReadinessProfile()).Dimensions,
            AuditEvents = log.Events,
            Next = next,
            Health = report.Status,
            ReviewsNeedingAdjudication = needing,
            HealthNote = report.Findings.FirstOrDefault(f => f.Status == Pact.Health.HealthStatus.Critical)?.ToString() ?? "",
        }, report, warnings, log.Problems);
    }
}
