using Pact.Health;
using Pact.Readiness;
using Pact.State;

namespace Pact.Projects;

/// <summary>Where a project stands, derived from its artifacts (not from a cached state), plus what to do next.</summary>
public sealed record StatusReport
{
    public required string ProjectDir { get; init; }
    public required string RunId { get; init; }
    public required Phase Phase { get; init; }
    public required TestLanguage Language { get; init; }
    public required bool TaskWritten { get; init; }
    public required bool InterviewDone { get; init; }
    public required bool Decomposed { get; init; }
    public required int Components { get; init; }
    public required int Contracts { get; init; }
    public required int Suites { get; init; }
    public required int Implementations { get; init; }
    public required bool Certified { get; init; }
    public required IReadOnlyList<ResolvedDimension> Readiness { get; init; }
    public required int AuditEvents { get; init; }
    public required NextStep Next { get; init; }

    /// <summary>The overall health (<c>pact health</c> has the details); critical is worth a look before spending more.</summary>
    public required HealthStatus Health { get; init; }

    /// <summary>Reviews that need adjudication: an Advocate's undecided blocking findings, a Simulacrum's unanswered questions.</summary>
    public IReadOnlyList<Pact.Reviews.ReviewStatus> ReviewsNeedingAdjudication { get; set; } = [];

    /// <summary>The first critical finding, "[condition] message", or empty when none is critical.</summary>
    public string HealthNote { get; set; } = "";
}
