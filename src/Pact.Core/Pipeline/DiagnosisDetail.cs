namespace Pact.Pipeline;

/// <summary>
/// The detail of a <c>diagnosis</c> audit event, <c>VERDICT: GUIDANCE</c>: written by <c>pact diagnose</c>, read back by
/// the project log's tally and by status's next step. One place knows the format.
/// </summary>
public static class DiagnosisDetail
{
    public static string Format(string verdict, string guidance) => $"{verdict}: {guidance}";

    public static (string Verdict, string Guidance) Parse(string detail) =>
        detail.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (detail[..colon], detail[(colon + 1)..].Trim()) : (detail, "");
}
