using System.Text.Json.Nodes;
using Pact.Documents;
using Pact.Schemas;

namespace Pact.Configuration;

/// <summary>
/// Which pact.yaml keys act in this build. The schema accepts every key the Python Pact documents, so its projects
/// load; but a key that does nothing here must not look as if it worked. One set to anything but its default is
/// refused, with what it would do and what it waits for; one left at its default asks for nothing, so it passes.
/// Every key of the schema is in exactly one of the two tables (a test holds them to that), so a key added later
/// has to be classified.
/// </summary>
public static class ConfigSupport
{
    public const string Rule = "config.not_supported";

    /// <summary>Keys that act here, and what they do.</summary>
    public static IReadOnlyDictionary<string, string> Effective { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["budget"] = "the spending cap `pact health` measures recorded usage against",
        ["language"] = "the language of the stubs, the test runner and the syntax checks",
        ["environment"] = "the interpreter and environment the test runners get",
        ["health_thresholds"] = "overrides of the health checks' thresholds",
        ["audit_dir"] = "where the hidden suites and the signing key live, outside the project",
        ["readiness"] = "the readiness profile: which controls apply, and whether hidden suites are required",
        ["test_timeout_seconds"] = "the time limit of one suite run",
        ["isolation"] = "whether a suite may run without the sandbox",
        ["workers"] = "how many suites run at once",
        ["max_goodhart_attempts"] = "how many runs of a hidden suite are disclosed before it is closed",
        ["build_mode"] = "what a decomposition may be: unary one component, hierarchy more than one, auto either",
        ["shaping"] = "whether a shaping pitch is required before the decomposition",
        ["backend"] = "what `pact run` drives: claude_code, codex_code, their _team forms (one worker per ready component), openai, gemini or anthropic (APIs); unset, claude_code",
        ["model"] = "the model `pact run` asks its backend for; empty, the backend's own",
        ["plan_only"] = "whether `pact run` stops after the plan: false implements without --implement, --plan-only overrides it",
        ["max_implementation_attempts"] = "how many times `pact run --implement` and `pact build` send a failing component back to the agent (0: 3)",
        ["production_artifact_dir"] = "where `pact production` keeps the production-readiness pack, inside the project",
        ["role_models"] = "the model each role's steps ask for (decomposer, contract_author, test_author, code_author, trace_analyst); else `model`",
        ["role_backends"] = "the backend each role's steps go to (decomposer, contract_author, test_author, code_author, trace_analyst); else `backend`",
        ["role_timeouts"] = "the time limit in seconds of one backend call of each role; else 15 minutes",
        ["impatience"] = "multiplies every role's time limit: patient 2x, normal 1x, impatient 0.5x",
        ["parallel_components"] = "whether `pact run --implement` implements every component waiting for code at once (up to max_concurrent_agents)",
        ["competitive_implementations"] = "whether each implementation round runs competitive_agents attempts in separate work directories, the judge keeping the best",
        ["competitive_agents"] = "attempts per component in a competitive round (null: 2)",
        ["max_concurrent_agents"] = "backend calls running at once when implementing in parallel or competitively (null: 4)",
        ["check_interval"] = "seconds between `pact daemon`'s looks at a gate it waits at (0: 300)",
        ["skip_arbiter"] = "nothing either way: no arbiter can be configured (arbiter_endpoint is not supported), so none is called",
    };

