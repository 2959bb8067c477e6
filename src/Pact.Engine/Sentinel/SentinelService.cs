using Pact.Sentinel;

namespace Pact.Engine.Sentinel;

/// <summary><c>pact sentinel list-keys</c>: a static scan of src/ for literal PACT keys, compared with the contracts.</summary>
public sealed class SentinelService(ProjectStore store)
{
    public const string Command = "sentinel list-keys";

    /// <summary>Directories of tools and builds, not of the implementation.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "node_modules", "__pycache__", ".git", "bin", "obj", ".venv", "dist", "out" };

    private const long MaxFileBytes = 2 * 1024 * 1024;

    public async Task<CommandResult<SentinelKeysReport>> ListKeysAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<SentinelKeysReport>(Command, outcome, diagnostics);
        }
        var layout = project.Layout;
        var contracts = new List<ComponentContract>();
        if (Directory.Exists(layout.ContractsDir))
        {
            foreach (var folder in Directory.EnumerateDirectories(layout.ContractsDir).Order(StringComparer.Ordinal))
            {
                var read = await store.ReadAsync(layout, Path.Combine(folder, "interface.json"), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
                if (read is { Ok: true })
                {
                    contracts.Add(read.Value!);
                }
            }
        }
        var found = new List<PactKeyLocation>();
        foreach (var file in Files(layout.SrcDir))
        {
            found.AddRange(PactKeys.Scan(await File.ReadAllTextAsync(file, cancellationToken), layout.Relative(file)));
        }
        var expected = PactKeys.Expected(contracts);
        var present = found.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var report = new SentinelKeysReport
        {
            ProjectDir = layout.Root,
            Found = found,
            Expected = expected,
            Missing = [.. expected.Where(k => !present.Contains(k))],
            Unknown = [.. present.Except(expected, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
        return CommandResults.Ok(Command, report);
    }

    private static IEnumerable<string> Files(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !Skipped.Contains(Path.GetFileName(d))).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
            foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
            {
                if (new FileInfo(file).Length <= MaxFileBytes)
                {
                    yield return file;
                }
            }
        }
    }
}
