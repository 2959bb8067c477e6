using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Pact.Schemas;

/// <summary>
/// The JSON Schemas (2020-12) embedded in Pact.Core, built once into one registry so that cross-file <c>$ref</c>s
/// (a decomposition node's contract, a spec's config) resolve without any network access.
/// </summary>
public static class SchemaCatalog
{
    public const string BaseUri = "https://pact.local/schemas/";

    private static readonly Lazy<Loaded> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

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

    public static JsonSchema Get(ArtifactKind kind) => Instance.Value.Schemas[kind];

    /// <summary>The schema's text exactly as embedded.</summary>
    public static string Text(ArtifactKind kind) => Instance.Value.Texts[kind];

    /// <summary>The raw schema node at <paramref name="location"/> (an absolute schema URI with a pointer fragment), used to explain errors.</summary>
    internal static JsonNode? NodeAt(Uri location)
    {
        var text = location.OriginalString;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var document = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(text[(hash + 1)..]);
        if (!Instance.Value.Documents.TryGetValue(document, out var node))
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

    /// <summary>Builds the whole catalog (internal so a test can build fresh ones and evaluate them from many threads).</summary>
    internal static Loaded Load()
    {
        JsonSchemaLibrary.EnsureLoaded();
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var schemas = new Dictionary<ArtifactKind, JsonSchema>();
        var texts = new Dictionary<ArtifactKind, string>();
        var documents = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var assembly = typeof(SchemaCatalog).Assembly;
        foreach (var kind in Enum.GetValues<ArtifactKind>())
        {
            var resource = $"Pact.Schemas.{NameOf(kind)}.schema.json";
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"embedded schema {resource} is missing from the build");
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            texts[kind] = text;
            schemas[kind] = JsonSchema.FromText(text, options);
            documents[$"{BaseUri}{NameOf(kind)}.json"] = JsonNode.Parse(text)!;
        }

        // A schema resolves its $refs on its first evaluation, writing into its own and the referenced schemas'
        // dictionaries: two threads evaluating for the first time at once (validate reads artifacts on every core)
        // corrupted them. Resolving every schema here, on the one thread that loads the catalog, leaves only reads.
        var warm = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        using var empty = JsonDocument.Parse("{}");
        foreach (var schema in schemas.Values)
        {
            _ = schema.Evaluate(empty.RootElement, warm);
        }

        return new Loaded(schemas.ToFrozenDictionary(), texts.ToFrozenDictionary(), documents.ToFrozenDictionary());
    }

    internal sealed record Loaded(
        FrozenDictionary<ArtifactKind, JsonSchema> Schemas,
        FrozenDictionary<ArtifactKind, string> Texts,
        FrozenDictionary<string, JsonNode> Documents);
}
