using System.Text.Json.Nodes;
using Json.Schema;

namespace Pact.Schemas;

/// <summary>
/// The schemas embedded in Pact.Core, each built on first use. Schemas that refer to one another by <c>$ref</c> form a
/// group (config, build_spec, production_manifest and readiness; decomposition, contract and test_results; run_state
/// and interview); the rest stand alone. A group is built in one go, into a registry of its own, and is handed out
/// only once every schema in it has been evaluated once.
/// </summary>
/// <remarks>
/// Building all 27 schemas took about 60 ms of a ReadyToRun `pact status`, which reads five of them. The groups are what
/// keeps lazy building thread-safe: a schema resolves its <c>$ref</c>s on its first evaluation, writing into its own
/// and the referenced schemas' dictionaries, and two threads doing that at once corrupted them (validate reads
/// artifacts on every core). Within a group that first evaluation happens here, on one thread, before anyone else
/// sees the group; and no evaluation ever reaches from one group into another, so a group being built cannot disturb
/// one in use.
/// </remarks>
internal sealed class EmbeddedSchemas
{
    private static readonly ArtifactKind[] Kinds = Enum.GetValues<ArtifactKind>();

    private readonly Lazy<string>[] texts;
    private readonly Lazy<JsonNode>[] documents;
    private readonly Lazy<Lazy<JsonSchema?[]>[]> groups;

    public EmbeddedSchemas()
    {
        texts = [.. Kinds.Select(kind => new Lazy<string>(() => ReadResource(kind), LazyThreadSafetyMode.ExecutionAndPublication))];
        documents = [.. Kinds.Select(kind => new Lazy<JsonNode>(() => JsonNode.Parse(Text(kind))!, LazyThreadSafetyMode.ExecutionAndPublication))];
        groups = new(Group, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The schema's text exactly as embedded (reading it builds nothing).</summary>
    public string Text(ArtifactKind kind) => texts[Index(kind)].Value;

    public JsonSchema Schema(ArtifactKind kind) => groups.Value[Index(kind)].Value[Index(kind)]!;

    /// <summary>The kinds whose schemas have been built so far.</summary>
    public IReadOnlyList<ArtifactKind> Built => [.. Kinds.Where((_, i) => groups.IsValueCreated && groups.Value[i].IsValueCreated)];

    /// <summary>The parsed schema document whose <c>$id</c> is <paramref name="uri"/>, or null if Pact has none.</summary>
    public JsonNode? Document(string uri) =>
        uri.StartsWith(SchemaCatalog.BaseUri, StringComparison.Ordinal) && uri.EndsWith(".json", StringComparison.Ordinal)
        && SchemaCatalog.Find(uri[SchemaCatalog.BaseUri.Length..^".json".Length]) is { } kind
        && IdOf(kind) == uri
            ? documents[Index(kind)].Value
            : null;

    private static string IdOf(ArtifactKind kind) => $"{SchemaCatalog.BaseUri}{SchemaCatalog.NameOf(kind)}.json";

    /// <summary>The kinds are numbered 0, 1, 2… in declaration order, as <see cref="Kinds"/> lists them.</summary>
    private static int Index(ArtifactKind kind) => (int)kind;

    /// <summary>
    /// For each kind, the builder of its group: the kinds linked to it through references in either direction
    /// (a mention of another schema's URI counts, which can only make a group larger than it needs to be).
    /// </summary>
    private Lazy<JsonSchema?[]>[] Group()
    {
        var root = Enumerable.Range(0, Kinds.Length).ToArray();
        int Find(int i) => root[i] == i ? i : root[i] = Find(root[i]);
        for (var i = 0; i < Kinds.Length; i++)
        {
            for (var j = 0; j < Kinds.Length; j++)
            {
                if (i != j && Text(Kinds[i]).Contains(IdOf(Kinds[j]), StringComparison.Ordinal))
                {
                    root[Find(i)] = Find(j);
                }
            }
        }

        var builders = new Dictionary<int, Lazy<JsonSchema?[]>>();
        return [.. Enumerable.Range(0, Kinds.Length).Select(i =>
        {
            var group = Find(i);
            if (!builders.TryGetValue(group, out var builder))
            {
                var members = Enumerable.Range(0, Kinds.Length).Where(j => Find(j) == group).Select(j => Kinds[j]).ToArray();
                builder = builders[group] = new(() => Build(members), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            return builder;
        })];
    }

    /// <summary>The group's schemas, by kind (an array, as every kind's index is known: no generic code over the enum).</summary>
    private JsonSchema?[] Build(ArtifactKind[] members)
    {
        JsonSchemaLibrary.EnsureLoaded();
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new JsonSchema?[Kinds.Length];
        foreach (var kind in members)
        {
            schemas[Index(kind)] = JsonSchema.FromText(Text(kind), options);
        }

        var warm = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        using var empty = JsonDocument.Parse("{}");
        foreach (var kind in members)
        {
            _ = schemas[Index(kind)]!.Evaluate(empty.RootElement, warm);
        }

        return schemas;
    }

    private static string ReadResource(ArtifactKind kind)
    {
        var resource = $"Pact.Schemas.{SchemaCatalog.NameOf(kind)}.schema.json";
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded schema {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
