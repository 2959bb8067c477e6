using System.Text.Json.Nodes;

namespace Pact.Documents;

/// <summary>
/// A JSON or YAML file parsed into one JSON tree, with the source position of every value by JSON pointer so that
/// schema errors can name a line. <see cref="Root"/> is null when parsing failed (see <see cref="Diagnostics"/>) or the
/// document is empty.
/// </summary>
public sealed record ParsedDocument
{
    // The readers already refused anything deeper; stating the same limit keeps a tree built in code to it too.
    private static readonly JsonDocumentOptions TreeOptions = new() { MaxDepth = DocumentLimits.MaxDepth };

    private readonly JsonElement? _parsed;
    private readonly JsonNode? _parsedRoot;

    public required string File { get; init; }
    public required DocumentFormat Format { get; init; }
    public JsonNode? Root { get; init; }

    /// <summary>
    /// The JSON value <see cref="Root"/> was made from, when a reader had one (JSON files): schema evaluation and the
    /// typed read use it as it is, instead of writing the tree out and parsing it again. Set it after Root; it
    /// counts only while Root is still the node it was set with (a copy with another Root falls back to the tree).
    /// </summary>
    public JsonElement? Parsed
    {
        get => ReferenceEquals(_parsedRoot, Root) ? _parsed : null;
        init => (_parsed, _parsedRoot) = (value, Root);
    }
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; set; } = new Dictionary<string, SourceLocation>();
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    public bool Ok => Diagnostics.Count == 0;

    /// <summary>The document as a JSON value: <see cref="Parsed"/> when there is one, else the tree written out and read back.</summary>
    public JsonElement Value()
    {
        if (Parsed is { } parsed)
        {
            return parsed;
        }

        using var json = JsonDocument.Parse(Root?.ToJsonString() ?? "null", TreeOptions);
        return json.RootElement.Clone();
    }

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
