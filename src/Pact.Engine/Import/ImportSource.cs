using Pact.Import;

namespace Pact.Engine.Import;

/// <summary>
/// Finding another tool's spec files on disk and reading them into an <see cref="ImportedSpec"/>. The folder given
/// may be the feature folder itself or the repository holding it; more than one feature there is refused, never guessed.
/// </summary>
public static class ImportSource
{
    public const string SpecKit = SpecKitReader.Format;
    public const string OpenSpec = OpenSpecReader.Format;
    public const string Kiro = KiroReader.Format;

    public static IReadOnlyList<string> Formats { get; } = [SpecKit, OpenSpec, Kiro];

    private static readonly string[] SpecKitFiles = ["spec.md", "plan.md", "tasks.md"];
    private static readonly string[] KiroFiles = ["requirements.md", "design.md", "tasks.md"];

    /// <summary>The format as the user may spell it (spec-kit, speckit, spec_kit; any case), or null.</summary>
    public static string? Normalize(string format) => format.ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal) switch
    {
        "spec-kit" or "speckit" => SpecKit,
        "openspec" or "open-spec" => OpenSpec,
        "kiro" => Kiro,
        _ => null,
    };

    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="root">The folder the user gave, absolute and existing.</param>
    /// <param name="shown">The folder as the user wrote it, for messages.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The spec and the files read (relative to <paramref name="root"/>), or the diagnostic that says why not.</returns>
    public static async Task<(ImportedSpec? Spec, IReadOnlyList<string> Read, Diagnostic? Problem)> ReadAsync(string format, string root, string shown, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case SpecKit:
            {
                var (folder, problem) = Feature(root, shown, SpecKitFiles, [root, Path.Combine(root, "specs")], "specs/NNN-feature/", "spec.md, plan.md or tasks.md", "specs/");
                if (folder is null)
                {
                    return (null, [], problem);
                }
                var texts = await TextsAsync(folder, SpecKitFiles, cancellationToken);
                return (SpecKitReader.Read(Path.GetFileName(folder), texts[0], texts[1], texts[2]), Read(root, folder, SpecKitFiles, texts), null);
            }
            case Kiro:
            {
                var places = new[] { root, Path.Combine(root, "specs"), Path.Combine(root, ".kiro", "specs") };
                var (folder, problem) = Feature(root, shown, KiroFiles, places, ".kiro/specs/<feature>/", "requirements.md, design.md or tasks.md", ".kiro/specs/");
                if (folder is null)
                {
                    return (null, [], problem);
                }
                var texts = await TextsAsync(folder, KiroFiles, cancellationToken);
                return (KiroReader.Read(Path.GetFileName(folder), texts[0], texts[1], texts[2]), Read(root, folder, KiroFiles, texts), null);
            }
            default:
            {
                var openspec = Directory.Exists(Path.Combine(root, "openspec")) ? Path.Combine(root, "openspec") : root;
                var specs = Directory.Exists(Path.Combine(openspec, "specs"))
                    ? Directory.EnumerateFiles(Path.Combine(openspec, "specs"), "spec.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                    : [];
                if (specs.Count == 0)
                {
                    return (null, [], Empty(shown, "openspec/specs/<capability>/spec.md", "give the folder that holds openspec/ (or the openspec/ folder itself)"));
                }
                var project = Path.Combine(openspec, "project.md");
                var projectText = File.Exists(project) ? await File.ReadAllTextAsync(project, cancellationToken) : null;
                var read = new List<string>();
                if (projectText is not null)
                {
                    read.Add(Relative(root, project));
                }
                var capabilities = new List<(string, string)>();
                foreach (var spec in specs)
                {
                    var capability = Path.GetRelativePath(Path.Combine(openspec, "specs"), Path.GetDirectoryName(spec)!).Replace('\\', '/');
                    capabilities.Add((capability, await File.ReadAllTextAsync(spec, cancellationToken)));
                    read.Add(Relative(root, spec));
                }
                var name = Path.GetFileName(openspec == root && Path.GetFileName(root) == "openspec" ? Path.GetDirectoryName(root) ?? root : root);
                return (OpenSpecReader.Read(name, projectText, capabilities), read, null);
            }
        }
    }

    /// <summary>The feature folder: <paramref name="root"/> itself when it holds the files, else the one feature under one of <paramref name="places"/>.</summary>
    private static (string? Folder, Diagnostic? Problem) Feature(string root, string shown, string[] files, string[] places, string layout, string names, string parent)
    {
        if (files.Any(f => File.Exists(Path.Combine(root, f))))
        {
            return (root, null);
        }
        var features = places.Where(Directory.Exists)
            .SelectMany(p => Directory.EnumerateDirectories(p).Where(d => files.Any(f => File.Exists(Path.Combine(d, f)))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (features.Count == 1)
        {
            return (features[0], null);
        }
        if (features.Count == 0)
        {
            return (null, Empty(shown, $"{names} in {shown}, or in a feature folder {layout}", $"give the feature folder (the one holding {names}) or the repository holding {parent}"));
        }
        return (null, new Diagnostic
        {
            Rule = "import.source.ambiguous",
            File = shown,
            Pointer = "/path",
            Message = $"{shown} holds {features.Count} features ({string.Join(", ", features.Select(f => Relative(root, f)))}); an import makes one project's plan from one feature",
            Fix = $"give one feature folder, e.g. {Path.Combine(shown, Relative(root, features[0]))}",
        });
    }

    private static Diagnostic Empty(string shown, string lookedFor, string fix) => new()
    {
        Rule = "import.source.empty",
        File = shown,
        Pointer = "/path",
        Message = $"{shown} holds none of the files an import reads: looked for {lookedFor}",
        Fix = fix,
    };

    private static async Task<string?[]> TextsAsync(string folder, string[] files, CancellationToken cancellationToken)
    {
        var texts = new string?[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            var path = Path.Combine(folder, files[i]);
            texts[i] = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
        }
        return texts;
    }

    private static List<string> Read(string root, string folder, string[] files, string?[] texts) =>
        [.. files.Where((_, i) => texts[i] is not null).Select(f => Relative(root, Path.Combine(folder, f)))];

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
