namespace Pact.Contracts;

/// <summary>What classified data a component reads and writes, and why. The rationale is required once anything is declared.</summary>
public sealed record DataAccessDeclaration
{
    public IReadOnlyList<string> Reads { get; set; } = [];
    public IReadOnlyList<string> Writes { get; set; } = [];
    public string Rationale { get; set; } = "";
    public IReadOnlyList<DataAccessSideEffect> SideEffects { get; set; } = [];
}
