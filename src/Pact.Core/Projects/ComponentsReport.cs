namespace Pact.Projects;

public sealed record ComponentsReport
{
    public required string ProjectDir { get; init; }
    public string? RootId { get; init; }
    public required IReadOnlyList<ComponentSummary> Components { get; init; }
}
