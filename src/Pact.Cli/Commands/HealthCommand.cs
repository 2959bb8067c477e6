using System.Globalization;
using Pact.Engine.Health;
using Pact.Health;

namespace Pact.Cli.Commands;

/// <summary><c>pact health DIR</c> (the report; exit 0 whatever the health) and <c>pact health record DIR …</c> (the agent's usage).</summary>
internal static class HealthCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = context.Verb<HealthService, HealthReport>("health", "Health metrics: is the process producing or consuming itself? Exit 0 whatever the health", [dir],
            (service, parse, cancellationToken) => service.ReportAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultHealthReport, Print);
        command.Subcommands.Add(Record(context));
        return command;
    }

    private static Command Record(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var phase = new Option<string>("--phase") { Description = $"The phase the usage belongs to: {string.Join(", ", HealthPhases.Known)}", Required = true };
        var input = new Option<long>("--input-tokens") { Description = "Input tokens used", Required = true };
        var output = new Option<long>("--output-tokens") { Description = "Output tokens used", Required = true };
        var calls = new Option<long?>("--calls") { Description = "Model calls these tokens span (default 1)" };
        var spend = new Option<double?>("--spend") { Description = "What the calls cost, in US dollars" };
        return context.Verb<HealthService, UsageRecordReport>("record", "Record model usage for one phase (Pact calls no model, so the agent reports it)", [dir, phase, input, output, calls, spend],
            (service, parse, cancellationToken) => service.RecordAsync(parse.GetValue(dir)!, parse.GetValue(phase)!, parse.GetValue(input), parse.GetValue(output), parse.GetValue(calls), parse.GetValue(spend), cancellationToken),
            static () => PactJson.Context.CommandResultUsageRecordReport, (r, writer) =>
                writer.WriteLine(Invariant($"Recorded {r.Recorded.Phase}: {r.Recorded.InputTokens} in, {r.Recorded.OutputTokens} out, {r.Recorded.Calls} call(s), ${r.Recorded.SpendUsd:0.####}. Phase total: {r.PhaseTotal.InputTokens} in, {r.PhaseTotal.OutputTokens} out, {r.PhaseTotal.Calls} call(s), ${r.PhaseTotal.SpendUsd:0.####}.")));
    }

    private static void Print(HealthReport report, TextWriter output)
    {
        output.WriteLine($"Health: {report.Status.ToString().ToUpperInvariant()}   (phase {Snake(report.Phase.ToString())})");
        if (!report.ChecksEnabled)
        {
            output.WriteLine("Health checks are disabled (pact.yaml health_thresholds.output_planning_ratio_critical: 0).");
        }

        foreach (var status in new[] { HealthStatus.Critical, HealthStatus.Warning })
        {
            var findings = report.Findings.Where(f => f.Status == status).ToList();
            if (findings.Count > 0)
            {
                output.WriteLine($"{status.ToString().ToUpperInvariant()}:");
                findings.ForEach(f => output.WriteLine($"  {f}"));
            }
        }

        if (report.ChecksEnabled && report.Status == HealthStatus.Healthy)
        {
            output.WriteLine("All checks passed.");
        }

        if (report.ShouldAbort)
        {
            output.WriteLine("Stop and review with the user before spending more: the work is not turning into code.");
        }

        var m = report.Metrics;
        var total = m.TotalTokens;
        var ratio = report.Derived.OutputPlanningRatioInfinite ? "inf" : Invariant($"{report.Derived.OutputPlanningRatio:0.##}");
        output.WriteLine();
        output.WriteLine(total == 0
            ? "Tokens: none reported (pact health record DIR --phase P --input-tokens N --output-tokens N)"
            : Invariant($"Tokens: {total} (planning {m.PlanningTokens}, {100.0 * m.PlanningTokens / total:0}%; generation {m.GenerationTokens}, {100.0 * m.GenerationTokens / total:0}%; ratio {ratio})"));
        foreach (var (phase, usage) in m.PhaseTokens)
        {
            output.WriteLine(Invariant($"  {phase,-13} in={usage.InputTokens,-9} out={usage.OutputTokens,-9} calls={usage.Calls,-5} ${usage.SpendUsd:0.00}"));
        }

        output.WriteLine(Invariant($"Spend: ${m.TotalSpend:0.00} of ${m.BudgetCap:0.00}   artifacts {m.ArtifactsProduced} (plan {m.PlanArtifactsProduced}, contracts {m.ContractsProduced}, suites {m.TestsProduced}, implementations {m.ImplementationsProduced})"));
        output.WriteLine($"Attempts: {m.ImplementationAttempts} ({m.ImplementationFailures} failed)   tests passed {m.TestPasses}, failed {m.TestFailures}   plan revisions {m.PlanRevisions}");
        output.WriteLine($"Cascade events: {m.CascadeEvents}{(report.FailedComponents.Count > 0 ? $"   failing now: {string.Join(", ", report.FailedComponents)}" : "")}");
        if (report.Remedies.Count > 0)
        {
            output.WriteLine("Remedies:");
            foreach (var remedy in report.Remedies)
            {
                output.WriteLine($"  [{remedy.Kind}] {remedy.Description} {remedy.Action}");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Snake(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
