using System.Text.Json.Nodes;
using Pact.Documents;
using Pact.Hashing;

namespace Pact.Core.Tests.Documents;

public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("a: b")]
    [InlineData("- item")]
    [InlineData("# not a comment")]
    [InlineData("quote \" inside")]
    [InlineData("two\nlines\n")]
    [InlineData("tab\tinside")]
    [InlineData("ünïcödé ✓")]
    [InlineData("1.5e3")]
    public void StringsThatLookLikeOtherThings_ReadBackAsTheSameString(string value)
    {
        var node = new JsonObject { ["v"] = value };

        var back = YamlReader.Parse(YamlWriter.Write(node), "w.yaml");

        Assert.True(back.Ok, string.Join("\n", back.Diagnostics));
        Assert.Equal(value, back.Root!["v"]!.GetValue<string>());
    }

    [Fact]
    public void NestedDocument_RoundTrips_ToTheSameCanonicalHash()
    {
        var node = JsonNode.Parse("""{"a":{"b":[1,2.5,{"c":null}],"d":[],"e":{}},"f":false,"g":"multi\nline\n"}""");

        var back = YamlReader.Parse(YamlWriter.Write(node), "w.yaml");

        Assert.Equal(ContentHash.Of(node), ContentHash.Of(back.Root));
    }

    [Fact]
    public void MultiLineText_IsWrittenAsALiteralBlock()
    {
        var yaml = YamlWriter.Write(new JsonObject { ["task"] = "Build it.\nWell.\n" });

        Assert.Equal("task: |\n  Build it.\n  Well.\n", yaml);
    }
}
