using System.Text.Json.Nodes;
using Pact.Configuration;
using Pact.Documents;
using Pact.Schemas;

namespace Pact.Core.Tests.Configuration;

/// <summary>
/// Every pact.yaml key either acts here or is refused when set: a key that would be silently ignored is the defect
/// the rule exists for. Each refused key is tried with a value a Python Pact user would write.
/// </summary>
public sealed class ConfigSupportTests
{
    /// <summary>A schema-valid, non-default value for each key that is not acted on yet.</summary>
    public static TheoryData<string, string> NotYetSet() => new()
    {
        { "model_tiers", "{ primary: claude-opus-4-6 }" },
        { "processing_register", "rigorous-analytical" },
        { "register_check_rate", "0.5" },
        { "shaping_depth", "thorough" },
        { "shaping_rigor", "strict" },
        { "shaping_budget_pct", "0.3" },
        { "context_max_chars", "8000" },
        { "slack_webhook", "https://hooks.example/x" },
        { "slack_bot_token", "token" },
        { "slack_channel", "\"#pact\"" },
        { "linear_api_key", "key" },
        { "linear_team_id", "team" },
        { "poll_integrations", "true" },
        { "poll_interval", "30" },
        { "max_poll_attempts", "5" },
        { "git_auto_commit", "true" },
        { "git_auto_branch", "true" },
        { "constrain_dir", "./constrain-output/" },
        { "ledger_dir", "./ledger-export/" },
        { "arbiter_endpoint", "http://localhost:8080" },
        { "test_framework", "unittest" },
        { "package_namespace", "acme" },
        { "audit_repo", "git@example.com:acme/audit.git" },
        { "audit_mode", "code" },
        { "tool_index_enabled", "true" },
        { "production_profile", "true" },
    };

    private static ParsedDocument Yaml(string text) => DocumentParser.Parse(text, "pact.yaml");

    [Fact]
    public void EveryKeyOfTheSchema_IsEitherActedOnOrRefused_NeverBoth()
    {
        var keys = JsonNode.Parse(SchemaCatalog.Text(ArtifactKind.Config))!["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(ConfigSupport.Effective.Keys.Intersect(ConfigSupport.NotYet.Keys));
        Assert.Equal(keys.Order(StringComparer.Ordinal), ConfigSupport.Effective.Keys.Concat(ConfigSupport.NotYet.Keys).Order(StringComparer.Ordinal));
        Assert.Equal(ConfigSupport.NotYet.Keys.Order(StringComparer.Ordinal), NotYetSet().Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NotYetSet))]
    public void AKeyNotActedOn_SetToAnythingButItsDefault_IsRefused_NamingTheKeyAndTheFix(string key, string value)
    {
        var document = Yaml($"language: python\n{key}: {value}\n");
        Assert.True(SchemaValidator.Validate(ArtifactKind.Config, document).Count == 0, $"{key}: {value} is not schema-valid, so the test proves nothing");

        var refused = Assert.Single(ConfigSupport.Check(document));

        Assert.Equal((ConfigSupport.Rule, "pact.yaml", $"/{key}", 2), (refused.Rule, refused.File, refused.Pointer, refused.Line));
        Assert.Contains("does not act on yet", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith($"remove {key}", refused.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAtTheirDefaults_AskForNothing_AndPass()
    {
        var document = Yaml("""
            budget: 10
            backend: anthropic
            model: ""
            plan_only: null
            parallel_components: null
            role_models: {}
            shaping_budget_pct: 0.15
            impatience: normal
            git_auto_commit: false
            production_artifact_dir: production
            """);

        Assert.Empty(ConfigSupport.Check(document));
    }

    [Fact]
    public void TheKeysActedOn_PassWhateverTheirValue()
    {
        var document = Yaml("""
            budget: 25
            language: typescript
            test_timeout_seconds: 30
            workers: 2
            isolation: preferred
            max_goodhart_attempts: 5
            build_mode: hierarchy
            shaping: true
            skip_arbiter: true
            health_thresholds: { rejection_rate_critical: 0.9 }
            parallel_components: true
            competitive_implementations: true
            competitive_agents: 3
            max_concurrent_agents: 2
            impatience: patient
            role_backends: { decomposer: codex_code, code_author: claude_code }
            role_models: { test_author: claude-sonnet-4-5 }
            role_timeouts: { contract_author: 600 }
            """);

        Assert.Empty(ConfigSupport.Check(document));
    }

    [Fact]
    public void APythonPactConfig_ListsEveryKeyItWouldIgnore_NotJustTheFirst()
    {
        var refused = ConfigSupport.Check(Yaml("budget: 25.00\nplan_only: true\nparallel_components: true\ncontext_max_chars: 8000\naudit_mode: code\nshaping: true\n"));

        Assert.Equal(["/context_max_chars", "/audit_mode"], refused.Select(d => d.Pointer));
    }

    [Fact]
    public void ARoleKeyNamingNoRole_IsRefusedAtItsPointer_AndEveryRoleOfTheWorkIsAccepted()
    {
        var document = Yaml("role_models:\n  implementer: claude-opus-4-6\n  code_author: claude-opus-4-6\nrole_backends:\n  trace_analyst: claude_code\n  decomposer: codex_code\n");

        var refused = Assert.Single(ConfigSupport.Check(document));

        Assert.Equal(("config.role.unknown", "/role_models/implementer", 2), (refused.Rule, refused.Pointer, refused.Line));
        Assert.Contains("trace_analyst", refused.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void TheKeysPage_ListsEachKeyInItsTable()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "docs", "CONFIG.md")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("docs/CONFIG.md not found above the test's directory");
        }

        var page = File.ReadAllText(Path.Combine(directory.FullName, "docs", "CONFIG.md"));
        var notYet = page.IndexOf("## Recognised, not acted on yet", StringComparison.Ordinal);
        Assert.True(notYet > 0, "docs/CONFIG.md lost its second table");

        Assert.All(ConfigSupport.Effective.Keys, key => Assert.InRange(page.IndexOf($"| `{key}` |", StringComparison.Ordinal), 0, notYet));
        Assert.All(ConfigSupport.NotYet.Keys, key => Assert.True(page.IndexOf($"| `{key}` |", StringComparison.Ordinal) > notYet, key));
    }
}
