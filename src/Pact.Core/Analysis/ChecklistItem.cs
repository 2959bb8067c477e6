namespace Pact.Analysis;

/// <summary>One question of the requirements checklist (reference H.2), numbered C001…; satisfied is null while unanswered.</summary>
public sealed record ChecklistItem
{
    public required string Id { get; init; }
    /// <summary>requirements, acceptance_criteria, edge_cases, error_handling, dependencies or testability.</summary>
    public required string Category { get; init; }
    public required string Question { get; init; }
    public string ComponentId { get; init; } = "";
    public string Reference { get; init; } = "";
    public bool? Satisfied { get; init; }
}
