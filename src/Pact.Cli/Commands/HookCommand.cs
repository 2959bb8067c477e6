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
                await context.Error.WriteLineAsync($"error [hook.input]: the hook input is not JSON ({e.Message}); the call is not judged");
                return ExitCodes.Failed;
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
                var (project, _, _) = await context.Services.GetRequiredService<ProjectStore>().OpenAsync(root, cancellationToken);
                auditDir = project?.Config.AuditDir is { Length: > 0 } configured ? configured : null;
            }

            var decision = ToolCallGuard.Check(tool, arguments, cwd, root, auditDir);
            if (decision.Deny)
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(new HookOutput(new HookSpecificOutput("PreToolUse", "deny", decision.Reason)), HookJson.Default.HookOutput));
            }

            return ExitCodes.Ok;
        });
        return new Command("hook", "Host-agent hooks (used by the Pact Claude Code plugin)") { preToolUse };
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
