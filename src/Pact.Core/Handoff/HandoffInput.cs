using Pact.Contracts;
using Pact.Suites;

namespace Pact.Handoff;

/// <summary>What a handoff brief is made of. Only the visible suite ever comes in: hidden suites have no field here.</summary>
public sealed record HandoffInput
{
    public required ComponentContract Contract { get; init; }
    /// <summary>Each declared dependency with its contract, or null when it has none (an external library, or not yet contracted).</summary>
    public IReadOnlyDictionary<string, ComponentContract?> Dependencies { get; init; } = new Dictionary<string, ComponentContract?>();
    public ContractTestSuite? VisibleSuite { get; init; }
    public int Attempt { get; init; } = 1;
    public string Sops { get; init; } = "";
    public string PitchSummary { get; init; } = "";
}
