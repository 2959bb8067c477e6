using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pact.Engine.Assessment;

namespace Pact.Engine.Tests.Assessment;

/// <summary>The SARIF log of `pact assess --sarif` is valid against the official SARIF 2.1.0 schema (vendored beside this test).</summary>
public sealed class SarifSchemaTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The schema is draft-04, which JsonSchema.Net does not read; it uses nothing draft-04 means differently from
    /// draft-07 (no boolean exclusiveMinimum), so its dialect line is restated and its id (a draft-04 keyword, which
    /// its internal references do not need) dropped.
    /// </summary>
    private static JsonSchema Schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assessment", "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
        Assert.DoesNotContain("exclusiveMinimum\": true", schema.ToJsonString(), StringComparison.Ordinal);
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static EvaluationResults Evaluate(JsonSchema schema, string log)
    {
        using var document = JsonDocument.Parse(log);
        return schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    [Fact]
    public async Task TheSarifLog_IsValid_WithARulePerCategoryAndLocatedResults()
    {
        var dir = _engine.Dir;
        var root = AssessFixtures.FiveCategories(dir);
        dir.Write("app/sub dir/broken.py", "def broken(:\n");
        var sarif = dir.Combine("out", "assess.sarif");
        Directory.CreateDirectory(dir.Combine("out"));

        var result = await _engine.Get<AssessService>().AssessAsync(root, [], null, sarif, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(sarif);
        var schema = Schema();
        var verdict = Evaluate(schema, text);
        Assert.True(verdict.IsValid, Errors(verdict));

        var log = JsonNode.Parse(text)!;
        var run = log["runs"]![0]!;
        Assert.Equal(["shallow_module", "hub_dependency", "tight_coupling", "scattered_logic", "test_gap", "parse_error"], run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string?)r!["id"]));
        var results = run["results"]!.AsArray();
        Assert.Equal(result.Data!.Findings.Count, results.Count);
        var mutual = results.Single(r => (string?)r!["ruleId"] == "tight_coupling")!;
        var where = mutual["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(("a.py", "SRCROOT", 1), ((string?)where["artifactLocation"]!["uri"], (string?)where["artifactLocation"]!["uriBaseId"], (int?)where["region"]!["startLine"]));
        Assert.Equal("b.py", (string?)mutual["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        var broken = results.Single(r => (string?)r!["ruleId"] == "parse_error")!["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(("sub%20dir/broken.py", 1), ((string?)broken["artifactLocation"]!["uri"], (int?)broken["region"]!["startLine"]));
        var scattered = results.Single(r => (string?)r!["ruleId"] == "scattered_logic")!;
        Assert.Equal(("note", "m1.py"), ((string?)scattered["level"], (string?)scattered["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]));
        Assert.Equal(new Uri(root + "/").AbsoluteUri, (string?)run["originalUriBaseIds"]!["SRCROOT"]!["uri"]);

        // The check can fail: a level SARIF does not define is refused by the same schema.
        Assert.False(Evaluate(schema, text.Replace("\"level\": \"note\"", "\"level\": \"info\"", StringComparison.Ordinal)).IsValid);
        Assert.Equal([sarif], Directory.GetFiles(dir.Combine("out")));
    }

    [Theory]
    [InlineData("typescript", "a.ts", "b.ts")]
    [InlineData("csharp", "A/A.cs", "B/B.cs")]
    public async Task TheSarifLogOfOtherLanguages_IsValid_AndPointsAtFiles(string language, string first, string second)
    {
        var dir = _engine.Dir;
        var root = language == "typescript" ? LanguageFixtures.TypeScript(dir) : LanguageFixtures.CSharp(dir);
        var sarif = dir.Combine("assess.sarif");

        var result = await _engine.Get<AssessService>().AssessAsync(root, [], language, sarif, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(sarif);
        var verdict = Evaluate(Schema(), text);
        Assert.True(verdict.IsValid, Errors(verdict));
        var mutual = JsonNode.Parse(text)!["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "tight_coupling")!;
        Assert.Equal(first, (string?)mutual["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal(second, (string?)mutual["relatedLocations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public async Task ASarifFileThatCannotBeWritten_IsAnIoDiagnostic()
    {
        var root = AssessFixtures.FiveCategories(_engine.Dir);

        var result = await _engine.Get<AssessService>().AssessAsync(root, [], null, _engine.Dir.Write("a-file", "not a directory\n") + "/x.sarif", Ct);

        Assert.Equal((Pact.Projects.Outcome.IoError, "assess.sarif"), (result.Outcome, result.Diagnostics.Single().Rule));
    }
}
