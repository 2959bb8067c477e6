namespace Pact.Judge;

/// <summary>The rules of a run whose verdict was forged or whose assertion machinery was subverted (docs/THREAT_MODEL.md B).</summary>
public static class ForgeryRules
{
    /// <summary>The report, the reporter channel, the locked suite and the exit code do not tell the same story.</summary>
    public const string ReportMismatch = "judge.report_mismatch";

    /// <summary>A known-answer canary came out the wrong way: the assertion path was subverted.</summary>
    public const string Tampered = "judge.tampered";

    public static bool IsForgery(string rule) => rule is ReportMismatch or Tampered;
}
