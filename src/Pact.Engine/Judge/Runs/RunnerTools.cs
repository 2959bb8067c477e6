namespace Pact.Engine.Judge.Runs;

/// <summary>Locates a runner's tools for one run: their full paths, the runtime directories to show, or the refusal.</summary>
internal static class RunnerTools
{
    public sealed record Located(IReadOnlyDictionary<string, string> Paths, IReadOnlyList<string> ReadOnly, string? Refusal);

    /// <param name="tools">What the runner asked for.</param>
    /// <param name="forbidden">Directories no tool may come from (the project, the audit directory), as real paths.</param>
    public static Located Locate(IReadOnlyList<RunnerTool> tools, IReadOnlyList<string> forbidden)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var readOnly = new List<string>();
        foreach (var tool in tools)
        {
            var command = tool.BaseDirectory is { } baseDirectory && tool.Command.Contains('/', StringComparison.Ordinal)
                ? Path.GetFullPath(tool.Command, baseDirectory)
                : tool.Command;
            if (RuntimePath.Locate(command) is not { } located || !(tool.IsDirectory ? Directory.Exists(located) : File.Exists(located)))
            {
                // Not there: the runner reports it in its own words when it tries to start it.
                continue;
            }

            var real = RuntimePath.Real(located);
            foreach (var place in forbidden)
            {
                if (RuntimePath.IsUnder(located, place) || RuntimePath.IsUnder(real, place))
                {
                    return new Located(paths, readOnly, $"the {tool.Name} to run, {located}{(real != located ? $" (→ {real})" : "")}, is inside the project or the audit directory, where the implementer can write: the judge runs only programs the operator provides. Set {tool.Variable} (or PATH) to one outside the project.");
                }
            }

            paths[tool.Name] = located;
            readOnly.AddRange(tool.IsDirectory ? [real] : [RuntimePath.Prefix(located), RuntimePath.Prefix(real)]);
        }

        return new Located(paths, [.. readOnly.Distinct(StringComparer.Ordinal)], null);
    }
}
