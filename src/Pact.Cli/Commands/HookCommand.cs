using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Projects;
using Pact.Hooks;

namespace Pact.Cli.Commands;

/// <summary>
/// <c>pact hook pre-tool-use</c>: the Claude Code PreToolUse hook of the Pact plugin. Reads the hook's JSON on stdin
/// and, when the call would read the audit directory or write a locked test view, prints a deny decision with the
/// reason and what to do instead. Anything else is allowed silently.
/// </summary>
internal static class HookCommand
{
    public static Command Create(CliContext context, TextReader input)
    {
        var preToolUse = new Command("pre-tool-use", "Claude Code PreToolUse hook: deny reads of the audit directory and writes to locked test views (JSON on stdin)");
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
            var cwd = Text(call, "cwd") ?? Directory.GetCurrentDirectory();
            var arguments = call.TryGetProperty("tool_input", out var toolInput) && toolInput.ValueKind == JsonValueKind.Object
                ? toolInput.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
                : [];
            var root = FindProject(cwd);
            var auditDir = Environment.GetEnvironmentVariable("PACT_AUDIT_DIR");
            if (root is not null && auditDir is null)
            {
                var (project, _, problems) = await context.Services.GetRequiredService<ProjectStore>().OpenAsync(root, cancellationToken);
                if (project is null)
                {
                    // Without a readable pact.yaml the audit directory is unknown, and allowing would let anything
                    // through; so would a pact.yaml made unreadable on purpose.
                    var first = problems.FirstOrDefault()?.ToString() ?? "pact.yaml cannot be read";
                    return await DenyAsync(context, $"Pact cannot judge this call: the project's pact.yaml is not valid ({first}). Fix pact.yaml by hand (`pact validate` names the problem), then retry.");
                }

                auditDir = project.Config.AuditDir is { Length: > 0 } configured ? configured : null;
            }

            var decision = ToolCallGuard.Check(tool, arguments, cwd, root, auditDir);
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

    /// <summary>The nearest directory at or above <paramref name="start"/> holding a pact.yaml.</summary>
    private static string? FindProject(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "pact.yaml")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
