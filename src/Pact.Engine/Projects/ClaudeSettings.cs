using System.Text.Json.Nodes;

namespace Pact.Engine.Projects;

/// <summary>
/// The project's Claude Code settings (<c>.claude/settings.json</c>) that back the hook with the OS: the sandbox on
/// and required (a shell string the hook cannot read, such as a path decoded at run time, still cannot reach a path
/// the sandbox denies), no unsandboxed escape, the audit directory unreadable, and <c>PACT_ROLE=code</c> so the CLI
/// the agent runs refuses audit-side commands. Merged into what is there: every other key the person set is kept.
/// </summary>
public static class ClaudeSettings
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string PathIn(string projectRoot) => Path.Combine(projectRoot, ".claude", "settings.json");

    /// <summary>The merged settings text, or a diagnostic (nothing to write) when the existing file is not a JSON object.</summary>
    public static (string? Text, Diagnostic? Problem) Merge(string? existing, string? auditDir)
    {
        JsonObject settings;
        try
        {
            settings = existing is null ? [] : JsonNode.Parse(existing, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new JsonException("the top level is not an object");
        }
        catch (JsonException e)
        {
            return (null, new Diagnostic
            {
                Rule = "init.claude_settings_invalid",
                File = ".claude/settings.json",
                Message = $"the Claude Code settings are not a JSON object ({e.Message}), so Pact cannot add its sandbox settings",
                Fix = "fix or remove .claude/settings.json, then run the command again",
            });
        }

        var sandbox = Object(settings, "sandbox");
        sandbox["enabled"] = true;
        sandbox["failIfUnavailable"] = true;
        sandbox["allowUnsandboxedCommands"] = false;
        if (auditDir is not null)
        {
            var filesystem = Object(sandbox, "filesystem");
            if (filesystem["denyRead"] is not JsonArray denyRead)
            {
                denyRead = [];
                filesystem["denyRead"] = denyRead;
            }

            if (!denyRead.Any(n => n?.GetValueKind() == JsonValueKind.String && n.GetValue<string>() == auditDir))
            {
                denyRead.Add((JsonNode)JsonValue.Create(auditDir));
            }
        }

        Object(settings, "env")["PACT_ROLE"] = "code";
        return (settings.ToJsonString(Indented) + "\n", null);
    }

    /// <summary>The object at <paramref name="key"/>, made when absent (a non-object there is replaced: Pact's keys need the shape).</summary>
    private static JsonObject Object(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var made = new JsonObject();
        parent[key] = made;
        return made;
    }
}
