using System.Text.Json;
using Json.Schema;
using Pact.Diagnostics;
using Pact.Documents;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Schemas;

public sealed class SchemaValidatorTests
{
    private static IReadOnlyList<Diagnostic> Errors(ArtifactKind kind, string text, string file) =>
        SchemaValidator.Validate(kind, DocumentParser.Parse(text, file));

    [Fact]
    public void UnknownKey_IsNamed_WithItsLine_AndTheNearestAllowedKey()
    {
        const string yaml = """
            language: python
            budgt: 25
            """;

        var error = Assert.Single(Errors(ArtifactKind.Config, yaml, "pact.yaml"));

        Assert.Equal("schema.unknown_key", error.Rule);
        Assert.Equal("/budgt", error.Pointer);
        Assert.Equal(2, error.Line);
        Assert.Equal("pact.yaml", error.File);
        Assert.Contains("did you mean 'budget'?", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedFunctionKey_InAContract_PointsIntoTheFunction()
    {
        const string json = """
            {
              "component_id": "pricing",
              "name": "Pricing",
              "description": "Prices stays",
              "functions": [
                { "name": "quote", "description": "d", "inputs": [], "output": "Quote" }
              ]
            }
            """;

        var errors = Errors(ArtifactKind.Contract, json, "interface.json");

        var unknown = Assert.Single(errors, e => e.Rule == "schema.unknown_key");
        Assert.Equal("/functions/0/output", unknown.Pointer);
        Assert.Equal(6, unknown.Line);
        Assert.Contains("'output_type'", unknown.Fix, StringComparison.Ordinal);
        var required = Assert.Single(errors, e => e.Rule == "schema.required");
        Assert.Equal("/functions/0", required.Pointer);
        Assert.Contains("output_type", required.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownReadinessLevel_ListsTheLevels()
    {
        const string yaml = """
            readiness:
              security:
                level: paranoid
            """;

        var error = Assert.Single(Errors(ArtifactKind.Config, yaml, "pact.yaml"));

        Assert.Equal("schema.enum", error.Rule);
        Assert.Equal("/readiness/security/level", error.Pointer);
        Assert.Equal(3, error.Line);
        Assert.Contains("\"paranoid\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"regulated\"", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsafeComponentId_IsRefused_BecauseIdsBecomeDirectories()
    {
        const string json = """{ "component_id": "../etc", "name": "x", "description": "y" }""";

        var error = Assert.Single(Errors(ArtifactKind.Contract, json, "c.json"));

        Assert.Equal("schema.pattern", error.Rule);
        Assert.Equal("/component_id", error.Pointer);
    }

    [Fact]
    public void WrongType_IsReported_AtItsPointer()
    {
        var error = Assert.Single(Errors(ArtifactKind.Config, "budget: lots\n", "pact.yaml"));

        Assert.Equal("schema.type", error.Rule);
        Assert.Equal("/budget", error.Pointer);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void NullableReference_AcceptsNull_AndReportsOnlyTheRealProblemOtherwise()
    {
        const string json = """
            { "root_id": "a", "nodes": { "a": { "component_id": "a", "name": "A", "description": "d", "contract": { "component_id": "a", "name": "A" } } } }
            """;

        var errors = Errors(ArtifactKind.Decomposition, json, "tree.json");

        var error = Assert.Single(errors);
        Assert.Equal("schema.required", error.Rule);
        Assert.Equal("/nodes/a/contract", error.Pointer);
    }

    [Fact]
    public void EveryArtifactKind_HasAnEmbeddedSchema_ThatBuilds()
    {
        foreach (var name in SchemaCatalog.Names)
        {
            var kind = SchemaCatalog.Find(name)!.Value;
            Assert.Contains("https://json-schema.org/draft/2020-12/schema", SchemaCatalog.Text(kind), StringComparison.Ordinal);
            Assert.NotNull(SchemaCatalog.Get(kind));
        }
    }

    [Fact]
    public void ArtifactKinds_AreNumberedInOrder_AsTheCatalogIndexesThem()
    {
        var kinds = Enum.GetValues<ArtifactKind>();
        Assert.All(kinds, kind => Assert.Equal(Array.IndexOf(kinds, kind), (int)kind));
    }

    [Fact]
    public void ASchema_IsBuiltWithTheSchemasItSharesReferencesWith_AndNoOthers()
    {
        var catalog = SchemaCatalog.Load();
        _ = catalog.Text(ArtifactKind.Contract);
        Assert.Empty(catalog.Built);

        _ = catalog.Schema(ArtifactKind.Config);
        Assert.Equal([ArtifactKind.Config, ArtifactKind.BuildSpec, ArtifactKind.Readiness, ArtifactKind.ProductionManifest], catalog.Built.Order());

        _ = catalog.Schema(ArtifactKind.TestSuite);
        Assert.Equal([ArtifactKind.Config, ArtifactKind.BuildSpec, ArtifactKind.Readiness, ArtifactKind.TestSuite, ArtifactKind.ProductionManifest], catalog.Built.Order());
    }

    [Fact]
    public void AReferenceIntoAnotherFile_ResolvesInAFreshCatalog()
    {
        var catalog = SchemaCatalog.Load();
        using var decomposition = JsonDocument.Parse("""{"nodes": {"a": {"contract": {"bogus": 1}}}}""");
        var results = catalog.Schema(ArtifactKind.Decomposition).Evaluate(decomposition.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(results.IsValid);
        // The error inside the contract comes from contract.json, reached through the decomposition's $ref.
        Assert.Contains(results.Details!, d => !d.IsValid && d.InstanceLocation.ToString().StartsWith("/nodes/a/contract", StringComparison.Ordinal)
            && d.SchemaLocation.OriginalString.StartsWith($"{SchemaCatalog.BaseUri}contract.json", StringComparison.Ordinal));
        Assert.Contains(ArtifactKind.Contract, catalog.Built);
        Assert.DoesNotContain(ArtifactKind.Config, catalog.Built);
    }

    [Theory]
    [InlineData("budgt", "budget")]
    [InlineData("output", "output_type")]
    [InlineData("langauge", "language")]
    [InlineData("zzzz", null)]
    public void Closest_SuggestsOnlyNearKeys(string typed, string? expected) =>
        Assert.Equal(expected, SchemaValidator.Closest(typed, ["budget", "output_type", "language", "model"]));

    [Fact]
    public void ValidContract_FromTheReader_HasNoDiagnostics()
    {
        var read = ArtifactReader.Read(ArtifactKind.Contract, System.Text.Json.JsonSerializer.Serialize(Some.Contract(), PactJson.Context.ComponentContract), "c.json", PactJson.Context.ComponentContract);

        Assert.True(read.Ok);
        Assert.Empty(read.Diagnostics);
    }
}
