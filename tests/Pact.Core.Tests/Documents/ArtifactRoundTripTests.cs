using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pact.Documents;
using Pact.Hashing;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Documents;

/// <summary>Every artifact: serialize → validate against its schema → deserialize → the same canonical hash, through JSON and YAML.</summary>
public sealed class ArtifactRoundTripTests
{
    public static TheoryData<string> Kinds => [.. SchemaCatalog.Names];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Artifact_RoundTrips_ThroughSchemaAndBack(string name)
    {
        var kind = SchemaCatalog.Find(name)!.Value;
        var c = PactJson.Context;
        switch (kind)
        {
            case ArtifactKind.Config: RoundTrip(kind, Some.Config(), c.PactConfig); break;
            case ArtifactKind.BuildSpec: RoundTrip(kind, Some.Spec(), c.BuildSpec); break;
            case ArtifactKind.Readiness: RoundTrip(kind, Some.Readiness(), c.ReadinessProfile); break;
            case ArtifactKind.Interview: RoundTrip(kind, Some.Interview(), c.InterviewResult); break;
            case ArtifactKind.Pitch: RoundTrip(kind, Some.Pitch(), c.ShapingPitch); break;
            case ArtifactKind.Decomposition: RoundTrip(kind, Some.Tree(), c.DecompositionTree); break;
            case ArtifactKind.Decisions: RoundTrip(kind, Some.Decisions(), c.IReadOnlyListEngineeringDecision); break;
            case ArtifactKind.Contract: RoundTrip(kind, Some.Contract(), c.ComponentContract); break;
            case ArtifactKind.TestSuite: RoundTrip(kind, Some.Suite(), c.ContractTestSuite); break;
            case ArtifactKind.TestResults: RoundTrip(kind, Some.Results(), c.TestResults); break;
            case ArtifactKind.RunState: RoundTrip(kind, Some.State(), c.RunState); break;
            case ArtifactKind.AuditEvent: RoundTrip(kind, Some.Event(), c.AuditEvent); break;
            case ArtifactKind.SuiteLock: RoundTrip(kind, Some.Lock(), c.SuiteLock); break;
            case ArtifactKind.Certificate: RoundTrip(kind, Some.Envelope(), c.DsseEnvelope); break;
            case ArtifactKind.Review: RoundTrip(kind, Some.Review(), c.Review); break;
            case ArtifactKind.ProductionManifest: RoundTrip(kind, Some.Manifest(), c.ProductionManifest); break;
            case ArtifactKind.ControlMatrix: RoundTrip(kind, Some.Matrix(), c.ControlMatrix); break;
            case ArtifactKind.DoneGate: RoundTrip(kind, Some.DoneGate(), c.DoneGate); break;
            case ArtifactKind.NaRegister: RoundTrip(kind, Some.NaRegister(), c.NaRegister); break;
            case ArtifactKind.SecretsAllowlist: RoundTrip(kind, Some.Allowlist(), c.SecretsAllowlist); break;
            // The pack files Pact reads for their schema and placeholders only have no record to round-trip: their
            // finished sample must pass the schema, through YAML as a person writes it.
            case ArtifactKind.Constraints or ArtifactKind.ComponentMap or ArtifactKind.TrustPolicy or ArtifactKind.ThreatModel
                or ArtifactKind.ArchitectureLaws or ArtifactKind.Preflight or ArtifactKind.LiveValidation:
                var document = DocumentParser.Parse(Some.PackFile(kind), "sample.yaml");
                Assert.Empty(SchemaValidator.Validate(kind, document));
                break;
            default: Assert.Fail($"no sample for {kind}: add one to Some and a case here"); break;
        }
    }

    [Fact]
    public void Samples_SetEveryModelProperty_SoTheRoundTripsCoverTheWholeModel()
    {
        var c = PactJson.Context;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonSerializer.SerializeToElement(Some.Config(), c.PactConfig), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Spec(), c.BuildSpec), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Pitch(), c.ShapingPitch), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Tree(), c.DecompositionTree), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Decisions(), c.IReadOnlyListEngineeringDecision), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Suite(), c.ContractTestSuite), seen);
        Collect(JsonSerializer.SerializeToElement(Some.State(), c.RunState), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Event(), c.AuditEvent), seen);
        Collect(JsonSerializer.SerializeToElement(Some.Review(), c.Review), seen);

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<Type>();
        foreach (var root in new JsonTypeInfo[] { c.PactConfig, c.BuildSpec, c.ShapingPitch, c.DecompositionTree, c.IReadOnlyListEngineeringDecision, c.ContractTestSuite, c.RunState, c.AuditEvent, c.Review })
        {
            Walk(root, visited, missing, seen);
        }

        Assert.Empty(missing);
    }

    private static void RoundTrip<T>(ArtifactKind kind, T value, JsonTypeInfo<T> type)
        where T : class
    {
        var expected = ContentHash.Of(value, type);

        var json = JsonSerializer.Serialize(value, type);
        var fromJson = ArtifactReader.Read(kind, json, $"sample.json", type);
        Assert.True(fromJson.Ok, string.Join("\n", fromJson.Diagnostics));
        Assert.Equal(expected, ContentHash.Of(fromJson.Value!, type));

        var yaml = YamlWriter.Write(JsonSerializer.SerializeToNode(value, type));
        var fromYaml = ArtifactReader.Read(kind, yaml, $"sample.yaml", type);
        Assert.True(fromYaml.Ok, yaml + "\n" + string.Join("\n", fromYaml.Diagnostics));
        Assert.Equal(expected, ContentHash.Of(fromYaml.Value!, type));
    }

    private static void Collect(JsonElement element, HashSet<string> seen)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                seen.Add(property.Name);
                Collect(property.Value, seen);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, seen);
            }
        }
    }

    /// <summary>Written by the judge into a locked master only; a submitted artifact never carries it (its schema refuses it).</summary>
    private static readonly HashSet<string> JudgeOnly = new(StringComparer.Ordinal) { "ContractTestSuite.pact_generated" };

    private static void Walk(JsonTypeInfo info, HashSet<Type> visited, SortedSet<string> missing, HashSet<string> seen)
    {
        if (!visited.Add(info.Type))
        {
            return;
        }

        if (info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary && info.ElementType is { } element)
        {
            Walk(PactJson.Options.GetTypeInfo(element), visited, missing, seen);
            return;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => !p.IsExtensionData && p.Get is not null && p.Set is not null && !JudgeOnly.Contains($"{info.Type.Name}.{p.Name}")))
        {
            if (!seen.Contains(property.Name))
            {
                missing.Add($"{info.Type.Name}.{property.Name}");
            }

            var inner = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            Walk(PactJson.Options.GetTypeInfo(inner), visited, missing, seen);
        }
    }
}
