using System.Text;
using System.Text.Json.Nodes;

namespace Pact.Documents;

/// <summary>JSON text → JSON tree, with the line of every value by pointer (found with one pass of a <see cref="Utf8JsonReader"/>).</summary>
public static class JsonReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DocumentLimits.MaxDepth };

    public static ParsedDocument Parse(string text, string file)
    {
        JsonElement value;
        try
        {
            using var document = JsonDocument.Parse(text, Strict);
            value = document.RootElement.Clone();
        }
        catch (JsonException) when (TooDeep(text) is { } at)
        {
            return new ParsedDocument
            {
                File = file,
                Format = DocumentFormat.Json,
                Diagnostics =
                [
                    new Diagnostic
                    {
                        Rule = "input.json_too_deep",
                        File = file,
                        Line = at.Line,
                        Column = at.Column,
                        Message = DocumentLimits.DepthMessage,
                        Fix = DocumentLimits.DepthFix,
                    },
                ],
            };
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

        // The tree reads the parsed value lazily, so the value is parsed once and the schema can evaluate it directly.
        JsonNode? root = value.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(value),
            JsonValueKind.Array => JsonArray.Create(value),
            JsonValueKind.Null => null,
            _ => JsonValue.Create(value),
        };
        return new ParsedDocument { File = file, Format = DocumentFormat.Json, Root = root, Parsed = value, Locations = new LazyLocations(() => Locate(text)) };
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
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = DocumentLimits.MaxDepth });

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

    /// <summary>
    /// Where the text first nests deeper than the limit, if that is why it failed to parse: a second, forward-only
    /// pass (no recursion, so any depth is safe) that stops at the first token past the limit or the first syntax error.
    /// </summary>
    private static SourceLocation? TooDeep(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= DocumentLimits.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var offset = (int)reader.TokenStartIndex;
                    var before = bytes.AsSpan(0, offset);
                    var line = before.Count((byte)'\n');
                    var lineStart = before.LastIndexOf((byte)'\n') + 1;
                    return new SourceLocation(line + 1, offset - lineStart + 1);
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error comes first: reported as one.
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
