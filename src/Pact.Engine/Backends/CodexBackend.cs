using System.Text.Json.Nodes;

namespace Pact.Engine.Backends;

/// <summary>
/// Codex non-interactively: <c>codex exec --json --output-schema FILE --sandbox read-only -</c> (workspace-write for an
/// implementer), the prompt on stdin.
/// Its stdout is one JSON event per line; the answer is the last agent message (JSON of the schema asked for), the
/// usage comes from <c>turn.completed</c>, a failure from <c>error</c> or <c>turn.failed</c>.
/// </summary>
public sealed class CodexBackend(ProcessRunner processes, Toolchain.Toolchain toolchain) : IAgentBackend
{
    public const string BackendName = "codex_code";
    public const string ProgramVariable = "PACT_CODEX";

    public string Name => BackendName;

    public async Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken)
    {
        var (program, unavailable) = BackendProgram.Locate(toolchain, Name, ProgramVariable, "codex", "Codex", "npm install -g @openai/codex", ClaudeCodeBackend.BackendName);
        if (program is null)
        {
            return unavailable!;
        }

        // Codex reads the schema from a file; it lives only as long as the call.
        var schemaFile = Path.Combine(Path.GetTempPath(), $"pact-schema-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(schemaFile, request.OutputSchema, cancellationToken);
        try
        {
            List<string> arguments = ["exec", "--json", "--skip-git-repo-check", "--sandbox", request.MayEdit ? "workspace-write" : "read-only", "--output-schema", schemaFile];
            if (request.Model is { Length: > 0 } model)
            {
                arguments.AddRange(["--model", model]);
            }

            arguments.Add("-");
            var outcome = await processes.RunAsync(BackendProgram.Spec(program, arguments, request), cancellationToken);
            if (!outcome.Started)
            {
                return BackendProgram.NotStarted(Name, program, "Codex", ProgramVariable, outcome.StartError);
            }

            return outcome.TimedOut
                ? BackendAnswer.Failed(Name, $"Codex did not answer within {request.Timeout.TotalSeconds:0} s and was stopped", "run it again, or give it longer")
                : Parse(outcome.Stdout, outcome.Stderr, outcome.ExitCode);
        }
        finally
        {
            File.Delete(schemaFile);
        }
    }

    /// <summary>The answer in the event stream <c>codex exec --json</c> prints.</summary>
    public static BackendAnswer Parse(string stdout, string stderr, int exitCode)
    {
        string? message = null;
        string? failure = null;
        string? lastError = null;
        JsonObject? usage = null;
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var record = BackendProgram.ParseObject(line);

            switch (record?["type"]?.ToString())
            {
                case "item.completed" when record["item"] is JsonObject { } item && item["type"]?.ToString() == "agent_message":
                    message = item["text"]?.ToString();
                    break;
                case "turn.completed":
                    usage = record["usage"] as JsonObject;
                    break;
                case "error":
                    // Codex also reports a dropped connection it retries ("Reconnecting... 2/5") as an error event:
                    // only the last one counts, and only when the turn ends without an answer.
                    lastError = record["message"]?.ToString();
                    break;
                case "turn.failed":
                    failure = record["error"]?["message"]?.ToString() ?? lastError ?? "the turn failed";
                    break;
            }
        }

        if (failure is null && message is null)
        {
            failure = lastError;
        }

        if (failure is not null || exitCode != 0)
        {
            var why = failure ?? (BackendProgram.FirstLine(stderr) is { Length: > 0 } line ? line : "no error message");
            return BackendAnswer.Failed(BackendName, $"Codex failed (exit {exitCode}): {why}", BackendProgram.LooksLikeCredentials(why + " " + stderr)
                ? "Codex is not logged in or its key was refused: run `codex login`, or set OPENAI_API_KEY (PACT_REVIEW_OPENAI_API_KEY gives a key to reviews only)"
                : "run `codex exec \"hello\"` in the project to see the problem; `pact review --backend claude_code` uses Claude Code instead");
        }

        var output = BackendProgram.ParseObject(message);
        if (output is null)
        {
            return BackendAnswer.Failed(BackendName, message is null ? "Codex ended without an answer" : "Codex answered, but not with the structured output asked for", "run it again; if it keeps happening, the installed Codex may be too old for --output-schema (update it)");
        }

        return new BackendAnswer
        {
            Backend = BackendName,
            State = BackendState.Completed,
            Output = output,
            InputTokens = usage?["input_tokens"]?.GetValueKind() == JsonValueKind.Number ? usage["input_tokens"]!.GetValue<long>() : 0,
            OutputTokens = usage?["output_tokens"]?.GetValueKind() == JsonValueKind.Number ? usage["output_tokens"]!.GetValue<long>() : 0,
        };
    }
}
