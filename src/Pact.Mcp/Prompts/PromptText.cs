using Pact.Engine.Storage;

namespace Pact.Mcp.Prompts;

/// <summary>What every prompt needs: the project it is about, its files (or a note that they are not written yet), and sections.</summary>
internal static class PromptText
{
    public static async Task<ProjectLayout> LayoutAsync(ProjectDirectoryResolver directories, McpServer server, CancellationToken cancellationToken) =>
        new(await directories.ResolveAsync(server, null, cancellationToken));

    /// <summary>A project file's text; a file reached through a link is not read (it could be a hidden master).</summary>
    public static async Task<string> ReadAsync(ProjectLayout layout, string path, CancellationToken cancellationToken) =>
        SafePath.Check(layout.Root, path) is { } linked ? $"(not shown: {linked.Message})"
        : File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "(not written yet)";

    public static string Section(string title, string body) => $"\n## {title}\n\n{body.TrimEnd()}\n";
}
