
namespace Pact.Mcp.Prompts;

/// <summary>What every prompt needs: the project it is about, its files (or a note that they are not written yet), and sections.</summary>
internal static class PromptText
{
    public static async Task<ProjectLayout> LayoutAsync(ProjectDirectoryResolver directories, McpServer server, CancellationToken cancellationToken) =>
        new(await directories.ResolveAsync(server, null, cancellationToken));

    /// <summary>A project file's text; a file reached through a link is not read (it could be a hidden master).</summary>
    public static Task<string> ReadAsync(ProjectLayout layout, string path, CancellationToken cancellationToken) =>
        Pact.Engine.Reviews.ReviewPrompt.ReadAsync(layout, path, cancellationToken);

    public static string Section(string title, string body) => Pact.Engine.Reviews.ReviewPrompt.Section(title, body);
}
