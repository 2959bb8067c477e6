namespace Pact.Import;

/// <summary>
/// What an importer understood of another tool's specs, in Pact's terms: the task's title and summary, requirements,
/// user stories, the stack and conventions for sops.md, the interview's open questions and assumptions, and the
/// plan's parts as components. The readers build it from text only; the service finds the files.
/// </summary>
public sealed record ImportedSpec
{
    /// <summary>spec-kit, openspec or kiro.</summary>
    public required string Format { get; init; }
    public required string Title { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<ImportedRequirement> Requirements { get; init; } = [];
    public IReadOnlyList<ImportedStory> Stories { get; init; } = [];

    /// <summary>Other parts of the spec worth keeping in task.md as they are: success criteria, entities, edge cases, clarifications.</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<string> Items)> Context { get; init; } = [];

    /// <summary>The stack as label and value (Language/Version: Python 3.11); empty when the source says nothing.</summary>
    public IReadOnlyList<(string Label, string Value)> Stack { get; init; } = [];

    /// <summary>The source file the stack and conventions came from (plan.md, design.md, openspec/project.md), for sops.md.</summary>
    public string StackFrom { get; init; } = "";

    /// <summary>Conventions and constraints for sops.md, one line each.</summary>
    public IReadOnlyList<string> Conventions { get; init; } = [];
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> Ambiguities { get; init; } = [];
    public IReadOnlyList<string> Assumptions { get; init; } = [];
    public IReadOnlyList<string> Risks { get; init; } = [];
    public IReadOnlyList<string> AcceptanceCriteria { get; init; } = [];
    public IReadOnlyList<ImportedComponent> Components { get; init; } = [];
}
