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

    /// <summary>The trace analyst's guidance from the latest diagnosis that sent the component back to its implementer, or empty.</summary>
    public string Diagnosis { get; init; } = "";

    /// <summary>
    /// The stub in the project's language. Python's is shown as the reference's neutral stub (which reads as Python);
    /// any other language gets its own stub in place of it, so a TypeScript implementer never starts from Python.
    /// </summary>
    public StubReport? Stub { get; init; }
}
