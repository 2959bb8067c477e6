using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>The files agents install from: they parse, start the server by a bare command, and the plugin's skill copies match the originals.</summary>
public sealed class ShippingFilesTests
{
    private static string Root { get; } = Path.GetDirectoryName(JudgeTools.RepositoryFile("Pact.sln") ?? throw new InvalidOperationException("Pact.sln not found"))!;

    [Theory]
    [InlineData("mcp.json")]
    [InlineData("plugin/.mcp.json")]
    public void McpConfigs_StartTheImplementersAndTheAuditorsServer_ByABareCommand(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, file)));
        var servers = json.RootElement.GetProperty("mcpServers");

        Assert.Equal(["pact", "pact-audit"], servers.EnumerateObject().Select(s => s.Name));
        foreach (var (name, role) in new[] { ("pact", "code"), ("pact-audit", "audit") })
        {
            var server = servers.GetProperty(name);
            var args = server.GetProperty("args").EnumerateArray().Select(a => a.GetString()).ToList();
            Assert.Equal("pact", server.GetProperty("command").GetString());
            Assert.Equal(["mcp", "--role", role], args.Take(3));
        }
    }

    [Fact]
    public void TheAuditorAgent_HasOnlyThePactAuditServer_AndReadTools()
    {
        var text = File.ReadAllText(Path.Combine(Root, "plugin", "agents", "pact-auditor.md"));
        var tools = text.Split('\n').Single(l => l.StartsWith("tools:", StringComparison.Ordinal))["tools:".Length..].Split(',', StringSplitOptions.TrimEntries);

        Assert.Contains("name: pact-auditor", text, StringComparison.Ordinal);
        Assert.Contains("mcp__plugin_pact_pact-audit__*", tools);
        Assert.All(tools, t => Assert.True(t is "Read" or "Grep" or "Glob" || t.StartsWith("mcp__plugin_pact_pact-audit__", StringComparison.Ordinal) || t.StartsWith("mcp__pact-audit__", StringComparison.Ordinal), $"the auditor may not have {t}"));
    }

    [Fact]
    public void PluginSkills_AreExactCopiesOfTheTopLevelSkills()
    {
        foreach (var skill in new[] { "pact-engineer", "simulacrum" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Root, "skills", skill, "SKILL.md")), File.ReadAllText(Path.Combine(Root, "plugin", "skills", skill, "SKILL.md")));
        }
    }

    [Fact]
    public void Hook_RunsPactsOwnGuard_OnEveryFileAndShellTool()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "plugin", "hooks", "hooks.json")));
        var entry = json.RootElement.GetProperty("hooks").GetProperty("PreToolUse")[0];

        Assert.Equal("pact hook pre-tool-use", entry.GetProperty("hooks")[0].GetProperty("command").GetString());
        foreach (var tool in new[] { "Read", "Grep", "Glob", "Edit", "Write", "Bash" })
        {
            Assert.Contains(tool, entry.GetProperty("matcher").GetString()!.Split('|'));
        }
    }
}