    /// <summary>Keys recognised but not acted on yet, and what they wait for.</summary>
    public static IReadOnlyDictionary<string, string> NotYet { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["model_tiers"] = Driver("model ids per tier"),
        ["processing_register"] = Driver("a project-wide cognitive register for agents (a contract's own processing_register is used)"),
        ["register_check_rate"] = Driver("sampling outputs for register drift"),
        ["shaping_depth"] = Driver("how deep an agent-run shaping phase goes (the host writes the pitch; `shaping: true` requires one)"),
        ["shaping_rigor"] = Driver("how strictly an agent-run shaping phase checks its pitch"),
        ["shaping_budget_pct"] = Driver("the share of the budget an agent-run shaping phase may spend"),
        ["context_max_chars"] = Driver("the external context given to agents"),
        ["slack_webhook"] = Integration("Slack notifications"),
        ["slack_bot_token"] = Integration("Slack questions and answers"),
        ["slack_channel"] = Integration("Slack questions and answers"),
        ["linear_api_key"] = Integration("Linear issues"),
        ["linear_team_id"] = Integration("Linear issues"),
        ["poll_integrations"] = Integration("polling Slack or Linear for interview answers"),
        ["poll_interval"] = Integration("polling Slack or Linear for interview answers"),
        ["max_poll_attempts"] = Integration("polling Slack or Linear for interview answers"),
        ["git_auto_commit"] = Integration("committing each accepted artifact to git"),
        ["git_auto_branch"] = Integration("a git branch per run"),
        ["constrain_dir"] = Integration("reading a Constrain output directory"),
        ["ledger_dir"] = Integration("exporting to a Ledger directory"),
        ["arbiter_endpoint"] = Integration("an Arbiter trust service"),
        ["test_framework"] = "another test framework than the language's own (pytest, node --test, xunit), which is the only one run here",
        ["package_namespace"] = "a package or namespace prefix for generated code: stubs are generated at the component's own path",
        ["audit_repo"] = "a separate audit repository: set audit_dir to a checkout of it instead",
        ["audit_mode"] = "marking this checkout as the audit or the code side: the role comes from the server (`pact mcp --role`) and the audit directory's permissions",
        ["tool_index_enabled"] = "a tool index for agents: the MCP server's tiers decide which tools are listed",
        ["production_profile"] = "making the production-readiness pack a condition of certify (the `pact production` commands work without it)",
    };

    private static readonly Lazy<JsonObject> Defaults = new(() =>
    {
        var properties = JsonNode.Parse(SchemaCatalog.Text(ArtifactKind.Config))!["properties"]!.AsObject();
        var defaults = new JsonObject();
        foreach (var (key, schema) in properties)
        {
            defaults[key] = schema?["default"]?.DeepClone();
        }

        return defaults;
    });

    /// <summary>The keys of a schema-valid pact.yaml that are set to something this build would not act on.</summary>
    public static IReadOnlyList<Diagnostic> Check(ParsedDocument config)
    {
        var found = new List<Diagnostic>(AgentRoles.Check(config));
        foreach (var (key, value) in config.Root as JsonObject ?? [])
        {
            if (!NotYet.TryGetValue(key, out var missing) || IsDefault(value, Defaults.Value[key]))
            {
                continue;
            }

            var fallback = Defaults.Value[key] is { } d ? $"set it to {d.ToJsonString()}" : "leave it unset";
            found.Add(new Diagnostic
            {
                Rule = Rule,
                File = config.File,
                Line = config.Locate($"/{key}")?.Line,
                Pointer = $"/{key}",
                Message = $"{key} is a Pact v1 key this build recognises but does not act on yet: {missing}. Set to {value?.ToJsonString() ?? "null"}, it would be silently ignored",
                Fix = $"remove {key}, or {fallback}",
            });
        }

        return found;
    }

    private static bool IsDefault(JsonNode? value, JsonNode? fallback)
    {
        if (value is null || fallback is null)
        {
            return value is null && fallback is null;
        }

        // 10 and 10.0 are the same budget.
        if (value is JsonValue a && fallback is JsonValue b && a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number)
        {
            return Number(a) == Number(b);
        }

        return JsonNode.DeepEquals(value, fallback);
    }

    // The YAML reader makes integers Int64 and the schema's defaults are JsonElements: compare what they spell.
    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Driver(string what) => $"{what}, which `pact run` (Pact driving the agents) does not do yet";

    private static string Integration(string what) => $"{what}, an integration not built in Pact for .NET";
}
