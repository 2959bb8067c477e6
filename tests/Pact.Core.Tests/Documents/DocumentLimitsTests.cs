using System.Diagnostics;
using System.Text;
using Pact.Documents;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Core.Tests.Documents;

/// <summary>The limits every reader enforces: exactly at the limit is read, one past it is a diagnostic with a line, and nothing recurses unbounded.</summary>
public sealed class DocumentLimitsTests
{
    private static string NestedYaml(int depth) => new string('[', depth) + new string(']', depth);

    private static string NestedJson(int depth) => new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

    [Fact]
    public void YamlAtTheDepthLimit_IsRead_AndOnePast_IsRefusedWithItsLine()
    {
        Assert.True(YamlReader.Parse("x: " + NestedYaml(DocumentLimits.MaxDepth - 1), "ok.yaml").Ok);

        var doc = YamlReader.Parse("x: 1\ny: " + NestedYaml(DocumentLimits.MaxDepth), "deep.yaml");

        var error = Assert.Single(doc.Diagnostics);
        Assert.Equal("input.yaml_too_deep", error.Rule);
        Assert.Equal(2, error.Line);
        Assert.Equal("deep.yaml", error.File);
        Assert.Null(doc.Root);
    }

    [Fact]
    public void JsonAtTheDepthLimit_PassesTheSchemaStep_AndOnePast_IsRefusedWithItsLine()
    {
        // The schema evaluation re-reads the tree; it used to refuse (with an exception) what the reader accepted.
        var ok = JsonReader.Parse(NestedJson(DocumentLimits.MaxDepth), "ok.json");
        Assert.True(ok.Ok);
        Assert.NotEmpty(SchemaValidator.Validate(ArtifactKind.BuildSpec, ok));

        var doc = JsonReader.Parse("{\n\"a\": " + NestedJson(DocumentLimits.MaxDepth) + "}", "deep.json");

        var error = Assert.Single(doc.Diagnostics);
        Assert.Equal("input.json_too_deep", error.Rule);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void HundredThousandLevels_AreRefused_InBothFormats_WithoutOverflowingTheStack()
    {
        Assert.Equal("input.yaml_too_deep", Assert.Single(YamlReader.Parse(NestedYaml(100_000), "a.yaml").Diagnostics).Rule);
        Assert.Equal("input.yaml_too_deep", Assert.Single(YamlReader.Parse(new StringBuilder().Insert(0, "{a: ", 100_000).ToString(), "a.yaml").Diagnostics).Rule);
        Assert.Equal("input.json_too_deep", Assert.Single(JsonReader.Parse(new string('[', 100_000), "a.json").Diagnostics).Rule);
    }

    [Fact]
    public void AliasBomb_IsRefusedFast()
    {
        var bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat($"*{(char)(level - 1)}", 9))).Append("]\n");
        }

        var clock = Stopwatch.StartNew();
        var doc = YamlReader.Parse(bomb.ToString(), "pact.yaml");

        Assert.Equal("input.yaml_aliases", Assert.Single(doc.Diagnostics).Rule);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AnAliasThatNestsPastTheLimit_IsRefused_EvenThoughTheTextIsShallow()
    {
        var half = DocumentLimits.MaxDepth / 2 + 1;
        var text = $"a: &a {NestedYaml(half)}\nb: &b {new string('[', half)}*a{new string(']', half)}\n";

        Assert.Equal("input.yaml_too_deep", Assert.Single(YamlReader.Parse(text, "a.yaml").Diagnostics).Rule);
    }

    [Fact]
    public void OrdinaryAnchorReuse_IsStillRead()
    {
        var doc = YamlReader.Parse("base: &b {x: 1, y: 2}\nfirst: *b\nsecond: *b\n", "a.yaml");

        Assert.True(doc.Ok);
        Assert.Equal(2, doc.Root!["second"]!["y"]!.GetValue<long>());
    }

    [Fact]
    public void ArtifactReader_ReportsTheLimit_AsADiagnostic()
    {
        var read = ArtifactReader.Read(ArtifactKind.BuildSpec, "task: " + NestedYaml(100_000), "build_spec.yaml", PactJson.Context.BuildSpec);

        Assert.False(read.Ok);
        Assert.Equal("input.yaml_too_deep", Assert.Single(read.Diagnostics).Rule);
    }
}
