namespace Pact.Import;

/// <summary>One heading of a Markdown document and the lines under it up to the next heading of any level.</summary>
public sealed record MarkdownSection
{
    /// <summary>1 for <c>#</c>, 2 for <c>##</c>, …; 0 for the lines before the first heading.</summary>
    public required int Level { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<string> Lines { get; init; }
}
