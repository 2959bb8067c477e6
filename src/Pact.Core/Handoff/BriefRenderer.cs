using System.Text;

namespace Pact.Handoff;

/// <summary>
/// Renders the handoff brief in three tiers (reference B.21). Tier 1 is never cut: the context fence, who is being
/// implemented, the contract and its stub, and the PACT keys. Tier 2: the dependency map and the visible tests. Tier 3:
/// the shaping pitch and the SOPs. Over the token budget, tier 3 is trimmed first, then tier 2.
/// </summary>
public static class BriefRenderer
{
    public const string Fence = "You are starting fresh on this task. Disregard any prior conversation context. Focus exclusively on the specifications that follow.";
    public const string TrimMarker = "  (remaining context trimmed for brevity)";

    public static int Tokens(string text) => (text.Length / 4) + 1;

    public static HandoffBrief Render(HandoffInput input, int maxTokens = 0)
    {
        var tier1 = TierOne(input);
        var tier2 = TierTwo(input);
        var tier3 = TierThree(input);
        var trimmed = false;
        if (maxTokens > 0)
        {
            var room = (maxTokens * 4) - tier1.Length;
            (tier2, var cut2) = Fit(tier2, room);
            (tier3, var cut3) = Fit(tier3, room - tier2.Length);
            trimmed = cut2 || cut3;
        }
        var brief = tier1 + tier2 + tier3;
        return new HandoffBrief { ComponentId = input.Contract.ComponentId, Brief = brief, TokenEstimate = Tokens(brief), Trimmed = trimmed };
    }

    /// <summary>The shape checks of <c>pact handoff --validate</c>.</summary>
    public static HandoffBrief Validate(HandoffBrief brief, HandoffInput input)
    {
        var issues = new List<HandoffIssue>();
        var text = brief.Brief;
        if (!text[..Math.Min(200, text.Length)].Contains("starting fresh", StringComparison.Ordinal))
        {
            issues.Add(new() { Level = Severity.Error, Check = "context_fence", Message = "the brief does not open with the context fence ('starting fresh') in its first 200 characters" });
        }
        if (!text.Contains("interface contract", StringComparison.Ordinal))
        {
            issues.Add(new() { Level = Severity.Error, Check = "domain_primer", Message = "the brief never introduces the interface contract" });
        }
        var stub = text.IndexOf("# ===", StringComparison.Ordinal);
        var tests = text.IndexOf("tests", StringComparison.OrdinalIgnoreCase);
        if (stub >= 0 && tests >= 0 && tests < stub)
        {
            issues.Add(new() { Level = Severity.Warning, Check = "primer_ordering", Message = "tests are mentioned before the interface stub" });
        }
        foreach (var header in new[] { "## YOUR ", "## TASK:", "## REQUIREMENTS:", "## CONSTRAINTS:" })
        {
            if (text.Contains(header, StringComparison.Ordinal))
            {
                issues.Add(new() { Level = Severity.Warning, Check = "natural_format", Message = $"the brief uses the shouting header '{header.Trim()}'" });
            }
        }
        if (text.Length / 4 > 2000)
        {
            issues.Add(new() { Level = Severity.Info, Check = "token_budget", Message = $"the brief is about {text.Length / 4} tokens (over 2000)" });
        }
        foreach (var id in input.Dependencies.Where(d => d.Value is null).Select(d => d.Key).Order(StringComparer.Ordinal))
        {
            issues.Add(new() { Level = Severity.Warning, Check = "dependency_coverage", Message = $"dependency '{id}' has no contract in this project; the brief cannot describe it" });
        }
        return brief with { Issues = issues, Valid = !issues.Any(i => i.Level == Severity.Error) };
    }

    private static (string Text, bool Cut) Fit(string text, int room)
    {
        if (text.Length <= room)
        {
            return (text, false);
        }
        var keep = Math.Max(0, room - TrimMarker.Length - 1);
        return (text[..Math.Min(keep, text.Length)] + "\n" + TrimMarker + "\n", true);
    }

