using Pact.Judge;

namespace Pact.Cli.Commands;

/// <summary>Human output of judge runs, shared by test, polish and certify.</summary>
internal static class JudgeOutput
{
    public static void Runs(IReadOnlyList<SuiteRun> runs, TextWriter output)
    {
        foreach (var run in runs)
        {
            var counts = run.Total > 0 ? $"{run.Passed}/{run.Total} passed" : "no tests run";
            output.WriteLine($"{run.Status.ToString().ToLowerInvariant(),-8} {run.ComponentId,-20} {run.Kind.ToString().ToLowerInvariant(),-7} {counts,-16} {run.DurationMs} ms");
            if (run.Status != SuiteStatus.Passed)
            {
                output.WriteLine($"         {run.Message}");
                foreach (var failure in run.Failures.Take(10))
                {
                    output.WriteLine($"         - {failure.TestId}: {FirstLine(failure.ErrorMessage)}");
                }
            }

            if (run.Hint.Length > 0)
            {
                output.WriteLine($"         hint (level {run.HintLevel}): {run.Hint}");
            }
        }
    }

    public static void Report(JudgeReport report, TextWriter output)
    {
        Runs(report.Runs, output);
        foreach (var tamper in report.Tamper)
        {
            output.WriteLine($"TAMPER   {tamper.ComponentId,-20} {tamper.File} {tamper.Problem}");
        }

        output.WriteLine(report.AllPassed ? "All suites passed." : "Not all suites passed.");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}
