namespace Pact.Reviews;

/// <summary>
/// One reviewer's run through a backend (<c>pact review --claim</c>): its recovery state (<see cref="ReviewRunState"/>;
/// a failure's fix says how to set the backend up, or which gate refused its answer) and what was stored.
/// </summary>
public sealed record ReviewRun
{
    public required Reviewer Reviewer { get; init; }
    public required ReviewRunState State { get; init; }
    public string ReviewId { get; init; } = "";

    /// <summary>Advocate critical/high findings: certify refuses until each is fixed or its risk accepted.</summary>
    public IReadOnlyList<string> Blocking { get; init; } = [];

    /// <summary>A Simulacrum's questions: material to adjudicate, never approval.</summary>
    public int Questions { get; init; }
    public int Findings { get; init; }
    public string Message { get; init; } = "";
    public string Fix { get; init; } = "";
    public string Model { get; init; } = "";
    public double? CostUsd { get; init; }
}
