namespace Pact.Judge;

/// <summary><c>pact doctor</c>: what this machine gives the judge — the isolation level runs get, the languages Pact knows and the runtimes found.</summary>
public sealed record DoctorReport
{
    public required IsolationReport Isolation { get; init; }
    public IReadOnlyList<ToolStatus> Tools { get; init; } = [];
    public IReadOnlyList<LanguageStatus> Languages { get; init; } = [];
}
