using System.Text.Json.Nodes;

namespace Pact.Production;

/// <summary>
/// The production shape of an OpenAPI document (3.x, or Swagger 2.0): structurally valid (info, paths), every
/// operation under a security scheme (or explicitly public with <c>security: []</c>), every operation with a 4xx
/// and a 5xx (or default) response, and a rate-limit shape: a 429 on every operation, and at least one 429 that
/// tells the caller when to retry (a Retry-After or RateLimit header).
/// </summary>
public static class OpenApiShape
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <summary>The document's OpenAPI version, or null when <paramref name="root"/> is not an OpenAPI document at all.</summary>
    public static string? VersionOf(JsonNode? root) =>
        root is JsonObject obj ? Scalar(obj["openapi"]) ?? Scalar(obj["swagger"]) : null;

    public static OpenApiAssessment Check(JsonObject root, string file)
    {
        var version = VersionOf(root) ?? "";
        var problems = new List<string>();
        var swagger2 = version.StartsWith('2');
        if (!(version.StartsWith("3.", StringComparison.Ordinal) || version == "2.0"))
        {
            problems.Add($"unsupported OpenAPI version '{version}' (3.x or 2.0 expected)");
        }

        if (root["info"] is not JsonObject info || Text(info["title"]) is null || Text(info["version"]) is null)
        {
            problems.Add("info.title and info.version are required");
        }

        if (root["paths"] is not JsonObject paths)
        {
            problems.Add("paths is required");
            return new OpenApiAssessment { File = file, Version = version, Operations = 0, Problems = problems };
        }

        var schemes = swagger2 ? root["securityDefinitions"] as JsonObject : (root["components"] as JsonObject)?["securitySchemes"] as JsonObject;
        if (schemes is null || schemes.Count == 0)
        {
            problems.Add($"no security scheme is defined ({(swagger2 ? "securityDefinitions" : "components.securitySchemes")})");
        }

        var globalSecurity = root["security"] is JsonArray { Count: > 0 };
        var operations = new List<(string Name, JsonObject Operation)>();
        foreach (var (path, item) in paths)
        {
            if (item is JsonObject pathItem)
            {
                operations.AddRange(Methods.Where(m => pathItem[m] is JsonObject).Select(m => ($"{m.ToUpperInvariant()} {path}", (JsonObject)pathItem[m]!)));
            }
        }

        // An operation's own security array overrides the document's; an empty one declares it public on purpose.
        Report(problems, "no security requirement", operations.Where(o => o.Operation["security"] is not JsonArray && !globalSecurity).Select(o => o.Name));
        Report(problems, "no 4xx error response", operations.Where(o => !Responses(o.Operation).Any(code => code.StartsWith('4'))).Select(o => o.Name));
        Report(problems, "no 5xx or default error response", operations.Where(o => !Responses(o.Operation).Any(code => code.StartsWith('5') || code == "default")).Select(o => o.Name));
        Report(problems, "no 429 (rate limited) response", operations.Where(o => !Responses(o.Operation).Contains("429")).Select(o => o.Name));
        var tooMany = operations.Select(o => (o.Operation["responses"] as JsonObject)?["429"]).OfType<JsonObject>().Select(r => Resolve(root, r)).ToList();
        if (tooMany.Count > 0 && !tooMany.Any(r => (r?["headers"] as JsonObject)?.Any(h => IsRateLimitHeader(h.Key)) == true))
        {
            problems.Add("no 429 response says when to retry (a Retry-After or RateLimit header)");
        }

        return new OpenApiAssessment { File = file, Version = version, Operations = operations.Count, Problems = problems };
    }

    private static bool IsRateLimitHeader(string name) =>
        name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase) || name.StartsWith("RateLimit", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Responses(JsonObject operation) =>
        operation["responses"] is JsonObject responses ? responses.Select(r => r.Key.ToUpperInvariant() == "DEFAULT" ? "default" : r.Key) : [];

    /// <summary>Follows a local <c>$ref</c> (#/components/responses/…); an unresolvable one reads as no response.</summary>
    private static JsonObject? Resolve(JsonObject root, JsonObject node)
    {
        for (var hops = 0; hops < 8 && Text(node["$ref"]) is { } reference; hops++)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            JsonNode? target = root;
            foreach (var token in reference[2..].Split('/'))
            {
                target = (target as JsonObject)?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            if (target is not JsonObject next)
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    private static void Report(List<string> problems, string what, IEnumerable<string> operations)
    {
        var list = operations.ToList();
        if (list.Count > 0)
        {
            problems.Add($"{what}: {string.Join(", ", list.Take(5))}{(list.Count > 5 ? $" and {list.Count - 5} more" : "")}");
        }
    }

    /// <summary>A version as written: YAML reads <c>openapi: 3.1</c> as a number.</summary>
    private static string? Scalar(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : Text(node);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
