namespace Pact.Projects;

public sealed record InitReport
{
    public required string ProjectDir { get; init; }
    public required TestLanguage Language { get; init; }

    /// <summary>Files created, relative to the project.</summary>
    public required IReadOnlyList<string> Created { get; init; }
}
