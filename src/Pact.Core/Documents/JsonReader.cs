using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pact.Diagnostics;

namespace Pact.Documents;

/// <summary>JSON text → JSON tree, with the line of every value by pointer (found with one pass of a <see cref="Utf8JsonReader"/>).</summary>
public static class JsonReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 128 };

    public static ParsedDocument Parse(string text, string file)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            return new ParsedDocument
            {
                File = file,
                Format = DocumentFormat.Json,
                Diagnostics =
                [
                    new Diagnostic
                    {
                        Rule = "input.json_syntax",
                        File = file,
                        Line = (int)(e.LineNumber ?? 0) + 1,
                        Column = (int)(e.BytePositionInLine ?? 0) + 1,
                        Message = $"invalid JSON: {FirstSentence(e.Message)}",
                        Fix = "fix the JSON syntax there (a missing comma or quote, or a trailing comma, are the usual causes)",
                    },
                ],
            };
        }

        return new ParsedDocument { File = file, Format = DocumentFormat.Json, Root = root, Locations = new LazyLocations(() => Locate(text)) };
    }

    private static Dictionary<string, SourceLocation> Locate(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 128 });

        // Each open container: its pointer and, for arrays, the next index (-1 marks an object).
        var stack = new Stack<(string Pointer, int NextIndex)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            var pointer = "";
            if (stack.Count > 0)
            {
                var (parent, next) = stack.Pop();
                if (next < 0)
                {
                    pointer = JsonPointerText.Append(parent, pendingProperty ?? "");
                    stack.Push((parent, next));
                }
                else
                {
                    pointer = JsonPointerText.Append(parent, next);
                    stack.Push((parent, next + 1));
                }
            }

            var offset = (int)reader.TokenStartIndex;
            var line = lineStarts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            locations[pointer] = new SourceLocation(line + 1, offset - lineStarts[line] + 1);

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                stack.Push((pointer, -1));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                stack.Push((pointer, 0));
            }
        }

        return locations;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
