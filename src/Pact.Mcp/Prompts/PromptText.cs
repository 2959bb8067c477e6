using ModelContextProtocol.Server;
using Pact.Engine.Projects;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Prompts;

/// <summary>What every prompt needs: the project it is about, its files (or a note that they are not written yet), and sections.</summary>
internal static class PromptText
{
    public static async Task<ProjectLayout> LayoutAsync(ProjectDirectoryResolver directories, McpServer server, CancellationToken cancellationToken) =>
        new(await directories.ResolveAsync(server, null, cancellationToken));

    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "(not written yet)";

    public static string Section(string title, string body) => $"\n## {title}\n\n{body.TrimEnd()}\n";
}
