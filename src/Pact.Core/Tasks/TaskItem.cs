namespace Pact.Tasks;

/// <summary>One task of the task list (reference B.16), T001…. Phase, status and category are the reference's snake_case words.</summary>
public sealed record TaskItem
{
    public required string Id { get; init; }
    /// <summary>setup, foundational, component, integration or polish.</summary>
    public required string Phase { get; init; }
    public string ComponentId { get; init; } = "";
    public required string Description { get; init; }
    public string FilePath { get; init; } = "";
    /// <summary>pending, in_progress, completed, skipped or failed.</summary>
    public string Status { get; set; } = "pending";
    public bool Parallel { get; init; }
    public IReadOnlyList<string> DependsOn { get; set; } = [];
    /// <summary>scaffold, type_definition, contract_review, test_setup, test_write, implement, verify, integrate, validate or document.</summary>
    public string Category { get; set; } = "scaffold";
}
