using Pact.Configuration;

namespace Pact.Judge;

/// <summary>What the isolation probe found (<c>pact doctor</c>): the level runs get here, and each level tried.</summary>
public sealed record IsolationReport
{
    public required IsolationLevel Level { get; init; }

    /// <summary>The project's requirement when a project was given; null otherwise.</summary>
    public IsolationRequirement? Requirement { get; init; }

    /// <summary>False when the project requires isolation and this machine cannot give it: suites will be refused.</summary>
    public bool CanRun { get; init; } = true;
    public string? Bwrap { get; init; }
    public IReadOnlyList<IsolationCheck> Checks { get; init; } = [];
}
