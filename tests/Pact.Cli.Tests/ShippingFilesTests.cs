using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>The files agents install from: they parse, start the server by a bare command, and the plugin's skill copies match the originals.</summary>
public sealed class ShippingFilesTests
{
    private static string Root { get; } = Path.GetDirectoryName(JudgeTools.RepositoryFile("Pact.sln") ?? throw new InvalidOperationException("Pact.sln not found"))!;

    [Theory]
    [InlineData("mcp.json")]
    [InlineData("plugin/.mcp.json")]
    public void McpConfigs_StartPactByABareCommand(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, file)));
        var server = json.RootElement.GetProperty("mcpServers").GetProperty("pact");

        Assert.Equal("pact", server.GetProperty("command").GetString());
        Assert.Equal(["mcp"], server.GetProperty("args").EnumerateArray().Select(a => a.GetString()));
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
