using Pact.Engine.Judge.Authority;
using Pact.Health;

namespace Pact.Engine.Health;

/// <summary>
/// <c>pact health</c>: is the process producing, or consuming itself? Pact never calls a model, so the counters come
/// from what it sees (audit log, recorded suite runs, artifacts on disk) plus the usage the agent reports with
/// <c>pact health record</c>. The report is read-only and exits 0 whatever the health: it informs, it does not gate.
/// </summary>
public sealed class HealthService(ProjectStore store, StatusService status)
{
    public const string Command = "health";
    public const string RecordCommand = "health record";

    public async Task<CommandResult<HealthReport>> ReportAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<HealthReport>(Command, outcome, diagnostics);
        }

        var log = await ProjectLog.ReadAsync(project.Layout.AuditLog, ProjectIntegrity.CheckpointPath(project), cancellationToken);
        var view = await status.ReadAsync(project, log, cancellationToken);
        await log.SaveAsync(ledger: null, cancellationToken);
        return CommandResults.Ok(Command, view.Health, view.AuditProblems);
    }

    /// <summary>
    /// Adds the agent's usage for one phase to the ledger (an audit event, written under the project lock so
    /// concurrent records all count). Everything is checked first: a refused record writes nothing.
    /// </summary>
    public async Task<CommandResult<UsageRecordReport>> RecordAsync(string directory, string phase, long inputTokens, long outputTokens, long? calls, double? spendUsd, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<UsageRecordReport>(RecordCommand, outcome, diagnostics);
        }

        var problems = Validate(phase, inputTokens, outputTokens, calls, spendUsd);
        if (problems.Count > 0)
        {
            return CommandResults.Fail<UsageRecordReport>(RecordCommand, Outcome.Invalid, problems);
        }

        var usage = new AuditUsage { Phase = phase, InputTokens = inputTokens, OutputTokens = outputTokens, Calls = calls ?? 1, SpendUsd = spendUsd ?? 0 };
        var layout = project.Layout;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{phase}: {usage.InputTokens} input + {usage.OutputTokens} output tokens, {usage.Calls} call(s), ${usage.SpendUsd:0.####}");
        if (await store.CommitAsync(layout, AuditActions.HealthRecord, detail, [], cancellationToken, usage: usage) is null)
        {
            return CommandResults.Fail<UsageRecordReport>(RecordCommand, Outcome.Busy, store.Busy(layout));
        }

        var log = await ProjectLog.ReadAsync(layout.AuditLog, ProjectIntegrity.CheckpointPath(project), cancellationToken);
        await log.SaveAsync(ledger: null, cancellationToken);
        return CommandResults.Ok(RecordCommand, new UsageRecordReport
        {
            ProjectDir = layout.Root,
            Recorded = usage,
            PhaseTotal = log.Tally.Usage.GetValueOrDefault(phase) ?? new PhaseUsage(),
        }, log.Problems);
    }

    private static List<Diagnostic> Validate(string phase, long inputTokens, long outputTokens, long? calls, double? spendUsd)
    {
        var problems = new List<Diagnostic>();
        if (!HealthPhases.IsKnown(phase))
        {
            var closest = HealthPhases.Closest(phase);
            problems.Add(new Diagnostic
            {
                Rule = "health.phase.unknown",
                Pointer = "/phase",
                Message = $"phase '{phase}' is not one Pact knows",
                Fix = (closest is null ? "" : $"did you mean '{closest}'? ") + $"use one of: {string.Join(", ", HealthPhases.Known)}",
            });
        }

        foreach (var (name, value) in new[] { ("input_tokens", inputTokens), ("output_tokens", outputTokens), ("calls", calls ?? 0) })
        {
            if (value < 0)
            {
                problems.Add(Negative(name, value.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (spendUsd is { } spend && (spend < 0 || !double.IsFinite(spend)))
        {
            problems.Add(Negative("spend_usd", spend.ToString(CultureInfo.InvariantCulture)) with
            {
                Message = $"spend_usd is {spend.ToString(CultureInfo.InvariantCulture)}; it must be a finite amount of dollars, 0 or more",
            });
        }

        return problems;
    }

    private static Diagnostic Negative(string field, string value) => new()
    {
        Rule = "health.usage.negative",
        Pointer = "/" + field,
        Message = $"{field} is {value}; usage cannot be negative",
        Fix = $"report the {field.Replace('_', ' ')} as a count of 0 or more (the amounts of one call or batch of calls, not a correction)",
    };

}
