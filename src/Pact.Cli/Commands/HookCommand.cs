using System.Text.Json;
using Pact.Engine.Hooks;
using Pact.Hooks;

namespace Pact.Cli.Commands;

/// <summary>
/// <c>pact hook pre-tool-use</c>: the Claude Code PreToolUse hook of the Pact plugin. Reads the hook's JSON on stdin
/// and, when the call would touch the audit directory, write a locked path or run an audit-side pact command, prints a
/// deny decision with the reason and what to do instead. Anything else is allowed silently. It fails closed: a call it
/// cannot judge (unreadable input, no project, a pact.yaml that does not read) is denied.
/// </summary>
internal static class HookCommand
{
    public static Command Create(CliContext context, TextReader input)
    {
        var preToolUse = new Command("pre-tool-use", "Claude Code PreToolUse hook: deny touching the audit directory, writing locked paths and audit-side pact commands (JSON on stdin)");
        preToolUse.SetAction(async (parse, cancellationToken) =>
        {
            JsonElement call;
            try
            {
                using var document = JsonDocument.Parse(await input.ReadToEndAsync(cancellationToken));
                call = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                // Claude Code runs a call whose hook exits non-zero, so an input the hook cannot read (malformed, or
                // nested past the parser's limit) must be denied, not reported: the guard fails closed.
                await context.Error.WriteLineAsync($"error [hook.input]: the hook input is not JSON ({e.Message}); the call is not judged");
                return await DenyAsync(context, $"Pact's hook could not read this call ({e.Message}), so the call is not judged and is denied.");
            }

            var tool = Text(call, "tool_name") ?? "";
            var cwd = Path.GetFullPath(Text(call, "cwd") ?? Directory.GetCurrentDirectory());
            var arguments = call.TryGetProperty("tool_input", out var toolInput) && toolInput.ValueKind == JsonValueKind.Object
                ? toolInput.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
                : [];
            var environment = GuardScopeLoader.Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable, StringComparer.Ordinal);
            var (scope, refusal) = await GuardScopeLoader.LoadAsync(context.Services.GetRequiredService<ProjectStore>(), cwd, environment, cancellationToken);
            if (scope is null)
            {
                return await DenyAsync(context, refusal!);
            }

            var decision = ToolCallGuard.Check(tool, arguments, scope, new DiskPathView());
            return decision.Deny ? await DenyAsync(context, decision.Reason) : ExitCodes.Ok;
        });
        return new Command("hook", "Host-agent hooks (used by the Pact Claude Code plugin)") { preToolUse };
    }

    private static async Task<int> DenyAsync(CliContext context, string reason)
    {
        await context.Output.WriteLineAsync(JsonSerializer.Serialize(new HookOutput(new HookSpecificOutput("PreToolUse", "deny", reason)), HookJson.Default.HookOutput));
        return ExitCodes.Ok;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
