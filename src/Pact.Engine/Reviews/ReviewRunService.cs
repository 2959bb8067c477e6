using System.Text.Json.Nodes;
using Pact.Engine.Backends;
using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>
/// <c>pact review DIR --claim …</c>: Advocate and/or Simulacrum made by a code-agent backend instead of the host agent.
/// Each reviewer gets the same filled prompt the MCP prompts give (<see cref="ReviewPrompt"/>) and answers as JSON;
/// the answer becomes a review submitted through <see cref="ReviewService"/>, so it passes the same schema and gates
/// and is stored and audited the same way. Exits as the seed does: non-zero when a reviewer asked for was unavailable
/// or failed, or when Advocate found critical/high problems; a Simulacrum that completed is material to adjudicate,
/// never an approval.
/// </summary>
public sealed class ReviewRunService(ProjectStore store, ReviewPrompt prompt, ReviewService reviews, AgentBackends backends)
{
    public const string Command = "review";
    public const string ProviderVariable = "PACT_ADVOCATE_PROVIDER";
    public const string AnthropicKeyVariable = "PACT_REVIEW_ANTHROPIC_API_KEY";
    public const string OpenAiKeyVariable = "PACT_REVIEW_OPENAI_API_KEY";

    public async Task<CommandResult<ReviewRunReport>> RunAsync(string directory, ReviewRunRequest request, CancellationToken cancellationToken)
    {
        // Every refusal comes before a backend is asked: a model's time is spent only on a request that can be stored.
        if (Refusal(request) is { } refused)
        {
            return CommandResults.Fail<ReviewRunReport>(Command, Outcome.Invalid, refused);
        }

        var name = request.Backend ?? (Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } configured ? configured : ClaudeCodeBackend.BackendName);
        if (backends.Find(name) is not { } backend)
        {
            return CommandResults.Fail<ReviewRunReport>(Command, Outcome.Invalid, backends.Unknown(name, request.Backend is null ? $"/env/{ProviderVariable}" : "/backend"));
        }

        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ReviewRunReport>(Command, outcome, diagnostics);
        }

        var layout = project.Layout;
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        var unknown = request.Components.Select((id, i) => (id, i)).Where(c => tree?.Value?.Nodes.ContainsKey(c.id) != true).Select(c => new Diagnostic
        {
            Rule = "review.target_unknown",
            Pointer = $"/components/{c.i}",
            Message = $"'{c.id}' is not a component of the decomposition",
            Fix = $"name components of decomposition/tree.json (`pact components {layout.Root}` lists them), or none to review the project",
        }).ToList();
        if (unknown.Count > 0)
        {
            return CommandResults.Fail<ReviewRunReport>(Command, Outcome.Invalid, unknown);
        }

        // A review of the whole project shows the backend every leaf's contract, code and results (the host agent's
        // prompt shows the tree and lets it ask); the review's target stays the project.
        IReadOnlyList<string> shown = request.Components.Count > 0 ? request.Components
            : [.. (tree?.Value?.Nodes.Values ?? []).Where(n => n.Children.Count == 0).Select(n => n.ComponentId).Order(StringComparer.Ordinal)];
        var runs = new List<ReviewRun>();
        foreach (var reviewer in Reviewers(request))
        {
            var text = reviewer == Reviewer.Advocate
                ? await prompt.AdvocateAsync(layout, shown, request.Claim, ReviewPrompt.Answering.Json, cancellationToken)
                : await prompt.SimulacrumAsync(layout, shown, request.Claim, ReviewPrompt.Answering.Json, cancellationToken);
            var answer = await backend.AskAsync(new BackendRequest
            {
                Prompt = text,
                OutputSchema = ReviewPrompt.AnswerSchema,
                WorkingDirectory = layout.Root,
                Model = request.Model,
                Timeout = request.Timeout,
                Environment = Credentials(name),
            }, cancellationToken);
            runs.Add(await StoreAsync(layout.Root, request, reviewer, answer, cancellationToken));
        }

        var report = new ReviewRunReport { ProjectDir = layout.Root, Backend = name, Claim = request.Claim, Runs = runs };
        var found = runs.SelectMany(Diagnostics).ToList();
        var result = runs.Any(r => r.State == ReviewRunState.Failed) || runs.Any(r => r.Blocking.Count > 0) ? Outcome.Invalid
            : runs.Any(r => r.State == ReviewRunState.Unavailable) ? Outcome.NotFound
            : Outcome.Ok;
        return new CommandResult<ReviewRunReport> { Command = Command, Outcome = result, Data = report, Diagnostics = found };
    }

    /// <summary>The backend's answer as a review, through the same gates as one the host agent submits.</summary>
    private async Task<ReviewRun> StoreAsync(string root, ReviewRunRequest request, Reviewer reviewer, BackendAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.State != BackendState.Completed)
        {
            return new ReviewRun { Reviewer = reviewer, State = answer.State == BackendState.Unavailable ? ReviewRunState.Unavailable : ReviewRunState.Failed, Message = answer.Message, Fix = answer.Fix };
        }

        var output = answer.Output!.AsObject();
        var review = new JsonObject
        {
            ["target"] = new JsonObject { ["components"] = new JsonArray([.. request.Components.Select(id => JsonValue.Create(id))]) },
            ["claim"] = request.Claim,
            ["reviewer"] = reviewer == Reviewer.Advocate ? "advocate" : "simulacrum",
            ["source"] = new JsonObject { ["kind"] = "backend", ["name"] = answer.Backend, ["model"] = answer.Model.Length > 0 ? answer.Model : request.Model },
            ["findings"] = output["findings"]?.DeepClone() ?? new JsonArray(),
            ["questions"] = output["questions"]?.DeepClone() ?? new JsonArray(),
        };
        if (reviewer == Reviewer.Simulacrum)
        {
            review["text"] = output["text"]?.DeepClone();
        }

        var stored = await reviews.SubmitAsync(root, new ParsedDocument { File = $"({answer.Backend}'s answer)", Format = DocumentFormat.Json, Root = review }, cancellationToken);
        if (!stored.Ok)
        {
            var why = string.Join("; ", stored.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Rule}{(d.Pointer is { Length: > 0 } p ? $" at {p}" : "")}: {d.Message}"));
            return new ReviewRun { Reviewer = reviewer, State = ReviewRunState.Failed, Message = $"the reviewer's answer was refused by the review gates, and nothing was stored: {why}", Fix = "run the review again, or make it through the host agent (the `review` prompt) and submit it with `pact review submit`", Model = answer.Model, CostUsd = answer.CostUsd };
        }

        var kept = stored.Data!.Review;
        return new ReviewRun
        {
            Reviewer = reviewer,
            State = ReviewRunState.Completed,
            ReviewId = kept.Id,
            Blocking = stored.Data.Blocking,
            Findings = kept.Findings.Count,
            Questions = kept.Questions.Count,
            Model = answer.Model,
            CostUsd = answer.CostUsd,
        };
    }

    private static IEnumerable<Diagnostic> Diagnostics(ReviewRun run)
    {
        var who = run.Reviewer == Reviewer.Advocate ? "Advocate" : "Simulacrum";
        if (run.State != ReviewRunState.Completed)
        {
            yield return new Diagnostic
            {
                Rule = run.State == ReviewRunState.Unavailable ? "review.unavailable" : "review.failed",
                Message = $"{who}: {run.Message}",
                Fix = run.State == ReviewRunState.Unavailable ? $"{run.Fix}; or rerun with {(run.Reviewer == Reviewer.Advocate ? "--sim-only" : "--advocate-only")}" : run.Fix,
            };
        }
        else if (run.Blocking.Count > 0)
        {
            yield return new Diagnostic
            {
                Rule = "review.blocking",
                Message = $"Advocate review {run.ReviewId} found {run.Blocking.Count} critical/high finding(s): {string.Join(", ", run.Blocking)}; certify refuses until each is decided",
                Fix = $"fix each and record it (`pact review adjudicate <dir> {run.ReviewId} {run.Blocking[0]} --decision fixed --reason \"…\"`), or accept its risk with a reason (--decision accepted_risk)",
            };
        }
        else if (run.Reviewer == Reviewer.Simulacrum)
        {
            yield return new Diagnostic
            {
                Rule = "review.simulacrum_completed",
                Severity = Severity.Warning,
                Message = $"Simulacrum review {run.ReviewId} completed with {run.Questions} question(s) and {run.Findings} finding(s): this is material to adjudicate, not an approval",
                Fix = $"read .pact/reviews/{run.ReviewId}/simulacrum.md and answer each question (`pact review adjudicate <dir> {run.ReviewId} Q1 --decision answered --reason \"…\"`)",
            };
        }
    }

    private static Diagnostic? Refusal(ReviewRunRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Claim))
        {
            return new Diagnostic { Rule = "review.claim_missing", Pointer = "/claim", Message = "a review needs the claim it tests", Fix = "say what is claimed, e.g. --claim \"money is done: every contract test passes\"" };
        }

        if (!request.Advocate && !request.Simulacrum)
        {
            return new Diagnostic { Rule = "review.no_reviewer", Message = "--advocate-only and --sim-only together leave no reviewer", Fix = "give one of them, or neither for both" };
        }

        return ComponentIds.Check(request.Components).FirstOrDefault();
    }

    private static IEnumerable<Reviewer> Reviewers(ReviewRunRequest request)
    {
        if (request.Advocate)
        {
            yield return Reviewer.Advocate;
        }

        if (request.Simulacrum)
        {
            yield return Reviewer.Simulacrum;
        }
    }

    /// <summary>A review-only key from Pact's own variable, given to the agent's process under the name it reads; this process's environment is left as it is.</summary>
    private static Dictionary<string, string> Credentials(string backend)
    {
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal);
        if (backend == ClaudeCodeBackend.BackendName && Environment.GetEnvironmentVariable(AnthropicKeyVariable) is { Length: > 0 } anthropic)
        {
            credentials["ANTHROPIC_API_KEY"] = anthropic;
        }

        if (backend is CodexBackend.BackendName or "openai" && Environment.GetEnvironmentVariable(OpenAiKeyVariable) is { Length: > 0 } openai)
        {
            credentials["OPENAI_API_KEY"] = openai;
            credentials["CODEX_API_KEY"] = openai;
        }

        return credentials;
    }
}
