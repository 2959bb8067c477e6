namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Turns what a runner left behind into a <see cref="SuiteRun"/>: the report, once it agrees with Pact's reporter,
/// the locked suite and the canaries (<see cref="ReportCrossCheck"/>); zero tests is a failure.
/// </summary>
internal static class Verdict
{
    private const int TailLength = 1500;

    public static SuiteRun Refused(string componentId, SuiteKind kind, string message) =>
        new() { ComponentId = componentId, Kind = kind, Status = SuiteStatus.Refused, Errors = 1, Message = message };

    public static SuiteRun Error(string componentId, SuiteKind kind, string message) =>
        new() { ComponentId = componentId, Kind = kind, Status = SuiteStatus.Error, Errors = 1, Message = message };

    /// <summary>
    /// The test that was running when a visible run was stopped, as its reporter announced it. A hidden run never names
    /// one: the name of a hidden test is part of what stays hidden.
    /// </summary>
    private static string Running(SuiteKind kind, RunEvidence? evidence) =>
        kind == SuiteKind.Visible && evidence?.Channel?.Running is { } test ? $" It was running {test}." : "";

    public static SuiteRun From(string componentId, SuiteKind kind, RunRequest request, RunnerOutcome outcome, long durationMs, RunEvidence? evidence = null)
    {
        var process = outcome.Process;
        var capped = process.Truncated ? " Output beyond 1 MiB per stream was dropped." : "";
        if (process.StartError is not null)
        {
            return Error(componentId, kind, process.StartError);
        }

        if (process.TimedOut)
        {
            return new SuiteRun
            {
                ComponentId = componentId, Kind = kind, Status = SuiteStatus.Timeout, Errors = 1, DurationMs = durationMs,
                Message = $"timeout: the {(outcome.FailedStep ?? "test")} run exceeded {request.Timeout.TotalSeconds:0} s (test_timeout_seconds, or --timeout); its whole process tree was killed.{Running(kind, evidence)}{capped}",
            };
        }

        if (outcome.FailedStep is { } step)
        {
            return new SuiteRun
            {
                ComponentId = componentId, Kind = kind, Status = SuiteStatus.Failed, Errors = 1, DurationMs = durationMs,
                Message = $"the {step} step failed (exit code {process.ExitCode}): {Tail(process.Stdout + process.Stderr)}",
            };
        }

        var report = ReportReader.Read(outcome.ReportPath, outcome.Format, outcome.FileLevelName);
        if (evidence is not null)
        {
            var check = ReportCrossCheck.Check(evidence, report, process.ExitCode, outcome.FileLevelName);
            report = check.Report;
            if (check.Rule is { } rule)
            {
                return Forged(componentId, kind, report, rule, check.Problem!, durationMs);
            }
        }

        if (report is null)
        {
            return new SuiteRun
            {
                ComponentId = componentId, Kind = kind, Status = SuiteStatus.Error, Errors = 1, DurationMs = durationMs,
                Message = $"the runner exited with code {process.ExitCode} without writing its report, so no test counts as run (did the implementation end the process, e.g. with os._exit or process.exit?).{capped} Output: {Tail(process.Stdout + process.Stderr)}",
            };
        }

        // The generated part runs whatever the suite's code does: a run of only those executed none of the suite's tests.
        if (report.Total == 0 || report.Cases.All(c => c.Name.Contains(Pact.Suites.GeneratedSuitePart.Prefix, StringComparison.Ordinal)))
        {
            return new SuiteRun
            {
                ComponentId = componentId, Kind = kind, Status = SuiteStatus.Failed, Errors = 1, DurationMs = durationMs,
                Message = $"zero tests were executed; a run with no tests is a failure.{capped} Output: {Tail(process.Stdout + process.Stderr)}",
            };
        }

        var passed = report.Failed == 0 && report.Errors == 0 && report.Passed == report.Total;
        return new SuiteRun
        {
            ComponentId = componentId,
            Kind = kind,
            Status = passed ? SuiteStatus.Passed : SuiteStatus.Failed,
            Total = report.Total,
            Passed = report.Passed,
            Failed = report.Failed,
            Errors = report.Errors,
            Failures = report.Failures,
            DurationMs = durationMs,
            Message = (passed ? $"{report.Passed} of {report.Total} passed." : $"{report.Failed + report.Errors} of {report.Total} failed.") + capped,
        };
    }

    /// <summary>A forged or subverted run: failed, whatever its report says, with the counts of the report (canaries taken out).</summary>
    private static SuiteRun Forged(string componentId, SuiteKind kind, RunnerReport? report, string rule, string problem, long durationMs) => new()
    {
        ComponentId = componentId,
        Kind = kind,
        Status = SuiteStatus.Failed,
        Rule = rule,
        Total = report?.Total ?? 0,
        Passed = report?.Passed ?? 0,
        Failed = report?.Failed ?? 0,
        Errors = (report?.Errors ?? 0) + 1,
        DurationMs = durationMs,
        Message = $"{rule}: {problem}. The run counts as failed and is recorded. Code under test must leave the test framework, its assertions, the report and the process's exit alone.",
    };

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= TailLength ? trimmed : "…" + trimmed[^TailLength..];
    }
}
