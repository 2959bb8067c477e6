namespace Pact.Judge;

/// <summary>
/// Graduated disclosure of hidden-suite failures. What leaves the judge is counts and a hint: level 1 (first attempt)
/// a behavioural hint built from the failing cases' descriptions; level 2 (later attempts) the contract clauses of the
/// functions they test. Never test code, test names, inputs, expected values or runner output. A run in which no
/// reported failure is one of the hidden cases (the suite crashed: an import error, a collection error, no report)
/// says only that it crashed: quoting every description would hand the whole suite over for one crash. Counts are
/// passed and failed only (errors fold into failed) and the duration is rounded to whole seconds, so a report the
/// implementation forged cannot carry more out than those few numbers.
/// </summary>
public static class Disclosure
{
    public const string CrashHint = "The hidden suite crashed before its tests could judge the implementation (it failed to import or load, ended the process, broke test collection or ran out of time); no test description is disclosed. Make the implementation load and run cleanly.";

    public static SuiteRun Redact(SuiteRun run, ContractTestSuite hidden, ComponentContract? contract, int attempt)
    {
        var counts = Counts(run);
        if (run.Status == SuiteStatus.Passed)
        {
            return counts;
        }

        var level = Math.Min(Math.Max(attempt, 1), 2);
        var failing = hidden.TestCases.Where(c => run.Failures.Any(f => Matches(f.TestId, c.Id))).ToList();
        if (failing.Count == 0 || run.Status != SuiteStatus.Failed)
        {
            return counts with { HintLevel = level, Hint = CrashHint };
        }

        return counts with { HintLevel = level, Hint = level == 1 ? Behavioural(failing) : Clauses(failing, contract) };
    }

    /// <summary>Only what may leave the judge of any hidden run: status, passed and failed counts, whole seconds.</summary>
    public static SuiteRun Counts(SuiteRun run) => new()
    {
        ComponentId = run.ComponentId,
        Kind = run.Kind,
        Status = run.Status,
        Total = run.Total,
        Passed = run.Passed,
        Failed = run.Failed + run.Errors,
        Message = Summary(run),
        DurationMs = (long)Math.Round(run.DurationMs / 1000.0, MidpointRounding.AwayFromZero) * 1000,
        Rule = run.Rule,
        Isolation = run.Isolation,
    };

    private static string Summary(SuiteRun run) => run.Status switch
    {
        _ when ForgeryRules.IsForgery(run.Rule) => $"hidden suite: {run.Rule}: the run's verdict was forged or its assertions subverted; it counts as a failed attempt.",
        SuiteStatus.Passed => $"hidden suite: {run.Passed} of {run.Total} passed.",
        SuiteStatus.Timeout => "hidden suite: the run exceeded its time limit and was killed.",
        SuiteStatus.Refused => "hidden suite: the judge refused to run it (see the visible suite run for the reason).",
        SuiteStatus.Error => "hidden suite: it crashed: the runner produced no report (the implementation may end the process or fail to load).",
        _ => $"hidden suite: {run.Failed + run.Errors} of {run.Total} failed.",
    };

    private static bool Matches(string reported, string id) =>
        reported == id || reported.EndsWith("::" + id, StringComparison.Ordinal) || reported.EndsWith("." + id, StringComparison.Ordinal);

    private static string Behavioural(IReadOnlyList<TestCase> cases) =>
        "A reviewer notes that your implementation may not handle: "
        + string.Join("; ", cases.Select(c => c.Description.Trim().TrimEnd('.')).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal))
        + ". Make it general: it must hold for inputs beyond the visible tests.";

    private static string Clauses(IReadOnlyList<TestCase> cases, ComponentContract? contract)
    {
        var lines = new List<string>();
        foreach (var name in cases.Select(c => c.Function).Distinct(StringComparer.Ordinal))
        {
            var function = contract?.Functions.FirstOrDefault(f => f.Name == name);
            if (function is null)
            {
                continue;
            }

            var clauses = function.Postconditions.Concat(function.Preconditions.Select(p => $"precondition: {p}"))
                .Concat(function.ErrorCases.Select(e => $"{e.ErrorType} when {e.Condition}"))
                .ToList();
            lines.Add($"The contract of {name} requires: {(clauses.Count > 0 ? string.Join("; ", clauses) : function.Description)}.");
        }

        lines.AddRange(contract?.Invariants.Select(i => $"Invariant: {i}.") ?? []);
        return (lines.Count > 0 ? string.Join(" ", lines) : "The implementation violates its contract for inputs outside the visible tests.")
            + " Your implementation appears to violate this for some inputs the visible suite does not cover.";
    }
}
