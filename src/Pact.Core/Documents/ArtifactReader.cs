using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Pact.Schemas;

namespace Pact.Documents;

/// <summary>
/// The one path every input takes: text (JSON or YAML) → JSON tree → schema → typed record. A document that fails any
/// step yields diagnostics and no value. <c>file</c> is a display name used in messages.
/// </summary>
public static class ArtifactReader
{
    public static Checked<T> Read<T>(ArtifactKind kind, string text, string file, JsonTypeInfo<T> type)
        where T : class => Read(kind, DocumentParser.Parse(text, file), type);

    public static Checked<T> Read<T>(ArtifactKind kind, ParsedDocument document, JsonTypeInfo<T> type)
        where T : class
    {
        if (!document.Ok)
        {
            return Checked<T>.Failure(document.Diagnostics);
        }

        if (document.Root is null)
        {
            return Checked<T>.Failure(new Diagnostic
            {
                Rule = "input.empty",
                File = document.File,
                Pointer = "",
                Message = $"the document is empty; a {SchemaCatalog.NameOf(kind)} is expected",
                Fix = $"see `pact schema {SchemaCatalog.NameOf(kind)}` for what it must contain",
            });
        }

        var errors = SchemaValidator.Validate(kind, document);
        if (errors.Count > 0)
        {
            return Checked<T>.Failure(errors);
        }

        var value = (kind == ArtifactKind.BuildSpec ? NormalizeBuildSpec(document.Root).Deserialize(type)
                : document.Parsed is { } parsed ? parsed.Deserialize(type) : document.Root.Deserialize(type))
            ?? throw new InvalidOperationException($"a valid {SchemaCatalog.NameOf(kind)} deserialized to null");
        return Checked<T>.Success(value);
    }

    /// <summary>Spells out a build spec's shorthands: <c>version: 1</c> → "1", <c>security: strict</c> → {level: strict}.</summary>
    private static JsonNode NormalizeBuildSpec(JsonNode root)
    {
        var copy = root.DeepClone().AsObject();
        if (copy["version"] is JsonValue version && version.GetValueKind() == JsonValueKind.Number)
        {
            copy["version"] = version.ToJsonString();
        }

        if (copy["readiness"] is JsonObject readiness)
        {
            foreach (var (key, value) in readiness.ToList())
            {
                if (key != "notes" && value is JsonValue level && level.GetValueKind() == JsonValueKind.String)
                {
                    readiness[key] = new JsonObject { ["level"] = level.GetValue<string>() };
                }
            }
        }

        return copy;
    }
}
