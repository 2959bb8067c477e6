using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Pact.Hashing;

/// <summary>
/// Content identity of artifacts and files: SHA-256 over canonical JSON (object keys sorted by ordinal, no
/// insignificant whitespace), as lowercase hex. Two artifacts with the same content hash are the same artifact,
/// whatever their key order or indentation on disk.
/// </summary>
public static class ContentHash
{
    public static string Of<T>(T value, JsonTypeInfo<T> type) => OfCanonical(Canonical(JsonSerializer.SerializeToNode(value, type)));

    public static string Of(JsonNode? node) => OfCanonical(Canonical(node));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The canonical text: sorted keys, compact, numbers and strings as System.Text.Json writes them.</summary>
    public static string Canonical(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string OfCanonical(string canonical) => OfBytes(Encoding.UTF8.GetBytes(canonical));

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
