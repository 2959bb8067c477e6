using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pact.Cli.Tests;
using CliRunner = Pact.Cli.Tests.Cli;
using Pact.Documents;
using Pact.Mcp.Hosting;
using Pact.Schemas;

namespace Pact.Mcp.Tests;

/// <summary>
/// Every operation with a CLI verb and an MCP tool gives the same record on both faces: `pact … --json` prints
/// exactly the tool's structuredContent. Each case builds a real project, keeps a copy, runs the CLI in-process,
/// puts the copy back at the same path and calls the tool over the SDK's stream transport; only what must differ
/// between two runs (timestamps, durations) is normalised before the two records are compared.
/// </summary>
public sealed partial class CliMcpParityTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly TempDirectory _pristine = new();

    public void Dispose()
    {
        _dir.Dispose();
        _pristine.Dispose();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Project => _dir.Combine("p");

    public enum Setup
    {
        /// <summary>An empty directory where the project goes.</summary>
        Empty,

        /// <summary><c>pact init</c> only.</summary>
        Initialized,

        /// <summary><c>pact init</c> and an interview (a decomposition comes after one).</summary>
        Interviewed,

        /// <summary><c>pact init</c> and a small existing package, shapes/, to adopt.</summary>
        Package,

        /// <summary><c>pact init</c> and small Kiro and OpenSpec specs in the project, to import.</summary>
        Specs,

        /// <summary>The calc project: task, tree, contract, implementation, a locked visible suite.</summary>
        Calc,

        /// <summary>Calc with its visible suite frozen.</summary>
        Frozen,

        /// <summary>Calc with an audit directory and a locked hidden suite.</summary>
        Audited,

        /// <summary>Audited with an interview: a complete plan, ready for its approval.</summary>
        Planned,

        /// <summary>Audited and certified.</summary>
        Certified,

        /// <summary>Calc with an Advocate review whose one finding is high (its id goes where an operation says {review}).</summary>
        Reviewed,

        /// <summary><c>pact init</c>, then .pact/ replaced by a link to a directory outside: every write is refused.</summary>
        LinkedDotPact,
    }

    /// <summary>One operation: the project it starts from, the CLI's words and the tool's arguments ({project}, {root} are filled in; "@name" is the JSON of inputs/name.json).</summary>
    public sealed record Operation(Setup Setup, string[] Cli, string Tool, string Arguments);

    private static readonly Dictionary<string, Operation> Operations = new(StringComparer.Ordinal)
    {
        ["init"] = new(Setup.Empty, ["init", "{project}", "--language", "python"], "pact_init", """{"language": "python"}"""),
        ["init --spec"] = new(Setup.Empty, ["init", "{project}", "--spec", "{root}/inputs/spec.json"], "pact_init", """{"spec": "@spec"}"""),
        ["status"] = new(Setup.Calc, ["status", "{project}"], "pact_status", "{}"),
        ["status (not a project)"] = new(Setup.Empty, ["status", "{project}"], "pact_status", "{}"),
        ["components"] = new(Setup.Calc, ["components", "{project}"], "pact_components", "{}"),
        ["log"] = new(Setup.Calc, ["log", "{project}", "--action", "contract", "--last", "1"], "pact_log", """{"action": "contract", "last": 1}"""),
        ["diagnose"] = new(Setup.Calc, ["diagnose", "{project}", "calc", "--verdict", "contract", "--explanation", "add cannot overflow as written", "--guidance", "bound the inputs"], "pact_diagnose", """{"component_id": "calc", "verdict": "contract", "explanation": "add cannot overflow as written", "guidance": "bound the inputs"}"""),
        ["diagnose (refused)"] = new(Setup.Calc, ["diagnose", "{project}", "calc", "--verdict", "implementation", "--explanation", " ", "--guidance", "y"], "pact_diagnose", """{"component_id": "calc", "verdict": "implementation", "explanation": " ", "guidance": "y"}"""),
        ["claim"] = new(Setup.Calc, ["claim", "{project}", "calc", "--holder", "worker-1", "--ttl", "2h"], "pact_claim", """{"component_id": "calc", "holder": "worker-1", "ttl": "2h"}"""),
        ["release (not claimed)"] = new(Setup.Calc, ["release", "{project}", "calc", "--holder", "worker-1"], "pact_release", """{"component_id": "calc", "holder": "worker-1"}"""),
        ["log (bad since)"] = new(Setup.Calc, ["log", "{project}", "--since", "yesterday"], "pact_log", """{"since": "yesterday"}"""),
        ["spec show"] = new(Setup.Empty, ["spec", "show", "{root}/inputs/spec.json"], "pact_spec_show", """{"spec": "@spec"}"""),
        ["spec apply (through a link)"] = new(Setup.LinkedDotPact, ["spec", "apply", "{project}", "{root}/inputs/spec.json"], "pact_spec_apply", """{"spec": "@spec"}"""),
        ["spec apply"] = new(Setup.Initialized, ["spec", "apply", "{project}", "{root}/inputs/spec.json"], "pact_spec_apply", """{"spec": "@spec"}"""),
        ["interview"] = new(Setup.Initialized, ["interview", "{project}", "--file", "{root}/inputs/interview.json"], "pact_interview", """{"interview": "@interview"}"""),
        ["shape"] = new(Setup.Initialized, ["shape", "{project}", "--file", "{root}/inputs/pitch.json"], "pact_shape", """{"pitch": "@pitch"}"""),
        ["decompose"] = new(Setup.Interviewed, ["decompose", "{project}", "--file", "{root}/inputs/tree.json"], "pact_decompose", """{"tree": "@tree"}"""),
        ["contract"] = new(Setup.Calc, ["contract", "{project}", "calc", "--file", "{root}/inputs/contract.json"], "pact_contract", """{"component_id": "calc", "contract": "@contract"}"""),
        ["contract (refused)"] = new(Setup.Calc, ["contract", "{project}", "other", "--file", "{root}/inputs/contract.json"], "pact_contract", """{"component_id": "other", "contract": "@contract"}"""),
        ["tests"] = new(Setup.Calc, ["tests", "{project}", "calc", "--file", "{root}/inputs/suite.json"], "pact_tests", """{"component_id": "calc", "suite": "@suite"}"""),
        ["goodhart"] = new(Setup.Audited, ["goodhart", "{project}", "calc", "--file", "{root}/inputs/hidden.json"], "pact_goodhart", """{"component_id": "calc", "suite": "@hidden"}"""),
        ["validate"] = new(Setup.Calc, ["validate", "{project}"], "pact_validate", "{}"),
        ["handoff"] = new(Setup.Calc, ["handoff", "{project}", "calc", "--validate"], "pact_handoff", """{"component_id": "calc", "validate": true}"""),
        ["stub"] = new(Setup.Calc, ["stub", "{project}", "calc"], "pact_stub", """{"component_id": "calc"}"""),
        ["test"] = new(Setup.Calc, ["test", "{project}"], "pact_test", "{}"),
        ["polish"] = new(Setup.Audited, ["polish", "{project}"], "pact_polish", "{}"),
        ["certify"] = new(Setup.Audited, ["certify", "{project}"], "pact_certify", "{}"),
        ["certify --verify"] = new(Setup.Certified, ["certify", "{project}", "--verify", "--key", "{root}/audit/keys/signing_key.pub.pem"], "pact_certify", """{"verify": true, "key": "{root}/audit/keys/signing_key.pub.pem"}"""),
        ["freeze"] = new(Setup.Calc, ["freeze", "{project}"], "pact_freeze", "{}"),
        // The tool asks the user by elicitation; here the user says yes (Approving), so the record is the CLI's.
        ["approve"] = new(Setup.Interviewed, ["approve", "{project}"], "pact_approve", "{}"),
        ["approve --plan"] = new(Setup.Planned, ["approve", "{project}", "--plan"], "pact_approve", """{"plan": true}"""),
        ["unfreeze"] = new(Setup.Frozen, ["unfreeze", "{project}", "calc", "--reason", "the contract changed"], "pact_unfreeze", """{"component_id": "calc", "reason": "the contract changed"}"""),
        ["sync"] = new(Setup.Calc, ["sync", "{project}"], "pact_sync", "{}"),
        ["adjudicate"] = new(Setup.Audited, ["adjudicate", "{project}", "calc", "verdict_forged", "--verdict", "allowed", "--reason", "reviewed"], "pact_adjudicate", """{"component_id": "calc", "rule": "verdict_forged", "verdict": "allowed", "reason": "reviewed"}"""),
        ["audit-init"] = new(Setup.Calc, ["audit-init", "{project}", "--audit-dir", "{root}/audit"], "pact_audit_init", """{"audit_dir": "{root}/audit"}"""),
        ["analyze"] = new(Setup.Calc, ["analyze", "{project}"], "pact_analyze", "{}"),
        ["adopt"] = new(Setup.Package, ["adopt", "{project}"], "pact_adopt", "{}"),
        ["adopt (dry run)"] = new(Setup.Package, ["adopt", "{project}", "--source", "shapes", "--dry-run"], "pact_adopt", """{"source": "shapes", "dry_run": true}"""),
        ["import"] = new(Setup.Specs, ["import", "{project}", "--from", "kiro", "."], "pact_import", """{"from": "kiro", "path": "."}"""),
        ["import (dry run)"] = new(Setup.Specs, ["import", "{project}", "--from", "openspec", ".", "--dry-run"], "pact_import", """{"from": "openspec", "path": ".", "dry_run": true}"""),
        ["import (unknown format)"] = new(Setup.Specs, ["import", "{project}", "--from", "markdown", "."], "pact_import", """{"from": "markdown", "path": "."}"""),
        ["assess"] = new(Setup.Calc, ["assess", "{project}"], "pact_assess", "{}"),
        ["assess (bad threshold)"] = new(Setup.Calc, ["assess", "{project}", "--threshold", "hub_fan_in=3"], "pact_assess", """{"thresholds": ["hub_fan_in=3"]}"""),
        ["checklist"] = new(Setup.Calc, ["checklist", "{project}"], "pact_checklist", "{}"),
        ["tasks"] = new(Setup.Calc, ["tasks", "{project}"], "pact_tasks", "{}"),
        ["tasks --complete"] = new(Setup.Calc, ["tasks", "{project}", "--complete", "T001"], "pact_tasks", """{"complete": "T001"}"""),
        ["sentinel list-keys"] = new(Setup.Calc, ["sentinel", "list-keys", "{project}"], "pact_sentinel_list_keys", "{}"),
        ["health"] = new(Setup.Calc, ["health", "{project}"], "pact_health", "{}"),
        ["health record"] = new(Setup.Calc, ["health", "record", "{project}", "--phase", "implement", "--input-tokens", "1200", "--output-tokens", "300", "--calls", "2", "--spend", "0.25"], "pact_health_record", """{"phase": "implement", "input_tokens": 1200, "output_tokens": 300, "calls": 2, "spend_usd": 0.25}"""),
        ["production init"] = new(Setup.Calc, ["production", "init", "{project}"], "pact_production_init", "{}"),
        ["production fingerprint"] = new(Setup.Calc, ["production", "fingerprint", "{project}"], "pact_production_fingerprint", "{}"),
        ["production status"] = new(Setup.Calc, ["production", "status", "{project}"], "pact_production_status", "{}"),
        ["production validate"] = new(Setup.Calc, ["production", "validate", "{project}"], "pact_production_validate", "{}"),
        ["review submit"] = new(Setup.Calc, ["review", "submit", "{project}", "--file", "{root}/inputs/review.json"], "pact_review", """{"review": "@review"}"""),
        ["review submit (refused)"] = new(Setup.Initialized, ["review", "submit", "{project}", "--file", "{root}/inputs/review.json"], "pact_review", """{"review": "@review"}"""),
        ["review adjudicate"] = new(Setup.Reviewed, ["review", "adjudicate", "{project}", "{review}", "F1", "--decision", "accepted_risk", "--reason", "calc only ever adds small integers from the form"], "pact_review_adjudicate", """{"review_id": "{review}", "item": "F1", "decision": "accepted_risk", "reason": "calc only ever adds small integers from the form"}"""),
    };

    public static TheoryData<string> Names => [.. Operations.Keys];

    private static readonly McpRole[] Roles = [McpRole.Solo, McpRole.Audit, McpRole.Code];

    [Fact]
    public void EveryToolWithAVerb_HasACase()
    {
        // The tools with no CLI verb: none today. A new tool must join the cases (or this list, saying why).
        string[] toolOnly = [];
        var tools = Roles.SelectMany(ToolsOf).ToHashSet();

        Assert.Empty(tools.Except(toolOnly).Except(Operations.Values.Select(o => o.Tool)).Order(StringComparer.Ordinal));
    }

    private static IReadOnlyList<string> ToolsOf(McpRole role) => PactMcpServerBuilderExtensions.ToolNames(new PactMcpOptions { Role = role, Tier = ToolTier.All });

    /// <summary>The first role whose server has <paramref name="tool"/> (solo has nearly all; adjudicating is the auditor's).</summary>
    private static McpRole RoleWith(string tool) => Roles.First(role => ToolsOf(role).Contains(tool));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task TheCliJsonRecord_IsTheToolsStructuredContent(string name)
    {
        var operation = Operations[name];
        await SetUpAsync(operation.Setup);
        Copy(_dir.Path, _pristine.Path);

        var cli = await CliRunner.InProcessAsync([.. operation.Cli.Select(Fill), "--json"]);
        Assert.False(string.IsNullOrWhiteSpace(cli.Out), $"`pact {string.Join(' ', operation.Cli)} --json` printed no record: {cli.Err}");

        Directory.Delete(_dir.Path, recursive: true);
        Copy(_pristine.Path, _dir.Path);
        await using var mcp = await McpFixture.StartAsync(RoleWith(operation.Tool), ToolTier.All, project: Project, handlers: operation.Tool == "pact_approve" ? Approving : null);
        var result = await mcp.Client.CallToolAsync(operation.Tool, Arguments(operation.Arguments), cancellationToken: Ct);
        Assert.NotNull(result.StructuredContent);

        var expected = Normalize(JsonNode.Parse(cli.Out)!);
        var actual = Normalize(JsonNode.Parse(result.StructuredContent.Value.GetRawText())!);
        Assert.Equal(expected, actual);
        Assert.Equal(cli.ExitCode != 0, result.IsError == true);
        // One name for the operation: the verb typed, the command the tool declares, the command the record carries.
        var verb = string.Join(' ', operation.Cli.TakeWhile(word => !word.StartsWith('{')));
        Assert.Equal(verb, PactMcpServerBuilderExtensions.CommandOf(operation.Tool));
        Assert.Equal(verb, result.StructuredContent.Value.GetProperty("command").GetString());
    }

    /// <summary>A client whose user approves whatever Pact puts to them.</summary>
    private static readonly McpClientHandlers Approving = new()
    {
        ElicitationHandler = (_, _) => ValueTask.FromResult(new ElicitResult { Action = "accept", Content = new Dictionary<string, JsonElement> { ["approve"] = JsonDocument.Parse("true").RootElement.Clone() } }),
    };

    /// <summary>The review the Reviewed setup stored.</summary>
    private string _review = "";

    private string Fill(string text) => text.Replace("{project}", Project, StringComparison.Ordinal).Replace("{root}", _dir.Path, StringComparison.Ordinal).Replace("{review}", _review, StringComparison.Ordinal);

    private Dictionary<string, object?> Arguments(string template)
    {
        var arguments = JsonNode.Parse(Fill(template))!.AsObject();
        var filled = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in arguments)
        {
            var json = value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('@')
                ? File.ReadAllText(Path.Combine(_dir.Path, "inputs", text[1..] + ".json"))
                : value!.ToJsonString();
            using var document = JsonDocument.Parse(json);
            filled[key] = document.RootElement.Clone();
        }

        return filled;
    }

    /// <summary>
    /// The record with only what must differ between two runs blanked: timestamps (in values and in history file
    /// names), run durations, the id of a signing key made during the run, and where the input came from (the CLI
    /// names its file, the tool its argument).
    /// </summary>
    private string Normalize(JsonNode record)
    {
        Walk(record);
        return record.ToJsonString();
    }

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && Duration().IsMatch(key))
                    {
                        obj[key] = 0;
                    }
                    else if (key == "key_id" && value is JsonValue)
                    {
                        obj[key] = "<key>";
                    }
                    else if (value is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        obj[key] = Blank(s);
                    }
                    else
                    {
                        Walk(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        array[i] = Blank(s);
                    }
                    else
                    {
                        Walk(array[i]);
                    }
                }

                break;
        }
    }

    private string Blank(string text)
    {
        text = InputFile().Replace(text.Replace(_dir.Path + "/inputs/", "inputs/", StringComparison.Ordinal), "<input $1>");
        text = ArgumentOrigin().Replace(text, "<input $1>");
        return CompactTimestamp().Replace(Timestamp().Replace(text, "<time>"), "<time>");
    }

    [GeneratedRegex(@"inputs/(\w+)\.json")]
    private static partial Regex InputFile();

    [GeneratedRegex(@"argument '(\w+)'")]
    private static partial Regex ArgumentOrigin();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\d{8}_\d{6}")]
    private static partial Regex CompactTimestamp();

    [GeneratedRegex(@"duration|_ms$|elapsed")]
    private static partial Regex Duration();

    private async Task SetUpAsync(Setup setup)
    {
        WriteInputs();
        switch (setup)
        {
            case Setup.Empty:
                Directory.CreateDirectory(Project);
                break;
            case Setup.Initialized:
                await MustAsync("init", Project, "--language", "python");
                _dir.Write("p/task.md", "Build calc so that its suite passes.\n");
                break;
            case Setup.Interviewed:
                await MustAsync("init", Project, "--language", "python");
                _dir.Write("p/task.md", "Build calc so that its suite passes.\n");
                await MustAsync("interview", Project, "--file", _dir.Combine("inputs/interview.json"));
                break;
            case Setup.Package:
                await MustAsync("init", Project, "--language", "python");
                _dir.Write("p/shapes/__init__.py", "\"\"\"Plane shapes and their areas, adopted as they are.\"\"\"\nfrom .area import square\n");
                _dir.Write("p/shapes/area.py", "from .units import Unit\n\n\ndef square(side: float, unit: Unit = Unit.M) -> float:\n    \"\"\"The area of a square.\"\"\"\n    return side * side\n");
                _dir.Write("p/shapes/units.py", "from enum import Enum\n\n\nclass Unit(Enum):\n    M = \"m\"\n    CM = \"cm\"\n");
                break;
            case Setup.Specs:
                await MustAsync("init", Project, "--language", "python");
                _dir.Write("p/.kiro/specs/meals/requirements.md", "# Requirements Document\n\n## Introduction\n\nPlans a week of meals.\n\n## Requirements\n\n### Requirement 1: Plan a week\n\n**User Story:** As a cook, I want a week of meals, so that I shop once.\n\n#### Acceptance Criteria\n\n1. WHEN a cook asks for a plan THEN the system SHALL return seven dinners\n\n## Open Questions\n\n- Are lunches planned too?\n");
                _dir.Write("p/openspec/specs/planner/spec.md", "# planner Specification\n\n## Purpose\n\nPlans meals.\n\n## Requirements\n\n### Requirement: Weekly plan\n\nThe system SHALL return seven dinners.\n\n#### Scenario: A week\n\n- **WHEN** a cook asks for a plan\n- **THEN** seven dinners are returned\n");
                _dir.Write("p/openspec/specs/shopping/spec.md", "# shopping Specification\n\n## Purpose\n\nLists what to buy.\n\n## Requirements\n\n### Requirement: Shopping list\n\nThe system SHALL list every ingredient of the plan once.\n");
                break;
            case Setup.Calc:
                await CalcProject.CreateAsync(_dir, Project);
                break;
            case Setup.Frozen:
                await CalcProject.CreateAsync(_dir, Project);
                await MustAsync("freeze", Project);
                break;
            case Setup.Audited:
                await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
                break;
            case Setup.Planned:
                await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
                await MustAsync("interview", Project, "--file", _dir.Combine("inputs/interview.json"));
                break;
            case Setup.Certified:
                await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
                await MustAsync("certify", Project);
                break;
            case Setup.Reviewed:
                await CalcProject.CreateAsync(_dir, Project);
                var stored = await CliRunner.InProcessAsync("review", "submit", Project, "--file", _dir.Combine("inputs/review.json"), "--json");
                Assert.True(stored.ExitCode == 0, stored.Out + stored.Err);
                _review = JsonNode.Parse(stored.Out)!["data"]!["review"]!["id"]!.GetValue<string>();
                break;
            case Setup.LinkedDotPact:
                await MustAsync("init", Project, "--language", "python");
                Directory.Delete(Path.Combine(Project, ".pact"), recursive: true);
                Directory.CreateSymbolicLink(Path.Combine(Project, ".pact"), Directory.CreateDirectory(_dir.Combine("outside")).FullName);
                break;
        }
    }

    private static async Task MustAsync(params string[] args)
    {
        var run = await CliRunner.InProcessAsync(args);
        Assert.True(run.ExitCode == 0, $"pact {string.Join(' ', args)}: {run.Out}{run.Err}");
    }

    /// <summary>The artifacts the operations submit, as JSON: the CLI reads the file, the tool gets its content.</summary>
    private void WriteInputs()
    {
        _dir.Write("inputs/spec.json", """{"task": "Build calc so that its suite passes.\n", "readiness": {"security": "strict"}, "config": {"budget": 5}}""");
        // One question open: both faces report it (the tool once did and the verb did not).
        _dir.Write("inputs/interview.json", """
            { "risks": ["an overflow"], "questions": ["Which integer sizes?", "Is overflow an error?"], "assumptions": ["64-bit integers"],
              "acceptance_criteria": ["add(2, 3) is 5"], "user_answers": { "Is overflow an error?": "yes" } }
            """);
        foreach (var (name, kind) in new[] { ("pitch", ArtifactKind.Pitch), ("tree", ArtifactKind.Decomposition) })
        {
            _dir.Write($"inputs/{name}.json", DocumentParser.Parse(SchemaExamples.Text(kind)!, $"{name}.yaml").Root!.ToJsonString());
        }

        _dir.Write("inputs/contract.json", """{ "component_id": "calc", "name": "Calc", "description": "adds two integers", "invariants": ["results are deterministic"], "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b for all integers"] } ] }""");
        _dir.Write("inputs/suite.json", """
            { "component_id": "calc", "contract_version": 1,
              "test_cases": [ { "id": "test_add", "description": "adds two numbers", "function": "add", "category": "happy_path" },
                              { "id": "test_add_zero", "description": "adds zero", "function": "add", "category": "edge_case" } ],
              "generated_code": "from calc import add\ndef test_add():\n    assert add(2, 3) == 5\ndef test_add_zero():\n    assert add(0, 7) == 7\n" }
            """);
        const string finding = """{ "severity": "high", "location": { "file": "src/calc/calc.py", "line": 2 }, "evidence": "add(2**63, 1) overflows nothing in Python, but the contract says 64-bit integers", "recommendation": "bound the inputs to 64-bit integers and raise on overflow" }""";
        _dir.Write("inputs/review.json", $$"""{ "target": { "components": ["calc"] }, "claim": "calc is done", "reviewer": "advocate", "source": { "kind": "host_agent", "name": "claude-code" }, "findings": [ {{finding}} ] }""");
        _dir.Write("inputs/hidden.json", DocumentParser.Parse(File.ReadAllText(CalcProject.HiddenSuite(_dir)), "hidden.yaml").Root!.ToJsonString());
    }

    /// <summary>A directory tree with its files' and directories' modes (the audit directory must stay 0700) and its links as links.</summary>
    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }

        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                Directory.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo)
            {
                Copy(entry.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }
}
