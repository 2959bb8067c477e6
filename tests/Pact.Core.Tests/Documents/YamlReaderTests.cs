using System.Text.Json;
using Pact.Documents;

namespace Pact.Core.Tests.Documents;

public sealed class YamlReaderTests
{
    [Fact]
    public void PlainScalars_FollowTheYaml12CoreSchema()
    {
        var doc = YamlReader.Parse("""
            i: 42
            f: 2.5
            t: true
            n: ~
            yes_word: yes
            quoted: "42"
            version: '1'
            octal_looking: 0777
            """, "a.yaml");

        Assert.True(doc.Ok);
        var root = doc.Root!;
        Assert.Equal(JsonValueKind.Number, root["i"]!.GetValueKind());
        Assert.Equal(2.5, root["f"]!.GetValue<double>());
        Assert.True(root["t"]!.GetValue<bool>());
        Assert.Null(root["n"]);
        Assert.Equal("yes", root["yes_word"]!.GetValue<string>());
        Assert.Equal("42", root["quoted"]!.GetValue<string>());
        Assert.Equal("1", root["version"]!.GetValue<string>());
        Assert.Equal(777, root["octal_looking"]!.GetValue<long>());
    }

    [Fact]
    public void SyntaxError_GivesTheLine_AndAFix()
    {
        var doc = YamlReader.Parse("a: 1\nb: [1, 2\nc: 3\n", "broken.yaml");

        var error = Assert.Single(doc.Diagnostics);
        Assert.Equal("input.yaml_syntax", error.Rule);
        Assert.Equal("broken.yaml", error.File);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Fix);
        Assert.Null(doc.Root);
    }

    [Fact]
    public void DuplicateKey_IsAnError_NotASilentOverwrite()
    {
        var doc = YamlReader.Parse("budget: 1\nbudget: 2\n", "pact.yaml");

        Assert.False(doc.Ok);
        var error = Assert.Single(doc.Diagnostics);
        Assert.Contains("budget", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void SecondDocument_IsRefused()
    {
        var doc = YamlReader.Parse("a: 1\n---\nb: 2\n", "two.yaml");

        Assert.Equal("input.yaml_syntax", Assert.Single(doc.Diagnostics).Rule);
    }

    [Fact]
    public void Locations_AreKeptPerPointer()
    {
        var doc = YamlReader.Parse("a:\n  list:\n    - x\n    - y\n", "l.yaml");

        Assert.Equal(4, doc.Locations["/a/list/1"].Line);
        Assert.Equal(3, doc.Locate("/a/list/0/missing")!.Value.Line);
    }

    [Fact]
    public void JsonSyntaxError_GivesLineAndColumn()
    {
        var doc = JsonReader.Parse("{\n  \"a\": 1,\n  \"b\": \n}", "bad.json");

        var error = Assert.Single(doc.Diagnostics);
        Assert.Equal("input.json_syntax", error.Rule);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void JsonLocations_FollowNestedArraysAndObjects()
    {
        var doc = JsonReader.Parse("{\n\"a\": [\n {\"b\": 1},\n {\"c/d\": [true,\n false]}\n]\n}", "n.json");

        Assert.Equal(3, doc.Locations["/a/0/b"].Line);
        Assert.Equal(5, doc.Locations["/a/1/c~1d/1"].Line);
    }
}
