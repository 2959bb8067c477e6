using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pact.Production;

/// <summary>
/// Recognises a software bill of materials by its content, not its name: CycloneDX (JSON or XML) and SPDX (JSON or
/// tag-value). A file called sbom.json that is neither is not an SBOM.
/// </summary>
public static partial class SbomFormats
{
    public const string CycloneDxJson = "cyclonedx-json";
    public const string CycloneDxXml = "cyclonedx-xml";
    public const string SpdxJson = "spdx-json";
    public const string SpdxTagValue = "spdx-tag-value";

    /// <summary>The format <paramref name="text"/> is in, or null when it is no SBOM Pact knows.</summary>
    public static string? Recognise(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(trimmed);
            }
            catch (JsonException)
            {
                return null;
            }

            return root is not JsonObject obj ? null
                : Text(obj, "bomFormat") == "CycloneDX" && obj["specVersion"] is not null ? CycloneDxJson
                : Text(obj, "spdxVersion")?.StartsWith("SPDX-", StringComparison.Ordinal) == true && obj["SPDXID"] is not null ? SpdxJson
                : null;
        }

        if (trimmed.StartsWith('<'))
        {
            return CycloneDxRoot().IsMatch(trimmed) ? CycloneDxXml : null;
        }

        return SpdxVersionLine().IsMatch(text) && SpdxIdLine().IsMatch(text) ? SpdxTagValue : null;
    }

    private static string? Text(JsonObject obj, string key) =>
        obj[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"<bom\b[^>]*xmlns\s*=\s*[""']http://cyclonedx\.org/schema/bom/")]
    private static partial Regex CycloneDxRoot();

    [GeneratedRegex(@"(?m)^SPDXVersion:\s*SPDX-\d")]
    private static partial Regex SpdxVersionLine();

    [GeneratedRegex(@"(?m)^SPDXID:\s*SPDXRef-")]
    private static partial Regex SpdxIdLine();
}
