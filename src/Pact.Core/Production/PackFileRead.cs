namespace Pact.Production;

/// <summary>One file of the pack as the engine read it: there or not, its schema errors, its first placeholder line.</summary>
public sealed record PackFileRead
{
    /// <summary>The file's name in the pack, e.g. manifest.yaml.</summary>
    public required string Name { get; init; }

    /// <summary>The path relative to the project root, for messages.</summary>
    public required string File { get; init; }
    public required bool Exists { get; init; }
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];
    public int? PlaceholderLine { get; init; }
}
