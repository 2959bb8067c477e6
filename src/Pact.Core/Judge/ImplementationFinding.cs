namespace Pact.Judge;

/// <summary>
/// One finding of the tamper scan of an implementation (a rule such as <c>tamper.python.exit_tricks</c>, where, why) and
/// the auditor's decision on it. <see cref="Hash"/> binds a decision to the rule, the file and the text of the line:
/// when that code changes, the old decision no longer applies and the finding is pending again.
/// </summary>
public sealed record ImplementationFinding
{
    public const string Pending = "pending";
    public const string Allowed = "allowed";
    public const string Refused = "refused";

    public required string ComponentId { get; init; }
    public required string Rule { get; init; }

    /// <summary>Relative to the project root, '/'-separated (<c>src/calc/calc.py</c>).</summary>
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Message { get; init; }
    public required string Fix { get; init; }
    public required string Hash { get; init; }

    /// <summary><see cref="Pending"/>, <see cref="Allowed"/> or <see cref="Refused"/>.</summary>
    public string Verdict { get; init; } = Pending;

    /// <summary>The auditor's reason, when decided.</summary>
    public string Reason { get; init; } = "";
}
