using System.Text.Json.Nodes;
using Pact.Documents;

namespace Pact.Core.Tests.Gates;

/// <summary>The RFC 6902 operations the corpus uses (add, replace, remove, move, copy), applied to a copy of a document.</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode document, JsonArray operations)
    {
        var root = document.DeepClone();
        foreach (var operation in operations.Select(o => o!.AsObject()))
        {
            var path = (string)operation["path"]!;
            switch ((string)operation["op"]!)
            {
                case "add":
                    Add(root, path, operation["value"]!.DeepClone());
                    break;
                case "replace":
                    Remove(root, path);
                    Add(root, path, operation["value"]!.DeepClone());
                    break;
                case "remove":
                    Remove(root, path);
                    break;
                case "move":
                    var moved = Remove(root, (string)operation["from"]!);
                    Add(root, path, moved);
                    break;
                case "copy":
                    Add(root, path, Find(root, (string)operation["from"]!).DeepClone());
                    break;
                default:
                    throw new InvalidOperationException($"unsupported patch op {operation["op"]}");
            }
        }
        return root;
    }

    private static JsonNode Find(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var token in Tokens(pointer))
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!;
        }
        return node;
    }

    private static void Add(JsonNode root, string pointer, JsonNode value)
    {
        var parent = Find(root, JsonPointerText.Parent(pointer));
        var last = JsonPointerText.LastToken(pointer);
        if (parent is JsonArray array)
        {
            if (last == "-")
            {
                array.Add(value);
            }
            else
            {
                array.Insert(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture), value);
            }
        }
        else
        {
            parent.AsObject()[last] = value;
        }
    }

    private static JsonNode Remove(JsonNode root, string pointer)
    {
        var parent = Find(root, JsonPointerText.Parent(pointer));
        var last = JsonPointerText.LastToken(pointer);
        if (parent is JsonArray array)
        {
            var index = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
            var removed = array[index]!;
            array.RemoveAt(index);
            return removed;
        }
        var value = parent[last]!;
        parent.AsObject().Remove(last);
        return value;
    }

    private static IEnumerable<string> Tokens(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
