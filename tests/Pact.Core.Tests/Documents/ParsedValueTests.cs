using System.Text.Json.Nodes;
using Pact.Documents;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Documents;

/// <summary>
/// A JSON file is parsed once: the schema evaluates the parsed value and the typed read deserializes it. That value
/// must never stand in for a tree it no longer matches, or a document could be judged by what it was, not what it is.
/// </summary>
public sealed class ParsedValueTests
{
    private const string Suite = """
        { "component_id": "pricing", "contract_version": 1, "test_language": "python",
          "test_cases": [{ "id": "t1", "description": "d", "function": "quote", "category": "happy_path" }],
          "generated_code": "def test_t1():\n    pass\n" }
        """;

    [Fact]
    public void AJsonFile_CarriesItsParsedValue_AndReadsThroughIt()
    {
        var document = DocumentParser.Parse(Suite, "tests/pricing/contract_test_suite.json");

        Assert.Equal("pricing", document.Parsed?.GetProperty("component_id").GetString());
        Assert.Equal("pricing", document.Root?["component_id"]?.GetValue<string>());
        var read = ArtifactReader.Read(ArtifactKind.TestSuite, document, PactJson.Context.ContractTestSuite);
        Assert.True(read.Ok, string.Join("; ", read.Diagnostics));
        Assert.Equal("t1", Assert.Single(read.Value!.TestCases).Id);
    }

    [Fact]
    public void ACopyWithAnotherTree_IsJudgedByThatTree_NotByTheValueItWasParsedFrom()
    {
        var valid = DocumentParser.Parse(Suite, "tests/pricing/contract_test_suite.json");
        var swapped = valid with { Root = new JsonObject { ["component_id"] = "pricing", ["smuggled"] = true } };

        Assert.Null(swapped.Parsed);
        var read = ArtifactReader.Read(ArtifactKind.TestSuite, swapped, PactJson.Context.ContractTestSuite);
        Assert.False(read.Ok);
        Assert.Contains(read.Diagnostics, d => d.Rule == "schema.unknown_key" && d.Pointer == "/smuggled");
    }

    [Fact]
    public void ATreeBuiltInCode_IsEvaluatedFromTheTree()
    {
        var built = new ParsedDocument { File = "pact.yaml", Format = DocumentFormat.Yaml, Root = new JsonObject { ["language"] = "python", ["budgt"] = 25 } };

        var error = Assert.Single(SchemaValidator.Validate(ArtifactKind.Config, built));

        Assert.Equal("/budgt", error.Pointer);
    }
}
