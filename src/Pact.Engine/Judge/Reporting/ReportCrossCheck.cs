namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// The verdict is never just what the report file says. The reporter channel, the report file, the locked suite and
/// the exit code must agree: every case id of the suite reported, no test of unknown name, no name twice, the end
/// record reached, the same outcome per test on both sides, an exit code that says what the results say. And every
/// canary must come out the known way. Anything else is a forged run, failed with its rule; the canaries are taken
/// out of the report before anyone counts it.
/// </summary>
public static class ReportCrossCheck
{
    public sealed record Result(RunnerReport? Report, string? Rule, string? Problem);

    public static Result Check(RunEvidence evidence, RunnerReport? report, int exitCode, string? fileLevel)
    {
        var cleaned = report is null ? null : WithoutCanaries(report, evidence.Canaries);
        Result Forged(string rule, string problem) => new(cleaned, rule, problem);

        if (evidence.Channel is { } channel)
        {
            if (!channel.Connected)
            {
                return report is { Cases.Count: > 0 }
                    ? Forged(ForgeryRules.ReportMismatch, "the report file lists results, but Pact's reporter never connected: something other than the run's own reporter stands behind them")
                    : new(cleaned, null, null);
            }

            if (channel.Problem is { } problem)
            {
                return Forged(ForgeryRules.ReportMismatch, problem);
            }

            if (!channel.Ended)
            {
                // Killed or exited mid-run with no report is an ordinary failure (the caller says so); a report
                // written by a session that never ended is not.
                return report is null ? new(null, null, null) : Forged(ForgeryRules.ReportMismatch, "the report file exists, but the test session never reached its end on Pact's reporter");
            }

            if (report is null)
            {
                return Forged(ForgeryRules.ReportMismatch, "Pact's reporter saw the whole session, but the report file is gone");
            }

            if (channel.ExitStatus is { } status && status != exitCode)
            {
                return Forged(ForgeryRules.ReportMismatch, $"the test session ended with status {status}, but the process exited with {exitCode}");
            }

            var disagreement = Disagreement(channel, report.Cases, fileLevel);
            if (disagreement is not null)
            {
                return Forged(ForgeryRules.ReportMismatch, disagreement);
            }
        }

        if (report is null)
        {
            return new(null, null, null);
        }

        var source = evidence.Channel?.Cases ?? report.Cases;
        var tests = source.Where(c => !IsFile(c.Name, fileLevel)).ToList();
        if (tests.Count == 0)
        {
            // Nothing ran (the module did not import, the file did not load): the caller's zero-tests failure.
            return new(cleaned, null, null);
        }

        var duplicate = tests.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return Forged(ForgeryRules.ReportMismatch, $"the test '{duplicate.Key}' was reported {duplicate.Count()} times; each runs exactly once");
        }

