using System.Text.Json.Nodes;
using Json.Schema;
using Pact.Documents;

namespace Pact.Schemas;

/// <summary>
/// Checks a parsed document against its artifact's schema and turns each failure into a <see cref="Diagnostic"/>
/// with file, line, JSON pointer, a plain message and a fix (unknown keys get a "did you mean" from the schema).
/// </summary>
public static class SchemaValidator
{
    private static readonly EvaluationOptions Options = OptionsFor(OutputFormat.List);

    /// <summary>Only valid or not: no output tree to build, which is most of an evaluation's cost.</summary>
    private static readonly EvaluationOptions Verdict = OptionsFor(OutputFormat.Flag);

    public static IReadOnlyList<Diagnostic> Validate(ArtifactKind kind, ParsedDocument document)
    {
        var instance = document.Value();
        var schema = SchemaCatalog.Get(kind);
        // Nearly every artifact is valid: ask for the verdict first and for the detailed list only when it fails.
        if (schema.Evaluate(instance, Verdict).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(instance, Options);
        if (results.IsValid)
        {
            return [];
        }

        var nodes = ((IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
            .Select(d => new Node(d.EvaluationPath.ToString(), d.InstanceLocation.ToString(), d.IsValid, d))
            .ToList();
        var diagnostics = new List<Diagnostic>();
        foreach (var node in nodes.Where(n => n.Detail.Errors is not null && Survives(n, nodes)))
        {
            foreach (var (keyword, message) in node.Detail.Errors!)
            {
                diagnostics.Add(Explain(kind, keyword, message, node.Pointer, node.Path, node.Detail.SchemaLocation, document));
            }
        }

        return [.. diagnostics.Distinct()];
    }

    /// <summary>One evaluated (schema path, instance location) pair of the list output.</summary>
    private sealed record Node(string Path, string Pointer, bool Valid, EvaluationResults Detail);

    /// <summary>
    /// Unions (anyOf/oneOf: "a level, a setting object or null") evaluate every branch, and the list output keeps the
    /// failures of all of them. An error is worth reporting only if, for each union on its path, the union failed and
    /// its branch is the one that came closest: the branch whose errors reach deepest into the value, preferring one
    /// whose type fitted. Everything else is noise from alternatives the author did not mean.
    /// </summary>
    private static bool Survives(Node error, List<Node> nodes)
    {
        foreach (var (prefix, branch) in Unions(error.Path))
        {
            var branchPath = $"{prefix}/{branch}";
            var at = nodes.Where(n => n.Path == branchPath && (error.Pointer == n.Pointer || error.Pointer.StartsWith(n.Pointer + "/", StringComparison.Ordinal)))
                .MaxBy(n => n.Pointer.Length)?.Pointer;
            if (at is null)
            {
                continue;
            }

            var siblings = nodes.Where(n => n.Pointer == at && IsBranchOf(n.Path, prefix)).ToList();
            if (siblings.Any(n => n.Valid))
            {
                return false;
            }

            var best = siblings.Select(n => n.Path).Distinct().MaxBy(path => Score(path, at, nodes));
            if (best != branchPath)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each union on an evaluation path: its prefix up to "/anyOf" (or "/oneOf") and the branch segment taken.</summary>
    private static IEnumerable<(string Prefix, string Branch)> Unions(string path)
    {
        var segments = path.Split('/');
        for (var i = 1; i + 1 < segments.Length; i++)
        {
            if (segments[i] is "anyOf" or "oneOf" && int.TryParse(segments[i + 1], out _))
            {
                yield return (string.Join('/', segments[..(i + 1)]), segments[i + 1]);
            }
        }
    }

    private static bool IsBranchOf(string path, string prefix) =>
        path.StartsWith(prefix + "/", StringComparison.Ordinal) && int.TryParse(path[(prefix.Length + 1)..], out _);

    /// <summary>How close a failed branch came: errors deeper in the value score higher; a type mismatch at the union's own spot scores lowest.</summary>
    private static int Score(string branchPath, string at, List<Node> nodes)
    {
        var errors = nodes.Where(n => n.Detail.Errors is not null && (n.Path == branchPath || n.Path.StartsWith(branchPath + "/", StringComparison.Ordinal))).ToList();
        var depth = errors.Count == 0 ? 0 : errors.Max(n => n.Pointer.Count(c => c == '/'));
        var typeMismatchHere = errors.Any(n => n.Pointer == at && n.Detail.Errors!.ContainsKey("type"));
        return (depth * 2) + (typeMismatchHere ? 0 : 1);
    }

    private static Diagnostic Explain(ArtifactKind kind, string keyword, string message, string pointer, string evaluationPath, Uri schemaLocation, ParsedDocument document)
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
            case "" when evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal):
            {
                // The schema location names the "false" schema under additionalProperties; its parent lists the allowed keys.
                var key = JsonPointerText.LastToken(pointer);
                var location = schemaLocation.OriginalString;
                var cut = location.LastIndexOf("/additionalProperties", StringComparison.Ordinal);
                var parent = cut < 0 ? null : SchemaCatalog.NodeAt(new Uri(location[..cut]));
                var allowed = (parent?["properties"] as JsonObject)?.Select(p => p.Key).ToList() ?? [];
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
                var allowed = SchemaCatalog.NodeAt(schemaLocation)?["enum"] is JsonArray values ? string.Join(", ", values.Select(v => v?.ToJsonString())) : null;
                var actual = Value(document.Root, pointer);
                return diagnostic with
                {
                    Message = $"value {actual} is not allowed",
                    Fix = allowed is null ? diagnostic.Fix : $"use one of: {allowed}",
                };
            }

            case "pattern":
            {
                var pattern = SchemaCatalog.NodeAt(schemaLocation)?["pattern"]?.GetValue<string>();
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

    private static EvaluationOptions OptionsFor(OutputFormat format)
    {
        JsonSchemaLibrary.EnsureLoaded();
        return new EvaluationOptions { OutputFormat = format };
    }
}
