namespace Pact.Mcp.Hosting;

/// <summary>
/// Which project a tool works on: the <c>project_dir</c> argument, else the client's first root, else the directory
/// the server was started for. The result must lie inside an allowed root: the client's roots when it has any,
/// else the server's own project directory. Anything else is refused as an invalid argument.
/// </summary>
public sealed class ProjectDirectoryResolver(PactMcpOptions options)
{
    public async Task<string> ResolveAsync(McpServer server, string? requested, CancellationToken cancellationToken)
    {
        var roots = await AllowedRootsAsync(server, cancellationToken);
        var directory = Path.GetFullPath(requested ?? roots[0], roots[0]);
        if (!roots.Any(root => Inside(directory, root)))
        {
            throw new McpProtocolException(
                $"argument 'project_dir': '{directory}' is outside the allowed roots ({string.Join(", ", roots)}); pass a directory inside one of them",
                McpErrorCode.InvalidParams);
        }

        return directory;
    }

    // Roots are deprecated from protocol 2026-07-28 on (MCP9005), but the clients in use (Claude Code, Codex, the
    // TypeScript SDK) speak 2025-11-25 and send roots; a client without them falls back to --project-dir.
#pragma warning disable MCP9005
    public async Task<IReadOnlyList<string>> AllowedRootsAsync(McpServer server, CancellationToken cancellationToken)
    {
        if (server.ClientCapabilities?.Roots is not null)
        {
            var listed = await server.RequestRootsAsync(new ListRootsRequestParams(), cancellationToken);
            var paths = listed.Roots
                .Select(r => Uri.TryCreate(r.Uri, UriKind.Absolute, out var uri) && uri.IsFile ? Path.GetFullPath(uri.LocalPath) : null)
                .OfType<string>()
                .ToList();
            if (paths.Count > 0)
            {
                return paths;
            }
        }

        return [Path.GetFullPath(options.ProjectDir)];
    }
#pragma warning restore MCP9005

    private static bool Inside(string path, string root)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(root);
        return path == trimmed || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
