using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

// pact resume, and the record of each run that it reads.
public sealed partial class PipelineRunService
{
    /// <summary>
    /// <c>pact resume DIR</c>: go on with the last <c>pact run</c> as it was asked (the same backend, model and
    /// <c>--implement</c>), once what stopped it is dealt with. A stop whose cause still stands is refused with the
    /// step that clears it, rather than run into again: a budget still spent, a plan not (or no longer) approved, a
    /// project already certified. A pause at a person's gate, a failure or the step limit simply goes on: the run
    /// reads where the project stands afresh, and stops at the same gate at once if no one answered it.
    /// </summary>
    public async Task<CommandResult<PipelineRunReport>> ResumeAsync(string directory, IProgress<PipelineStep>? progress, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<PipelineRunReport>(ResumeCommand, outcome, diagnostics);
        }

        var layout = project.Layout;
        var record = JsonFiles.ReadOrNull(layout.RunJson, PactJson.Context.PipelineRunRecord);
        if (record is null)
        {
            return CommandResults.Fail<PipelineRunReport>(ResumeCommand, Outcome.NotFound, Refusal("resume.no_run", layout, "no `pact run` has stopped in this project, so there is nothing to resume", $"start one: `pact run {layout.Root}` (add --implement to go on past the plan)"));
        }

        // After a plan-only stop the plan approval decides, as it would for a plain `pact run`.
        var request = new PipelineRunRequest
        {
            Implement = record.Implement,
            PlanOnly = record.PlanOnly && record.Stop != PipelineStop.PlanComplete,
            Backend = record.Backend,
            Model = record.Model,
            MaxSteps = record.MaxSteps > 0 ? record.MaxSteps : new PipelineRunRequest().MaxSteps,
            Progress = progress,
        };
        var spent = await PipelineCalls.SpentAsync(project, cancellationToken);
        var budget = project.Config.Budget;
        Diagnostic? standing = record.Stop switch
        {
            PipelineStop.Complete => Refusal("resume.complete", layout, "the last run certified the project: there is nothing to resume", $"verify the certificate: `pact certify {layout.Root} --verify`"),
            PipelineStop.Budget when budget > 0 && spent >= budget => Refusal("resume.budget_spent", layout, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the run stopped at the budget, and ${spent:0.####} of ${budget:0.####} is still spent"), "raise `budget` in pact.yaml (or set it to 0 for none), then resume"),
            PipelineStop.PlanComplete when Start(project, request) is ({ Implement: false } planned, _) => Refusal("resume.plan_unapproved", layout,
                $"the run stopped after the plan, and the plan is not approved{(planned.StalePlanApproval is { } at ? $" as it stands (the approval of {at} is for a plan that has changed since)" : "")}",
                $"approve it: `pact approve {layout.Root} --plan` (or go on regardless: `pact run {layout.Root} --implement`)"),
            _ => null,
        };
        if (standing is not null)
        {
            return CommandResults.Fail<PipelineRunReport>(ResumeCommand, Outcome.Invalid, standing);
        }

        var resumed = await RunAsync(directory, request, cancellationToken);
        return resumed with
        {
            Command = ResumeCommand,
            Data = resumed.Data is { } report ? report with { ResumedAfter = record.Stop, ResumedFromTime = record.StoppedAt } : null,
        };
    }

    private static Diagnostic Refusal(string rule, ProjectLayout layout, string message, string fix) =>
        new() { Rule = rule, File = layout.Relative(layout.RunJson), Message = message, Fix = fix };

    /// <summary>Keeps how this run was asked to drive the project and why it stopped, for <c>pact resume</c>.</summary>
    private CommandResult<PipelineRunReport> Remember(PipelineRun run, CommandResult<PipelineRunReport> result)
    {
        if (result.Data is { } report)
        {
            JsonFiles.WriteWhole(run.Project.Layout.RunJson, new PipelineRunRecord
            {
                Implement = run.Request.Implement,
                PlanOnly = run.Request.PlanOnly,
                Backend = run.Request.Backend,
                Model = run.Request.Model,
                MaxSteps = run.Request.MaxSteps,
                Stop = report.Stop,
                Message = report.Message,
                StoppedAt = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                SpentUsd = report.SpentUsd,
                BudgetUsd = report.BudgetUsd,
            }, PactJson.Context.PipelineRunRecord);
        }

        return result;
    }
}
