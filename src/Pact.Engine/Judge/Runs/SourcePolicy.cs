namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Which files under src/ are not source. One rule for every command, applied by name so the sandbox copy, the
/// certify snapshot and --verify agree: <c>pact test</c> and <c>pact polish</c> leave such a file out of the run and
/// name it; <c>pact certify</c> refuses while one exists. Nothing is skipped silently, because each of these would
/// ship with the code and could run in production without having been tested or certified:
/// <list type="bullet">
/// <item>runner configuration (conftest.py, pytest.ini, package.json, …): it would change what the locked tests do,
/// so the judge never runs it; a certificate over code whose configuration was not in effect would lie.</item>
/// <item>compiled code and caches (<c>*.pyc</c>, <c>__pycache__/</c>, <c>*.so</c>, <c>bin/</c>, <c>obj/</c>, …):
/// Python runs an unchecked-hash .pyc instead of the source beside it and imports a .so before a .py, so bytecode
/// can hide behaviour the readable source does not have. Copying and certifying it would keep tested = certified,
/// but the certificate would then vouch for bytes no reviewer can read, so it is refused instead; each is rebuilt
/// by its tool, deleting it costs nothing.</item>
/// <item>installed packages and repositories (<c>node_modules/</c>, <c>.venv/</c>, <c>.git/</c>): third-party or
/// hook code that is not the component's source.</item>
/// </list>
/// </summary>
public static class SourcePolicy
{
    /// <summary>Files an implementation may not bring along: they configure runners, not code.</summary>
    public static readonly IReadOnlySet<string> RunnerConfigFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "conftest.py", "pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "sitecustomize.py", "usercustomize.py",
        "package.json", "package-lock.json", ".npmrc", "tsconfig.json", ".mocharc.json", "jest.config.js", "vitest.config.ts",
        ".runsettings", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config",
    };

    private static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["__pycache__"] = "a Python bytecode cache",
        [".pytest_cache"] = "a pytest cache",
        [".mypy_cache"] = "a type checker cache",
        [".ruff_cache"] = "a linter cache",
        ["node_modules"] = "installed packages",
        [".venv"] = "a virtual environment",
        [".tox"] = "a tox environment",
        ["bin"] = "build output",
        ["obj"] = "build output",
        [".git"] = "a git repository",
    };

    private static readonly IReadOnlyDictionary<string, string> CompiledExtensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pyc"] = "Python bytecode",
        [".pyo"] = "Python bytecode",
        [".so"] = "a native library",
        [".pyd"] = "a native library",
        [".dylib"] = "a native library",
        [".dll"] = "a compiled assembly",
        [".exe"] = "a compiled program",
        [".o"] = "an object file",
        [".class"] = "JVM bytecode",
        [".pth"] = "a Python path configuration file",
    };

    /// <summary>
    /// For a '/'-separated name under src/ such as <c>src/calc/__pycache__/calc.pyc</c>: the shortest prefix that is not source
    /// (<c>src/calc/__pycache__</c>) and why, or null when the file (or, with <paramref name="isDirectory"/>, the
    /// folder) is source.
    /// </summary>
    public static (string Name, string Reason)? NotSource(string name, bool isDirectory = false)
    {
        // Only below src/<cid>/: the component's own folder is named by its id, not by a tool.
        var parts = name.Split('/');
        for (var i = 2; i < parts.Length; i++)
        {
            var reason = i < parts.Length - 1 || isDirectory ? FolderReason(parts[i]) : FileReason(parts[i]);
            if (reason is not null)
            {
                return (string.Join('/', parts[..(i + 1)]), reason);
            }
        }

        return null;
    }

    public static string? FolderReason(string name) =>
        Folders.TryGetValue(name, out var reason) ? reason
        : name.EndsWith(".egg-info", StringComparison.Ordinal) ? "packaging metadata"
        : null;

    public static string? FileReason(string name) =>
        RunnerConfigFiles.Contains(name) ? "runner configuration"
        : CompiledExtensions.TryGetValue(Path.GetExtension(name), out var reason) ? reason
        : null;
}