        var ids = new HashSet<string>(evidence.CaseIds, StringComparer.Ordinal);
        var canaries = evidence.Canaries.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var test in tests)
        {
            if (CanaryOf(test.Name, canaries) is { } canary)
            {
                var wrong = canary.MustFail ? test.Outcome == CaseOutcome.Passed : test.Outcome != CaseOutcome.Passed;
                if (wrong)
                {
                    return Forged(ForgeryRules.Tampered, canary.MustFail
                        ? "a known-answer test that must fail passed: the assertions of this run were subverted (the test framework, its assertion functions or the test call were patched)"
                        : "a known-answer test that must pass did not: the assertions of this run were subverted");
                }

                seen.Add(canary.Name);
            }
            else if (CaseOf(test.Name, ids) is { } id)
            {
                seen.Add(id);
            }
            else
            {
                return Forged(ForgeryRules.ReportMismatch, $"a test named '{test.Name}' was reported that is not a case of the locked suite");
            }
        }

        if (!tests.Any(t => CanaryOf(t.Name, canaries) is null && !t.Name.Contains(Pact.Suites.GeneratedSuitePart.Prefix, StringComparison.Ordinal)))
        {
            // Only the canaries (and the generated part) ran: no function of the suite's own code was collected, the
            // caller's zero-tests failure.
            return new(cleaned, null, null);
        }

        var missing = ids.Concat(canaries.Keys).Where(i => !seen.Contains(i)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var named = missing.Where(ids.Contains).ToList();
            return Forged(ForgeryRules.ReportMismatch, named.Count > 0
                ? $"the locked case(s) {string.Join(", ", named)} never reported a result"
                : "a known-answer test of this run never reported a result: tests were removed from the run");
        }

        var anyFailed = source.Any(c => c.Outcome != CaseOutcome.Passed);
        if (anyFailed == (exitCode == 0))
        {
            return Forged(ForgeryRules.ReportMismatch, anyFailed
                ? $"tests failed, but the test process exited with {exitCode}"
                : $"every test passed, but the test process exited with {exitCode}");
        }

        return new(cleaned, null, null);
    }

    /// <summary>The two sides must list the same tests with the same pass/fail, as multisets (order may differ).</summary>
    private static string? Disagreement(ChannelRecords records, IReadOnlyList<ReportedCase> report, string? fileLevel)
    {
        var channel = records.Cases;
        static Dictionary<(string, bool), int> Count(IEnumerable<ReportedCase> cases) =>
            cases.GroupBy(c => (c.Name, c.Outcome == CaseOutcome.Passed)).ToDictionary(g => g.Key, g => g.Count());

        // A file-level entry that passed is no test (ReportReader drops it too).
        var fromChannel = Count(channel.Where(c => !(IsFile(c.Name, fileLevel) && c.Outcome == CaseOutcome.Passed)));
        // A collection error is one error entry in the report under a name of pytest's making (the module's dotted
        // path); the channel counts it as a collect_error record.
        var names = channel.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var collectErrors = report.Where(c => c.Outcome == CaseOutcome.NotRun && !names.Contains(c.Name)).Take(records.CollectErrors).ToList();
        var fromReport = Count(report.Where(c => !collectErrors.Contains(c)));
        foreach (var key in fromChannel.Keys.Union(fromReport.Keys))
        {
            var a = fromChannel.GetValueOrDefault(key);
            var b = fromReport.GetValueOrDefault(key);
            if (a != b)
            {
                var (name, passed) = key;
                return $"the report file and Pact's reporter disagree on '{name}': the reporter saw it {(passed ? "pass" : "fail")} {a} time(s), the report file {b} time(s)";
            }
        }

        return null;
    }

    private static bool IsFile(string name, string? fileLevel) =>
        fileLevel is not null && name.Replace('\\', '/').EndsWith(fileLevel, StringComparison.Ordinal);

    /// <summary>
    /// The case a reported name stands for: the id itself, a parametrized instance (<c>id[…]</c>), or a qualified
    /// name ending in it (<c>Class.id</c>, <c>file::id</c>).
    /// </summary>
    internal static string? CaseOf(string reported, IReadOnlySet<string> ids)
    {
        var bracket = reported.IndexOf('[', StringComparison.Ordinal);
        var name = bracket > 0 ? reported[..bracket] : reported;
        if (ids.Contains(name))
        {
            return name;
        }

        var cut = Math.Max(name.LastIndexOf('.'), name.LastIndexOf(':'));
        return cut >= 0 && ids.Contains(name[(cut + 1)..]) ? name[(cut + 1)..] : null;
    }

    private static Canary? CanaryOf(string reported, Dictionary<string, Canary> canaries)
    {
        var id = CaseOf(reported, canaries.Keys.ToHashSet(StringComparer.Ordinal));
        return id is null ? null : canaries[id];
    }

    private static RunnerReport WithoutCanaries(RunnerReport report, IReadOnlyList<Canary> canaries)
    {
        if (canaries.Count == 0)
        {
            return report;
        }

        var names = canaries.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var removed = report.Cases.Where(c => CaseOf(c.Name, names) is not null).ToList();
        return report with
        {
            Total = report.Total - removed.Count,
            Passed = report.Passed - removed.Count(c => c.Outcome == CaseOutcome.Passed),
            Failed = report.Failed - removed.Count(c => c.Outcome == CaseOutcome.Failed),
            Errors = report.Errors - removed.Count(c => c.Outcome == CaseOutcome.NotRun),
            Failures = [.. report.Failures.Where(f => CaseOf(f.TestId, names) is null)],
            Cases = [.. report.Cases.Where(c => CaseOf(c.Name, names) is null)],
        };
    }
}
