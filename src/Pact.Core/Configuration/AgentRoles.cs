using System.Text.Json.Nodes;
using Pact.Documents;

namespace Pact.Configuration;

/// <summary>
/// The roles a model step of <c>pact run</c> is played in, as pact.yaml's <c>role_backends</c>, <c>role_models</c> and
/// <c>role_timeouts</c> name them (the Python Pact's names), and which step plays which. A role key that names no role
/// would be silently ignored, so it is refused.
/// </summary>
public static class AgentRoles
{
    public const string Decomposer = "decomposer";
    public const string ContractAuthor = "contract_author";
    public const string TestAuthor = "test_author";
    public const string CodeAuthor = "code_author";
    public const string TraceAnalyst = "trace_analyst";

    /// <summary>The roles whose keys act, in the order of the work.</summary>
    public static IReadOnlyList<string> Acting { get; } = [Decomposer, ContractAuthor, TestAuthor, CodeAuthor, TraceAnalyst];

    /// <summary>The pact.yaml keys that map a role to something.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["role_backends", "role_models", "role_timeouts"];

    /// <summary>
    /// The role that plays a step <c>pact run</c> hands to a backend, by the step's tool name; null for a step no
    /// role key reaches (the Advocate review runs with the run's own backend).
    /// </summary>
    public static string? Of(string tool) => tool switch
    {
        "pact_interview" or "pact_shape" or "pact_decompose" => Decomposer,
        "pact_contract" => ContractAuthor,
        "pact_tests" or "pact_goodhart" => TestAuthor,
        "pact_handoff" => CodeAuthor,
        "pact_diagnose" => TraceAnalyst,
        _ => null,
    };

    /// <summary>The factor <c>impatience</c> puts on every role's time limit.</summary>
    public static double Factor(Impatience impatience) => impatience switch
    {
        Impatience.Patient => 2.0,
        Impatience.Impatient => 0.5,
        _ => 1.0,
    };

    /// <summary>Role keys of a schema-valid pact.yaml that name no role.</summary>
    public static IReadOnlyList<Diagnostic> Check(ParsedDocument config)
    {
        var found = new List<Diagnostic>();
        foreach (var key in Keys)
        {
            foreach (var (role, _) in config.Root?[key] as JsonObject ?? [])
            {
                var pointer = $"/{key}/{role}";
                if (!Acting.Contains(role))
                {
                    found.Add(new Diagnostic
                    {
                        Rule = "config.role.unknown",
                        File = config.File,
                        Line = config.Locate(pointer)?.Line,
                        Pointer = pointer,
                        Message = $"{key} names '{role}', which is not a role: nothing would use it",
                        Fix = $"use one of {string.Join(", ", Acting)}",
                    });
                }
            }
        }

        // In the order a reader meets them in the file.
        return [.. found.OrderBy(d => d.Line ?? 0)];
    }
}
