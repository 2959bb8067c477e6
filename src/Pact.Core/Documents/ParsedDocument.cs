using System.Text.Json.Nodes;
using Pact.Diagnostics;

namespace Pact.Documents;

/// <summary>
/// A JSON or YAML file parsed into one JSON tree, with the source position of every value by JSON pointer so that
/// schema errors can name a line. <see cref="Root"/> is null when parsing failed (see <see cref="Diagnostics"/>) or the
/// document is empty.
/// </summary>
public sealed record ParsedDocument
{
    public required string File { get; init; }
    public required DocumentFormat Format { get; init; }
    public JsonNode? Root { get; init; }
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; set; } = new Dictionary<string, SourceLocation>();
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    public bool Ok => Diagnostics.Count == 0;

    /// <summary>The position of the value at <paramref name="pointer"/>, or of its nearest ancestor that has one.</summary>
    public SourceLocation? Locate(string pointer)
    {
        while (true)
        {
            if (Locations.TryGetValue(pointer, out var location))
            {
                return location;
            }

            if (pointer.Length == 0)
            {
                return null;
            }

            pointer = JsonPointerText.Parent(pointer);
        }
    }
}
