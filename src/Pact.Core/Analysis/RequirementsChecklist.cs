namespace Pact.Analysis;

/// <summary>checklist.json: the questions <c>pact checklist</c> derives from the contracts and suites.</summary>
public sealed record RequirementsChecklist
{
    public required string ProjectId { get; init; }
    public required IReadOnlyList<ChecklistItem> Items { get; init; }
    public required string GeneratedAt { get; init; }
    public int Satisfied => Items.Count(i => i.Satisfied == true);
    public int Unanswered => Items.Count(i => i.Satisfied is null);
}
