namespace Pact.Tasks;

/// <summary>tasks.json: the project's generated task list (reference H.3).</summary>
public sealed record TaskList
{
    public static readonly IReadOnlyList<string> Phases = ["setup", "foundational", "component", "integration", "polish"];

    public required string ProjectId { get; init; }
    public IReadOnlyList<TaskItem> Tasks { get; set; } = [];
    public IReadOnlyList<PhaseCheckpoint> Checkpoints { get; set; } = [];
    public string GeneratedAt { get; set; } = "";
    public int Version { get; set; } = 1;
}
