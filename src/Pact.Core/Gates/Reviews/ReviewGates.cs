using System.Text.Json.Nodes;
using Pact.Gates.Text;
using Pact.Reviews;

namespace Pact.Gates.Reviews;

/// <summary>
/// A review is only worth adjudicating if each finding names a place that exists and says something checkable: the
/// file is in the project and the line within it (or the contract clause resolves), and the evidence and the
/// recommendation are specific, as rationales must be (the same length floor and banned phrases, plus a reviewer's own
/// stock phrases). A Simulacrum review carries its text. Every error names the JSON pointer and the fix.
/// </summary>
public static class ReviewGates
{
    public const string TargetUnknown = "review.target.unknown";
    public const string FindingDuplicate = "review.finding.duplicate";
    public const string QuestionDuplicate = "review.question.duplicate";
    public const string LocationShape = "review.location.incomplete";
    public const string LocationOutside = "review.location.outside_project";
    public const string FileMissing = "review.location.file_missing";
    public const string LineOutOfRange = "review.location.line_out_of_range";
    public const string ContractMissing = "review.location.contract_missing";
    public const string ClauseMissing = "review.location.clause_missing";
    public const string EvidenceShort = "review.finding.evidence.short";
    public const string EvidenceVague = "review.finding.evidence.vague";
    public const string RecommendationShort = "review.finding.recommendation.short";
    public const string RecommendationVague = "review.finding.recommendation.vague";
    public const string SimulacrumText = "review.simulacrum.text_missing";

    /// <summary>What reviewers write instead of a finding; each says nothing a fix could be checked against.</summary>
    public static readonly IReadOnlyList<string> ReviewerPhrases =
    [
        "looks good", "could be improved", "could be better", "needs improvement", "needs work", "consider refactoring",
        "may have issues", "might have issues", "some issues", "potential issues", "not ideal", "code smell",
    ];

    public static IReadOnlyList<Diagnostic> Check(Review review, ReviewScope scope, string file)
    {
        var found = new List<Diagnostic>();
        for (var i = 0; i < review.Target.Components.Count; i++)
        {
            var id = review.Target.Components[i];
            if (!scope.Components.Contains(id))
            {
                found.Add(Findings.Error(TargetUnknown, file, $"/target/components/{i}", $"'{id}' is not a component of the decomposition", "name components of decomposition/tree.json (see `pact components`), or leave target.components empty for the whole project"));
            }
        }

        Duplicates(review.Findings.Select(f => f.Id).ToList(), "findings", FindingDuplicate, file, found);
        Duplicates(review.Questions.Select(q => q.Id).ToList(), "questions", QuestionDuplicate, file, found);
        for (var i = 0; i < review.Findings.Count; i++)
        {
            var finding = review.Findings[i];
            var at = $"/findings/{i}";
            if (Location(finding.Location, scope, file, $"{at}/location") is { } misplaced)
            {
                found.Add(misplaced);
            }

            Specific(finding.Evidence, file, $"{at}/evidence", EvidenceShort, EvidenceVague, "what shows the problem: the code, the input and what it does, or the test that is missing", found);
            Specific(finding.Recommendation, file, $"{at}/recommendation", RecommendationShort, RecommendationVague, "what to change, so the fix can be checked", found);
        }

        if (review.Reviewer == Reviewer.Simulacrum && string.IsNullOrWhiteSpace(review.Text))
        {
            found.Add(Findings.Error(SimulacrumText, file, "/text", "a Simulacrum review carries its whole answer (it is stored as simulacrum.md and adjudicated, never taken as approval)", "put the Simulacrum's answer, as markdown, in text"));
        }

        return found;
    }

    private static Diagnostic? Location(FindingLocation location, ReviewScope scope, string file, string at)
    {
        // The schema pairs file with line and contract with pointer; one pair, not none or both, says where.
        if ((location.File is null) == (location.Contract is null))
        {
            return Findings.Error(LocationShape, file, at, location.File is null ? "the location names no place" : "the location names a file and a contract clause at once", "give either file and line, or contract (the component id) and pointer (the clause's JSON pointer)");
        }

        if (location.File is { } path)
        {
            var normalized = path.Replace('\\', '/');
            if (normalized.StartsWith('/') || normalized.Split('/').Any(part => part is ".." or "") || normalized.StartsWith(".pact/", StringComparison.Ordinal))
            {
                return Findings.Error(LocationOutside, file, $"{at}/file", $"'{path}' is not a project file: a location is a path relative to the project root, inside it and outside .pact/", "name the file as the project has it, e.g. src/<component>/<file>");
            }

            if (scope.LineCount(normalized) is not { } lines)
            {
                return Findings.Error(FileMissing, file, $"{at}/file", $"the project has no file '{normalized}'", "name a file that exists (as `ls` in the project root shows it), or locate the finding at a contract clause instead");
            }

            return location.Line > lines
                ? Findings.Error(LineOutOfRange, file, $"{at}/line", $"'{normalized}' has {lines} line(s); line {location.Line} is not in it", $"give the line the finding is on (1 to {lines})")
                : null;
        }

        var contract = location.Contract ?? "";
        if (!scope.Contracts.TryGetValue(contract, out var found))
        {
            return Findings.Error(ContractMissing, file, $"{at}/contract", $"there is no contract of '{contract}'", $"name a component with a contract ({string.Join(", ", scope.Contracts.Keys.Order(StringComparer.Ordinal))})");
        }

        var node = JsonSerializer.SerializeToNode(found, PactJson.Context.ComponentContract);
        return Resolves(node, location.Pointer ?? "")
            ? null
            : Findings.Error(ClauseMissing, file, $"{at}/pointer", $"'{location.Pointer}' is not a clause of {ArtifactPaths.Contract(contract)}", "give the JSON pointer of the clause, e.g. /functions/0/postconditions/1 (see `pact schema contract`)");
    }

    private static bool Resolves(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(key, out var child) => child,
                JsonArray array when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }

    private static void Specific(string text, string file, string pointer, string tooShort, string vague, string what, List<Diagnostic> found)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < RationaleQuality.MinimumLength)
        {
            found.Add(Findings.Error(tooShort, file, pointer, $"too short to check ({trimmed.Length} characters, at least {RationaleQuality.MinimumLength})", $"say {what}"));
        }
        else if ((RationaleQuality.VaguePhrase(trimmed) ?? ReviewerPhrases.FirstOrDefault(p => trimmed.Contains(p, StringComparison.OrdinalIgnoreCase))) is { } phrase)
        {
            found.Add(Findings.Error(vague, file, pointer, $"the vague phrase '{phrase}' says nothing a fix could be checked against", $"replace it: say {what}"));
        }
    }

    private static void Duplicates(IReadOnlyList<string> ids, string array, string rule, string file, List<Diagnostic> found)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i].Length > 0 && !seen.Add(ids[i]))
            {
                found.Add(Findings.Error(rule, file, $"/{array}/{i}/id", $"the id '{ids[i]}' is used twice", "give each its own id, or leave ids out and Pact numbers them"));
            }
        }
    }
}
