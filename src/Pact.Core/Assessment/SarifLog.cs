using System.Text;

namespace Pact.Assessment;

/// <summary>
/// The assessment as a SARIF 2.1.0 log, for code scanning in CI: one rule per category (the category is the rule
/// id), one result per finding, located by a URI relative to the assessed directory (base id <c>SRCROOT</c>) and,
/// where the line is known (an import, a syntax error), a region. Written with a plain JSON writer: the log is a
/// fixed shape and this keeps it independent of the model's naming policy.
/// </summary>
public static class SarifLog
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string RootBase = "SRCROOT";

    private static readonly (string Id, string Name, string Summary, string Level)[] Rules =
    [
        (AssessmentCategories.ShallowModule, "ShallowModule", "A module whose public interface is nearly as large as its implementation (low depth ratio).", "warning"),
        (AssessmentCategories.HubDependency, "HubDependency", "A module many other modules import (high fan-in): a change to it reaches them all.", "warning"),
        (AssessmentCategories.TightCoupling, "TightCoupling", "Modules that import each other, directly or in a cycle.", "warning"),
        (AssessmentCategories.ScatteredLogic, "ScatteredLogic", "The same intra-project import written in many files.", "note"),
        (AssessmentCategories.TestGap, "TestGap", "A source module with no matching test file.", "note"),
        (AssessmentCategories.ParseError, "ParseError", "A file that could not be read or parsed; its imports are not part of the assessment.", "warning"),
    ];

    public static byte[] Write(AssessmentReport report, string toolVersion)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "pact");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Summary);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", rule.Level);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBase);
            json.WriteString("uri", new Uri(report.RootPath.EndsWith('/') ? report.RootPath : report.RootPath + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding);
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteResult(Utf8JsonWriter json, AssessmentFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Category);
        json.WriteNumber("ruleIndex", Array.FindIndex(Rules, r => r.Id == finding.Category));
        json.WriteString("level", finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
        json.WriteStartObject("message");
        json.WriteString("text", finding.Suggestion.Length > 0 ? $"{finding.Description} {finding.Suggestion}" : finding.Description);
        json.WriteEndObject();

        var file = finding.LocationFile ?? finding.ModulePath;
        json.WriteStartArray("locations");
        WriteLocation(json, file, finding.Line);
        json.WriteEndArray();

        // Related files: the other side of a mutual import, the rest of a cycle, the other importers.
        var related = finding.RelatedFiles.Where(r => r != file).Distinct(StringComparer.Ordinal).ToList();
        if (related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < related.Count; i++)
            {
                WriteLocation(json, related[i], null, i + 1);
            }
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("pactAssess/v1", $"{finding.Category}:{finding.ModulePath}:{string.Join(',', finding.RelatedModules)}");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", finding.Id);
        json.WriteString("module_path", finding.ModulePath);
        json.WriteNumber("metric_value", finding.MetricValue);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string relativePath, int? line, int? id = null)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(relativePath));
        json.WriteString("uriBaseId", RootBase);
        json.WriteEndObject();
        if (line is > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line.Value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, joined with '/'.</summary>
    public static string RelativeUri(string relativePath)
    {
        var text = new StringBuilder();
        foreach (var segment in relativePath.Split('/'))
        {
            if (text.Length > 0)
            {
                text.Append('/');
            }
            text.Append(Uri.EscapeDataString(segment));
        }
        return text.ToString();
    }
}
