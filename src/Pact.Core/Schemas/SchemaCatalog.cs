using System.Text.Json.Nodes;
using Json.Schema;

namespace Pact.Schemas;

/// <summary>
/// The JSON Schemas (2020-12) embedded in Pact.Core. A schema is built when it is first asked for, together with the
/// schemas it shares <c>$ref</c>s with, into a registry of their own, so cross-file references (a decomposition
/// node's contract, a spec's config) resolve without any network access, and a command builds only what it reads.
/// </summary>
public static class SchemaCatalog
{
    public const string BaseUri = "https://pact.local/schemas/";

    /// <summary>Builds nothing until a schema is asked for (<see cref="EmbeddedSchemas"/> is lazy per kind and group).</summary>
    private static readonly EmbeddedSchemas Instance = new();

    /// <summary>The schema names, as <c>pact schema &lt;name&gt;</c> takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ArtifactKind>().Select(NameOf)];

    public static string NameOf(ArtifactKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static ArtifactKind? Find(string name)
    {
        var normalized = name.Trim().ToLowerInvariant().Replace('-', '_');
        foreach (var kind in Enum.GetValues<ArtifactKind>())
        {
            if (NameOf(kind) == normalized)
            {
                return kind;
            }
        }

        return null;
    }

    public static JsonSchema Get(ArtifactKind kind) => Instance.Schema(kind);

    /// <summary>The schema's text exactly as embedded.</summary>
    public static string Text(ArtifactKind kind) => Instance.Text(kind);

    /// <summary>The raw schema node at <paramref name="location"/> (an absolute schema URI with a pointer fragment), used to explain errors.</summary>
    internal static JsonNode? NodeAt(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var document = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        if (Instance.Document(document) is not { } node)
        {
            return null;
        }

        foreach (var token in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(key, out var child) => child,
                JsonArray array when int.TryParse(key, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A catalog that has built nothing yet (internal so a test can make fresh ones and use them from many threads).</summary>
    internal static EmbeddedSchemas Load() => new();
}
