using System.Text.Json.Nodes;
using Pact.Configuration;
using Pact.Documents;
using Pact.Readiness;
using Pact.Schemas;

namespace Pact.Specs;

/// <summary>
/// The pure half of applying a build spec: pact.yaml with the spec's config keys set and its readiness applied over
/// the current profile, checked against the pact.yaml schema. Whether the language it names is one this build knows
/// is the engine's question (its language registry), asked after this.
/// </summary>
public static class ConfigMerge
{
    public static (JsonObject Config, PactConfig? Value, IReadOnlyList<Diagnostic> Errors) Apply(JsonObject current, ReadinessProfile profile, BuildSpec spec)
    {
        var merged = current.DeepClone().AsObject();
        foreach (var (key, value) in spec.Config)
        {
            merged[key] = JsonNode.Parse(value.GetRawText());
        }

        if (spec.Readiness is not null)
        {
            merged.Remove("readiness");
            merged["readiness"] = JsonSerializer.SerializeToNode(spec.Readiness.ApplyTo(profile), PactJson.Context.ReadinessProfile);
        }

        var document = new ParsedDocument { File = "pact.yaml", Format = DocumentFormat.Yaml, Root = merged };
        var check = ArtifactReader.Read(ArtifactKind.Config, document, PactJson.Context.PactConfig);
        if (!check.Ok)
        {
            return (merged, null, check.Diagnostics);
        }

        return ConfigSupport.Check(document) is { Count: > 0 } unsupported ? (merged, null, unsupported) : (merged, check.Value, []);
    }
}
