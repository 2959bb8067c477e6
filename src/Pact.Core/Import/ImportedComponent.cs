namespace Pact.Import;

/// <summary>A part of the plan that becomes a component of the draft tree: its id (the schema's pattern), name and description.</summary>
public sealed record ImportedComponent
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
}
