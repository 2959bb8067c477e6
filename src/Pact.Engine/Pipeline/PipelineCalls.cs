using Pact.Engine.Backends;
using Pact.Engine.Health;

namespace Pact.Engine.Pipeline;

/// <summary>
/// The backend calls of a run and their accounting: each call goes to the backend of its step's role, its usage goes
/// into the health ledger (where the budget is measured), and no call starts once the recorded spend has reached the
/// budget. Calls may run at once; their checks and records take the run's lock, so with N calls in flight the spend
/// can pass the budget by at most the N-1 calls that started before it was reached.
/// </summary>
public sealed class PipelineCalls(HealthService health)
{
    /// <summary>Asks the backend of <paramref name="tool"/>'s role, in <paramref name="workingDirectory"/> (the project unless given).</summary>
    internal async Task<BackendAnswer> AskAsync(PipelineRun run, string tool, string phase, string prompt, string schema, bool mayEdit, CancellationToken cancellationToken, string? workingDirectory = null)
    {
        var role = run.For(tool);
        var answer = await role.Backend.AskAsync(new BackendRequest
        {
            Prompt = prompt,
            OutputSchema = schema,
            WorkingDirectory = workingDirectory ?? run.Root,
            Model = role.Model,
            MayEdit = mayEdit,
            Timeout = role.Timeout,
        }, cancellationToken);
        if (answer.State != BackendState.Unavailable)
        {
            await RecordAsync(run, phase, answer.InputTokens, answer.OutputTokens, answer.CostUsd, cancellationToken);
        }

        if (answer.Warning.Length > 0)
        {
            lock (run.Warnings)
            {
                if (!run.Warnings.Any(w => w.Message == answer.Warning))
                {
                    run.Warnings.Add(new Diagnostic { Rule = "run.spend_uncounted", Severity = Severity.Warning, Message = answer.Warning, Fix = "set a model whose price Pact knows (docs/RUN.md lists them), or watch the spend on the provider's side" });
                }
            }
        }

        return answer;
    }

    /// <summary>Every call's usage goes into the health ledger, where the budget is measured.</summary>
    internal async Task RecordAsync(PipelineRun run, string phase, long input, long output, double? cost, CancellationToken cancellationToken)
    {
        await run.Lock.WaitAsync(cancellationToken);
        try
        {
            var recorded = await health.RecordAsync(run.Root, phase, input, output, 1, cost ?? 0, cancellationToken);
            if (!recorded.Ok)
            {
                run.Warnings.AddRange(recorded.Diagnostics.Select(d => d with { Severity = Severity.Warning }));
            }
        }
        finally
        {
            run.Lock.Release();
        }
    }

    /// <summary>The run pauses before a call once the recorded spend has reached pact.yaml's budget.</summary>
    internal async Task<(Pact.Pipeline.PipelineStop, string)?> OverBudgetAsync(PipelineRun run, CancellationToken cancellationToken)
    {
        await run.Lock.WaitAsync(cancellationToken);
        try
        {
            var spent = await SpentAsync(run.Project, cancellationToken);
            var budget = run.Project.Config.Budget;
            return budget > 0 && spent >= budget
                ? (Pact.Pipeline.PipelineStop.Budget, string.Create(CultureInfo.InvariantCulture, $"the budget is spent: ${spent:0.####} recorded against a budget of ${budget:0.####} (pact.yaml budget); raise it to go on"))
                : null;
        }
        finally
        {
            run.Lock.Release();
        }
    }

    internal static async Task<double> SpentAsync(Project project, CancellationToken cancellationToken)
    {
        var log = await ProjectLog.ReadAsync(project.Layout.AuditLog, Judge.Authority.ProjectIntegrity.CheckpointPath(project), cancellationToken);
        return log.Tally.Usage.Values.Sum(p => p.SpendUsd);
    }
}
