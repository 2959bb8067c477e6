using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Pact.Cli;

/// <summary>
/// A worked example or two under each command's help, since a usage line alone rarely says which directory or file
/// goes where. Kept in one table (not spread over the verbs) so CliShapeTests can require one for every verb.
/// </summary>
internal static class CommandExamples
{
    public static IReadOnlyDictionary<string, string[]> ByCommand { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["init"] = ["pact init my-api --language typescript", "pact init my-api --spec build_spec.yaml"],
        ["status"] = ["pact status", "pact status my-api --json"],
        ["components"] = ["pact components my-api"],
        ["spec apply"] = ["pact spec apply my-api build_spec.yaml"],
        ["spec show"] = ["pact spec show build_spec.yaml"],
        ["production init"] = ["pact production init my-api", "pact production init my-api --force"],
        ["production fingerprint"] = ["pact production fingerprint my-api", "pact production fingerprint my-api --write"],
        ["production status"] = ["pact production status my-api"],
        ["production validate"] = ["pact production validate my-api --json"],
        ["schema"] = ["pact schema contract", "pact schema contract --example > contract.yaml"],
        ["decompose"] = ["pact decompose my-api --file tree.json"],
        ["interview"] = ["pact interview my-api --file interview.yaml"],
        ["shape"] = ["pact shape my-api --file pitch.yaml"],
        ["contract"] = ["pact contract my-api pricing --file pricing.json"],
        ["validate"] = ["pact validate", "pact validate my-api --json"],
        ["handoff"] = ["pact handoff my-api pricing --max-tokens 4000"],
        ["stub"] = ["pact stub my-api pricing"],
        ["tests"] = ["pact tests my-api pricing --file suite.json"],
        ["test"] = ["pact test", "pact test my-api pricing --timeout 60 --progress"],
        ["freeze"] = ["pact freeze my-api pricing"],
        ["unfreeze"] = ["pact unfreeze my-api pricing --reason \"the contract's rounding rule changed\""],
        ["adjudicate"] = ["pact adjudicate my-api pricing tamper.python.detached_process --file src/pricing/pricing.py --line 3 --verdict allowed --reason \"a log flush, not a forger\""],
        ["sync"] = ["pact sync my-api"],
        ["audit-init"] = ["pact audit-init my-api --audit-dir ../my-api-audit"],
        ["authority move"] = ["pact authority move my-api /srv/audit/my-api"],
        ["authority new"] = ["pact authority new my-api /srv/audit/my-api --reason \"the old audit disk is lost\""],
        ["doctor"] = ["pact doctor", "pact doctor my-api --json"],
        ["goodhart"] = ["pact goodhart my-api pricing --file hidden.json"],
        ["polish"] = ["pact polish my-api --progress"],
        ["review"] = ["pact review my-api --claim \"pricing is done: every contract test passes\" --component pricing", "pact review my-api --claim \"the API is ready\" --sim-only --backend codex_code"],
        ["review submit"] = ["pact review submit my-api --file review.yaml", "pact review submit my-api --file review.json --json"],
        ["review adjudicate"] = ["pact review adjudicate my-api advocate-20260101_120000-1a2b3c4d F1 --decision fixed --reason \"parse_cents now uses Decimal; test_parse_half_even added\""],
        ["run"] = ["pact run my-api", "pact run my-api --implement --backend codex_code --json"],
        ["diagnose"] = ["pact diagnose my-api pricing --verdict implementation --explanation \"rounds half-cents down\" --guidance \"round half up, as the contract's examples do\"", "pact diagnose my-api pricing --verdict contract --explanation \"…\" --guidance \"allow a zero-night stay\" --json"],
        ["resume"] = ["pact resume my-api", "pact resume my-api --json"],
        ["build"] = ["pact build my-api pricing", "pact build my-api pricing --backend claude_code --model claude-sonnet-4-5"],
        ["certify"] = ["pact certify my-api", "pact certify my-api --verify --key ../my-api-audit/keys/signing_key.pub.pem"],
        ["sentinel list-keys"] = ["pact sentinel list-keys my-api"],
        ["analyze"] = ["pact analyze my-api"],
        ["assess"] = ["pact assess src/myproject", "pact assess src/ --json --sarif assess.sarif --threshold hub_fan_in_warning=12"],
        ["log"] = ["pact log my-api --last 20", "pact log my-api --component pricing --action test --since 2d --json"],
        ["daemon"] = ["pact daemon my-api --implement", "pact daemon my-api --interval 60 --max-idle 7200"],
        ["monitor"] = ["pact monitor my-api", "pact monitor my-api 10 --implement --approve --stuck-timeout 900"],
        ["approve"] = ["pact approve my-api", "pact approve my-api --plan --dry-run", "pact approve . --json"],
        ["claim"] = ["pact claim my-api pricing --holder subagent-2", "pact claim my-api pricing --holder subagent-2 --ttl 2h --json"],
        ["release"] = ["pact release my-api pricing --holder subagent-2"],
        ["adopt"] = ["pact adopt . --source mypackage --dry-run", "pact adopt newproject --source ../legacy/mypackage --exclude 'windows_*.py' --json"],
        ["import"] = ["pact import my-api --from spec-kit ../my-api-specs/specs/001-photo-albums --dry-run", "pact import . --from kiro . --json", "pact import my-api --from openspec ../legacy-repo"],
        ["checklist"] = ["pact checklist my-api"],
        ["tasks"] = ["pact tasks my-api --phase component"],
        ["health"] = ["pact health my-api"],
        ["health record"] = ["pact health record my-api --phase implement --input-tokens 12000 --output-tokens 3400 --spend 0.21"],
        ["export-tasks"] = ["pact export-tasks my-api"],
        ["hook pre-tool-use"] = ["pact hook pre-tool-use < event.json"],
        ["mcp"] = ["pact mcp --role code", "pact mcp --role audit"],
        ["completion"] = ["pact completion zsh > ~/.pact-completion.zsh", "source <(pact completion bash)"],
    };

    /// <summary>Makes the help of every command end with its examples (the help option is the root's, recursive).</summary>
    public static void Apply(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction inner)
        {
            help.Action = new WithExamples(inner);
        }
    }

    /// <summary>Whether the parse asked for help: then a missing argument is no error, the help says what goes there.</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is WithExamples or HelpAction;

    /// <summary>"spec apply" for <c>pact spec apply --help</c>: the command's path below the root.</summary>
    private static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is CommandResult { Parent: not null } command; at = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private sealed class WithExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            if (ByCommand.TryGetValue(PathOf(parseResult.CommandResult), out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