    private static string TierOne(HandoffInput input)
    {
        var contract = input.Contract;
        var text = new StringBuilder();
        text.AppendLine(Fence);
        if (contract.ProcessingRegister.Length > 0)
        {
            text.Append("Processing register: ").Append(contract.ProcessingRegister).AppendLine(". Maintain this cognitive mode throughout.");
        }
        text.AppendLine();
        text.Append("You are implementing ").Append(contract.Name).Append(" (").Append(contract.ComponentId).Append("), attempt ").Append(input.Attempt).AppendLine(".");
        text.AppendLine();
        text.AppendLine("Here is the interface contract you need to implement:");
        text.AppendLine();
        if (input.Stub is { } stub && stub.Language != TestLanguage.Python)
        {
            var language = stub.Language.Id;
            text.Append("```").AppendLine(language).Append(stub.Text.TrimEnd('\n')).AppendLine().AppendLine("```");
            text.AppendLine().Append("Start ").Append(stub.ImplementationFile).Append(" from this stub (Pact keeps it in ").Append(stub.File).AppendLine(").");
        }
        else
        {
            text.Append(InterfaceStub.Render(contract));
            if (input.Stub is { } python)
            {
                text.AppendLine().Append("The full Python stub, with validation and events, is in ").Append(python.File).Append("; the implementation goes in ").Append(python.ImplementationFile).AppendLine(".");
            }
        }

        text.AppendLine();
        text.Append("Every public function emits the events started, completed and error, each carrying its literal PACT key ");
        text.Append("PACT:").Append(contract.ComponentId).AppendLine(":<function> (see docs/PACT_KEYS.md).");
        if (input.Diagnosis.Trim().Length > 0)
        {
            // What the earlier attempts lacked is the point of this one: never trimmed.
            text.AppendLine().AppendLine("The earlier attempts failed; the diagnosis of why, and what to do differently:").AppendLine(input.Diagnosis.Trim());
        }

        return text.ToString();
    }

    private static string TierTwo(HandoffInput input)
    {
        var text = new StringBuilder();
        if (input.Dependencies.Count > 0)
        {
            text.AppendLine().AppendLine("Dependencies you may call:");
            foreach (var (id, contract) in input.Dependencies.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var uses = input.Contract.DependencyContracts.TryGetValue(id, out var functions) && functions.Count > 0 ? $" (you call: {string.Join(", ", functions)})" : "";
                text.Append("- ").Append(id).Append(uses).AppendLine(contract is null ? ": an external library or a component without a contract" : $": {contract.Description}");
                foreach (var function in contract?.Functions ?? [])
                {
                    text.Append("    ").Append(function.Name).Append('(').Append(string.Join(", ", function.Inputs.Select(i => $"{i.Name}: {i.TypeRef}"))).Append(") -> ").AppendLine(function.OutputType);
                }
            }
        }
        if (input.VisibleSuite is { } suite)
        {
            text.AppendLine().AppendLine("The visible tests your code must pass:");
            foreach (var test in suite.TestCases)
            {
                text.Append("- [").Append(Category(test.Category)).Append("] ").Append(test.Id).Append(": ").AppendLine(test.Description);
            }
            if (suite.GeneratedCode.Length > 0)
            {
                text.AppendLine().AppendLine("Their code:").AppendLine("```").Append(suite.GeneratedCode.TrimEnd('\n')).AppendLine().AppendLine("```");
            }
        }
        return text.ToString();
    }

    private static string TierThree(HandoffInput input)
    {
        var text = new StringBuilder();
        if (input.PitchSummary.Trim().Length > 0)
        {
            text.AppendLine().AppendLine("The shaped pitch this work belongs to:").AppendLine(input.PitchSummary.Trim());
        }
        if (input.Sops.Trim().Length > 0)
        {
            text.AppendLine().AppendLine("Standard operating procedures of this project:").AppendLine(input.Sops.Trim());
        }
        return text.ToString();
    }

    private static string Category(Suites.TestCategory category) => category switch
    {
        Suites.TestCategory.HappyPath => "happy_path",
        Suites.TestCategory.EdgeCase => "edge_case",
        Suites.TestCategory.ErrorCase => "error_case",
        _ => "invariant",
    };
}
