using System.Text.Json.Nodes;
using Pact.Hashing;

namespace Pact.Core.Tests.Hashing;

public sealed class ContentHashTests
{
    [Fact]
    public void CanonicalForm_SortsKeys_AndDropsWhitespace()
    {
        var node = JsonNode.Parse("{ \"b\": [1, {\"z\": 1, \"a\": \"<x>\"}],\n \"a\": true }");

        Assert.Equal("{\"a\":true,\"b\":[1,{\"a\":\"\\u003Cx\\u003E\",\"z\":1}]}", ContentHash.Canonical(node));
    }

    [Fact]
    public void Hash_IsPinned_SoItCanNeverDriftSilently() =>
        // sha256 of the canonical text {"a":1,"b":"x"}; a change here would invalidate every stored certificate.
        Assert.Equal("ecf9e98ec0641e23113ff3ce8bdc78d0ddd249886517fd4a7f68cc83d4e65667", ContentHash.Of(JsonNode.Parse("""{"b":"x","a":1}""")));

    [Fact]
    public void KeyOrderAndIndentation_DoNotChangeTheHash() =>
        Assert.Equal(
            ContentHash.Of(JsonNode.Parse("{\"x\": {\"b\": 2, \"a\": 1}}")),
            ContentHash.Of(JsonNode.Parse("{\n  \"x\": {\n    \"a\": 1,\n    \"b\": 2\n  }\n}")));

    [Fact]
    public void DifferentContent_ChangesTheHash() =>
        Assert.NotEqual(ContentHash.Of(JsonNode.Parse("{\"a\": 1}")), ContentHash.Of(JsonNode.Parse("{\"a\": 2}")));

    /// <summary>Sizes around the 1 MiB read buffer, and a stream that hands out a few bytes per read, as pipes and slow disks do.</summary>
    [Theory]
    [InlineData(0, int.MaxValue)]
    [InlineData(1, int.MaxValue)]
    [InlineData((1 << 20) - 1, int.MaxValue)]
    [InlineData(1 << 20, int.MaxValue)]
    [InlineData((3 << 20) + 7, int.MaxValue)]
    [InlineData(100_003, 4093)]
    public void StreamedHash_IsTheHashOfTheWholeContent(int size, int perRead)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);

        Assert.Equal(ContentHash.OfBytes(bytes), ContentHash.OfStream(new Trickle(bytes, perRead)));
    }

    private sealed class Trickle(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, perRead));
    }
}
