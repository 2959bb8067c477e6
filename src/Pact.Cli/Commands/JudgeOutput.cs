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
                    // A test file that did not even load says why only below its first line (an ImportError, a
                    // SyntaxError): show those lines, or every test looks like a bare "collection failure".
                    foreach (var line in Cause(failure.ErrorMessage))
                    {
                        output.WriteLine($"             {line}");
                    }
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

    /// <summary>
    /// The lines that say why a test module failed to load: pytest's <c>E   …</c> lines, or for other runners the
    /// lines naming an error; at most four. Nothing for an ordinary failed assertion, whose first line says it.
    /// </summary>
    internal static IEnumerable<string> Cause(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2 || !lines[0].Contains("collection", StringComparison.OrdinalIgnoreCase) && !lines[0].Contains("compil", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var pytest = lines.Skip(1).Where(l => l.StartsWith("E ", StringComparison.Ordinal)).Select(l => l[1..].Trim()).ToList();
        var named = pytest.Count > 0 ? pytest : [.. lines.Skip(1).Where(l => l.Contains("Error", StringComparison.Ordinal) || l.Contains("error", StringComparison.Ordinal))];
        return named.Count > 0 ? named.Take(4) : lines.Skip(1).Take(2);
    }
}
