using System.Text.Json.Nodes;

namespace Pact.Engine.Backends;

/// <summary>
/// Claude Code in print mode: <c>claude -p --output-format json --json-schema …</c>, the prompt on stdin, read-only
/// tools (it reads the project; a reviewer changes nothing), or the edit tools too for an implementer. The answer is the result record's
/// <c>structured_output</c>, with its cost and token counts.
/// </summary>
public sealed class ClaudeCodeBackend(ProcessRunner processes, Toolchain.Toolchain toolchain) : IAgentBackend
{
    public const string BackendName = "claude_code";
    public const string ProgramVariable = "PACT_CLAUDE";

    public string Name => BackendName;

    public async Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken)
    {
        var (program, unavailable) = BackendProgram.Locate(toolchain, Name, ProgramVariable, "claude", "Claude Code", "npm install -g @anthropic-ai/claude-code", CodexBackend.BackendName);
        if (program is null)
        {
            return unavailable!;
        }

        // An implementer edits files in its working directory without asking (print mode has no one to ask); anything
        // else, including a shell, stays out of its reach: the judge runs the tests, not the agent.
        List<string> arguments = ["-p", "--output-format", "json", "--json-schema", request.OutputSchema, "--allowedTools", request.MayEdit ? "Read,Grep,Glob,Edit,MultiEdit,Write" : "Read,Grep,Glob"];
        if (request.MayEdit)
        {
            arguments.AddRange(["--permission-mode", "acceptEdits"]);
        }

        if (request.Model is { Length: > 0 } model)
        {
            arguments.AddRange(["--model", model]);
        }

        var outcome = await processes.RunAsync(BackendProgram.Spec(program, arguments, request), cancellationToken);
        if (!outcome.Started)
        {
            return BackendProgram.NotStarted(Name, program, "Claude Code", ProgramVariable, outcome.StartError);
        }

        if (outcome.TimedOut)
        {
            return BackendAnswer.Failed(Name, $"Claude Code did not answer within {request.Timeout.TotalSeconds:0} s and was stopped", "run it again, or give it longer");
        }

        return Parse(outcome.Stdout, outcome.Stderr, outcome.ExitCode);
    }

    /// <summary>The answer in the result record <c>claude -p --output-format json</c> prints.</summary>
    public static BackendAnswer Parse(string stdout, string stderr, int exitCode)
    {
        var result = BackendProgram.ParseObject(stdout.Trim());
        if (result is null)
        {
            var why = BackendProgram.FirstLine(stderr) is { Length: > 0 } line ? line : BackendProgram.FirstLine(stdout);
            return BackendAnswer.Failed(BackendName, $"Claude Code exited {exitCode} without a result record{(why.Length > 0 ? $": {why}" : "")}", Guidance(why));
        }

        var text = result["result"]?.GetValueKind() == JsonValueKind.String ? result["result"]!.GetValue<string>() : "";
        if (result["is_error"]?.GetValueKind() == JsonValueKind.True || exitCode != 0)
        {
            return BackendAnswer.Failed(BackendName, $"Claude Code failed ({result["subtype"]?.ToString() ?? "error"}): {(text.Length > 0 ? text : BackendProgram.FirstLine(stderr))}", Guidance(text + " " + stderr));
        }

        var output = result["structured_output"]?.DeepClone() ?? BackendProgram.ParseObject(text);
        if (output is not JsonObject)
        {
            return BackendAnswer.Failed(BackendName, "Claude Code answered, but not with the structured output asked for", "run it again; if it keeps happening, the installed Claude Code may be too old for --json-schema (update it)");
        }

        var usage = result["usage"] as JsonObject;
        return new BackendAnswer
        {
            Backend = BackendName,
            State = BackendState.Completed,
            Output = output,
            Model = (result["modelUsage"] as JsonObject)?.Select(p => p.Key).FirstOrDefault() ?? "",
            CostUsd = result["total_cost_usd"]?.GetValueKind() == JsonValueKind.Number ? result["total_cost_usd"]!.GetValue<double>() : null,
            InputTokens = Tokens(usage, "input_tokens"),
            OutputTokens = Tokens(usage, "output_tokens"),
        };
    }

    private static long Tokens(JsonObject? usage, string name) =>
        usage?[name]?.GetValueKind() == JsonValueKind.Number ? usage[name]!.GetValue<long>() : 0;

    private static string Guidance(string message) => BackendProgram.LooksLikeCredentials(message)
        ? "Claude Code is not logged in or its key was refused: run `claude` once and log in, or set ANTHROPIC_API_KEY (PACT_REVIEW_ANTHROPIC_API_KEY gives a key to reviews only)"
        : "run `claude -p \"hello\"` in the project to see the problem; `pact review --backend codex_code` uses Codex instead";
}
