using System.Text.Json.Nodes;

namespace Pact.Engine.Reviews;

/// <summary>
/// The Advocate and Simulacrum prompts, filled with the claim, task.md, and for each component under review its
/// contract, its implementation and its latest test results (<see cref="ReviewMaterial"/>). One text for both ways a
/// review is made: the host agent reads it from the MCP prompts and submits with <c>pact_review</c>; a backend
/// (<c>pact review --claim</c>) gets it with the answer's JSON Schema (<see cref="AnswerSchema"/>) instead.
/// </summary>
public sealed class ReviewPrompt(ReviewMaterial material)
{
    /// <summary>How the reviewer hands its answer back.</summary>
    public enum Answering
    {
        /// <summary>The host agent, through the <c>pact_review</c> tool.</summary>
        Tool,

        /// <summary>A backend, as one JSON object of <see cref="AnswerSchema"/>.</summary>
        Json,
    }

    public async Task<string> AdvocateAsync(ProjectLayout layout, IReadOnlyList<string> ids, string? claim, Answering answering, CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .AppendLine("You are Advocate: review the implementation as a skeptical reviewer. Read each contract clause, find the code")
            .AppendLine("that keeps it and the test that proves it. Look for what the tests cannot see: inputs next to the tested ones,")
            .AppendLine("error cases and invariants only the contract states, state shared between calls, hard-coded answers.")
            .AppendLine("Each finding names where it is: a file of the project and a line in it, or a contract clause (component id and")
            .AppendLine("JSON pointer into its interface.json); its evidence shows the problem (the input and what the code does), its")
            .AppendLine("recommendation says what to change. Severity: critical or high blocks certification until it is fixed or its")
            .AppendLine(answering == Answering.Tool
                ? "risk accepted (pact_review_adjudicate). Submit with pact_review as reviewer \"advocate\", source {\"kind\": \"host_agent\"};\na finding whose place does not exist is refused with its JSON pointer."
                : "risk accepted. Change nothing: answer with one JSON object of the schema below (findings; questions and text may be\nempty). A finding whose place does not exist is refused, and so is the whole answer.")
            .Append(Section("claim", string.IsNullOrWhiteSpace(claim) ? "(none given: review whether the components meet their contracts)" : claim))
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)));
        await AppendMaterialAsync(text, layout, ids, cancellationToken);
        return text.Append(Section(answering == Answering.Tool ? "schema: review" : "schema: your answer", answering == Answering.Tool ? SchemaCatalog.Text(ArtifactKind.Review) : AnswerSchema)).ToString();
    }

    public async Task<string> SimulacrumAsync(ProjectLayout layout, IReadOnlyList<string> ids, string claim, Answering answering, CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .AppendLine($"Claim under test: \"{claim}\"")
            .AppendLine("Simulate, one at a time, the actors who would disprove it: a hostile user, a careless operator, a tenant")
            .AppendLine("probing another tenant's data, a dependency that times out, a spike of load, a reviewer reading the audit log.")
            .AppendLine("For each, say what they do, what the contracts promise, and whether a test proves the promise. End with the")
            .AppendLine("claim's verdict (holds / holds with gaps / does not hold) and the missing tests or contract clauses. This is")
            .AppendLine(answering == Answering.Tool
                ? "not approval: submit the whole answer as text with pact_review (reviewer \"simulacrum\"), the open questions\nit raises as questions and any concrete gap as a finding; each question is then answered with\npact_review_adjudicate, the work fixed, and the gates rerun."
                : "not approval: change nothing, and answer with one JSON object of the schema below: the whole answer as text,\nthe open questions it raises as questions, any concrete gap as a finding. Each question is answered later, by a person.")
            .Append(Section("task.md", await ReadAsync(layout, layout.TaskMd, cancellationToken)));
        await AppendMaterialAsync(text, layout, ids, cancellationToken);
        return answering == Answering.Json ? text.Append(Section("schema: your answer", AnswerSchema)).ToString() : text.ToString();
    }

    /// <summary>
    /// What a backend answers: the review schema's findings, questions and text, nothing Pact sets itself (target,
    /// claim, reviewer and source are Pact's, from the request).
    /// </summary>
    public static string AnswerSchema { get; } = BuildAnswerSchema();

    public static string Section(string title, string body) => $"\n## {title}\n\n{body.TrimEnd()}\n";

    /// <summary>A project file's text; a file reached through a link is not read (it could be a hidden master).</summary>
    public static async Task<string> ReadAsync(ProjectLayout layout, string path, CancellationToken cancellationToken) =>
        SafePath.Check(layout.Root, path) is { } linked ? $"(not shown: {linked.Message})"
        : File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "(not written yet)";

    private async Task AppendMaterialAsync(StringBuilder text, ProjectLayout layout, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            text.Append(Section("decomposition/tree.json", await ReadAsync(layout, layout.TreeJson, cancellationToken)));
            return;
        }

        foreach (var component in await material.ReadAsync(layout, ids, cancellationToken))
        {
            text.Append(Section($"contracts/{component.Id}/interface.json", component.Contract));
            foreach (var (path, body) in component.Files)
            {
                text.Append(Section($"{path} (implementation)", body));
            }

            if (component.Files.Count == 0)
            {
                text.Append(Section($"src/{component.Id}/", "(no implementation yet)"));
            }

            text.Append(Section($"latest test results of {component.Id}", component.LatestRuns.Count == 0 ? "(no recorded run: call pact_test first)" : string.Join("\n", component.LatestRuns)));
        }
    }

    private static string BuildAnswerSchema()
    {
        var review = JsonNode.Parse(SchemaCatalog.Text(ArtifactKind.Review))!.AsObject();
        var properties = review["properties"]!.AsObject();
        var answer = new JsonObject
        {
            ["$schema"] = review["$schema"]!.DeepClone(),
            ["type"] = "object",
            ["required"] = new JsonArray("findings", "questions", "text"),
            ["properties"] = new JsonObject
            {
                ["findings"] = properties["findings"]!.DeepClone(),
                ["questions"] = properties["questions"]!.DeepClone(),
                ["text"] = new JsonObject { ["type"] = "string", ["description"] = "A Simulacrum's whole answer (markdown); empty for Advocate." },
            },
            ["additionalProperties"] = false,
            ["$defs"] = review["$defs"]!.DeepClone(),
        };
        return answer.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
