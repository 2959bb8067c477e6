using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Pact.Diagnostics;
using Pact.Documents;

namespace Pact.Schemas;

/// <summary>
/// Checks a parsed document against its artifact's schema and turns each failure into a <see cref="Diagnostic"/>
/// with file, line, JSON pointer, a plain message and a fix (unknown keys get a "did you mean" from the schema).
/// </summary>
public static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static IReadOnlyList<Diagnostic> Validate(ArtifactKind kind, ParsedDocument document)
    {
        using var json = JsonDocument.Parse(document.Root?.ToJsonString() ?? "null");
        var results = SchemaCatalog.Get(kind).Evaluate(json.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        var found = new List<(string Pointer, string Keyword, Diagnostic Diagnostic)>();
        foreach (var detail in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                var diagnostic = Explain(kind, keyword, message, pointer, detail.SchemaLocation, document);
                found.Add((pointer, keyword, diagnostic));
            }
        }

        return [.. Prune(found).Distinct()];
    }

    /// <summary>
    /// Alternatives (anyOf/oneOf, e.g. "a contract or null") report a failure per branch. Keep the specific ones: drop the
    /// combinator's own summary and the "should be null" branch when something more precise was said at or under that spot.
    /// </summary>
    private static IEnumerable<Diagnostic> Prune(List<(string Pointer, string Keyword, Diagnostic Diagnostic)> found)
    {
        foreach (var (pointer, keyword, diagnostic) in found)
        {
            var alternativeNoise = keyword is "anyOf" or "oneOf"
                || (keyword == "type" && diagnostic.Message.Contains("\"null\"", StringComparison.Ordinal));
            var moreSpecific = found.Any(f => f.Keyword is not ("anyOf" or "oneOf" or "type") && (f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal)));
            if (alternativeNoise && moreSpecific)
            {
                continue;
            }

            yield return diagnostic;
        }
    }

    private static Diagnostic Explain(ArtifactKind kind, string keyword, string message, string pointer, Uri schemaLocation, ParsedDocument document)
    {
        var schemaName = SchemaCatalog.NameOf(kind);
        var at = document.Locate(pointer);
        var diagnostic = new Diagnostic
        {
            Rule = $"schema.{(keyword.Length == 0 ? "unknown_key" : keyword)}",
            Message = message,
            File = document.File,
            Line = at?.Line,
            Column = at?.Column,
            Pointer = pointer,
            Fix = $"see `pact schema {schemaName}` for the allowed shape",
        };

        switch (keyword)
        {
            case "" when schemaLocation.OriginalString.EndsWith("/additionalProperties", StringComparison.Ordinal):
            {
                var key = JsonPointerText.LastToken(pointer);
                var parent = new Uri(schemaLocation.OriginalString[..^"/additionalProperties".Length]);
                var allowed = (SchemaCatalog.NodeAt(parent)?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
                var suggestion = Closest(key, allowed);
                return diagnostic with
                {
                    Rule = "schema.unknown_key",
                    Message = $"unknown key '{key}'",
                    Fix = suggestion is not null
                        ? $"did you mean '{suggestion}'? Allowed keys here: {string.Join(", ", allowed)}"
                        : allowed.Count > 0 ? $"remove it; allowed keys here: {string.Join(", ", allowed)}" : "remove it",
                };
            }

            case "required":
                return diagnostic with { Message = message.Replace("Required properties", "missing required key(s)", StringComparison.Ordinal).Replace(" are not present", "", StringComparison.Ordinal), Fix = $"add the missing key(s); see `pact schema {schemaName}`" };
            case "enum":
            {
                var allowed = SchemaCatalog.NodeAt(schemaLocation) is JsonArray values ? string.Join(", ", values.Select(v => v?.ToJsonString())) : null;
                var actual = Value(document.Root, pointer);
                return diagnostic with
                {
                    Message = $"value {actual} is not allowed",
                    Fix = allowed is null ? diagnostic.Fix : $"use one of: {allowed}",
                };
            }

            case "pattern":
            {
                var pattern = SchemaCatalog.NodeAt(schemaLocation)?.GetValue<string>();
                return diagnostic with { Message = $"value {Value(document.Root, pointer)} does not match the pattern {pattern}", Fix = "ids are lower-case letters, digits and '_', starting with a letter (they become directory names)" };
            }

            case "type":
                return diagnostic with { Fix = $"give this key a value of the type the schema names; see `pact schema {schemaName}`" };
            default:
                return diagnostic;
        }
    }

    private static string Value(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[key],
                JsonArray array when int.TryParse(key, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        var text = node?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..77] + "..." : text;
    }

    /// <summary>The allowed key nearest to a mistyped one (edit distance ≤ 1/3 of its length), if any.</summary>
    internal static string? Closest(string key, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = EditDistance(key.ToLowerInvariant(), candidate);
            if (candidate.StartsWith(key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
            {
                distance = Math.Min(distance, 1);
            }

            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
