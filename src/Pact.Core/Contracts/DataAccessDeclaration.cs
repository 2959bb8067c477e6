namespace Pact.Contracts;

/// <summary>What classified data a component reads and writes, and why. The rationale is required once anything is declared.</summary>
public sealed record DataAccessDeclaration
{
    public IReadOnlyList<string> Reads { get; init; } = [];
    public IReadOnlyList<string> Writes { get; init; } = [];
    public string Rationale { get; init; } = "";
    public IReadOnlyList<DataAccessSideEffect> SideEffects { get; init; } = [];
}
