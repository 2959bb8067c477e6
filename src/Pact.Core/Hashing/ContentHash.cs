using System.Buffers;
using System.Security.Cryptography;
using System.Text;
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
    private const int StreamBuffer = 1 << 20;

    public static string Of<T>(T value, JsonTypeInfo<T> type) => OfCanonical(Canonical(JsonSerializer.SerializeToNode(value, type)));

    public static string Of(JsonNode? node) => OfCanonical(Canonical(node));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The SHA-256 of a stream read to its end through one pooled 1 MiB buffer: large files are never held whole, and
    /// reads are large enough that the time goes to the hash, not to system calls or copies.
    /// </summary>
    public static string OfStream(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(StreamBuffer);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int read;
            while ((read = stream.Read(buffer, 0, StreamBuffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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
