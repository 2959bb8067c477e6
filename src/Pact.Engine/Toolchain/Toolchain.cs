namespace Pact.Engine.Toolchain;

/// <summary>
/// The external programs Pact runs, resolved from configuration, never guessed: an environment variable wins
/// (PACT_PYTHON, PACT_NODE, PACT_TSC, PACT_DOTNET), then pact.yaml (<c>environment.python_path</c>), then the
/// plain command name looked up on PATH. <see cref="Describe"/> says where each came from, for error messages.
/// </summary>
public sealed class Toolchain(IReadOnlyDictionary<string, string?> environment)
{
    public const string PythonVariable = "PACT_PYTHON";
    public const string NodeVariable = "PACT_NODE";
    public const string TscVariable = "PACT_TSC";
    public const string DotnetVariable = "PACT_DOTNET";
    public const string BwrapVariable = "PACT_BWRAP";

    /// <summary>A toolchain over this process's environment variables.</summary>
    public static Toolchain FromProcess() => new(
        new[] { PythonVariable, NodeVariable, TscVariable, DotnetVariable, BwrapVariable, Backends.ClaudeCodeBackend.ProgramVariable, Backends.CodexBackend.ProgramVariable }.ToDictionary(v => v, System.Environment.GetEnvironmentVariable));

    public string Python(PactConfig? config) =>
        Variable(PythonVariable) ?? (config?.Environment?.PythonPath is { Length: > 0 } configured ? configured : "python3");

    /// <summary>True when <see cref="Python"/> is pact.yaml's path (no PACT_PYTHON): a relative one is then the project's, which the judge refuses.</summary>
    public bool PythonFromProject(PactConfig? config) =>
        Variable(PythonVariable) is null && config?.Environment?.PythonPath is { Length: > 0 } configured && configured.Contains('/', StringComparison.Ordinal);

    public string Node => Variable(NodeVariable) ?? "node";

    /// <summary>The TypeScript compiler: a path to tsc (or tsc.js, run with node). Null when not configured and not on PATH.</summary>
    public string? Tsc => Variable(TscVariable) ?? OnPath("tsc");

    public string Dotnet => Variable(DotnetVariable) ?? "dotnet";

    /// <summary>Bubblewrap, which confines test runs: PACT_BWRAP, else <c>bwrap</c> on PATH; null when neither exists.</summary>
    public string? Bwrap => Variable(BwrapVariable) ?? OnPath("bwrap") ?? (File.Exists("/usr/bin/bwrap") ? "/usr/bin/bwrap" : null);

    /// <summary>The interpreter Python suites run on; usable only when it can import pytest.</summary>
    public ToolchainEntry PythonEntry(PactConfig? config) => new("python", Python(config), PythonVariable)
    {
        Source = Variable(PythonVariable) is not null ? PythonVariable : config?.Environment?.PythonPath is { Length: > 0 } ? "pact.yaml environment.python_path" : "PATH",
        VersionArguments = ["-c", "import sys; print('Python', sys.version.split()[0]); import pytest; print('pytest', pytest.__version__)"],
        Install = $"install pytest for this Python (Debian/Ubuntu, for /usr/bin/python3: `apt-get install python3-pytest`; elsewhere `{Python(config)} -m pip install pytest`), or set {PythonVariable} (or pact.yaml environment.python_path) to an interpreter that has it",
    };

    public ToolchainEntry NodeEntry => new("node", Node, NodeVariable)
    {
        Source = SourceOf(NodeVariable),
        Install = $"install Node.js 20 or later (Debian/Ubuntu: `apt-get install nodejs`; or https://nodejs.org), or set {NodeVariable} to its node",
    };

    /// <summary>The TypeScript compiler, run under node (a tsc script or tsc.js both work that way).</summary>
    public ToolchainEntry TscEntry => new("tsc", Tsc, TscVariable)
    {
        Source = SourceOf(TscVariable),
        Launcher = Node,
        Install = $"install the TypeScript compiler (`npm install -g typescript`), or set {TscVariable} to its bin/tsc",
    };

    public ToolchainEntry DotnetEntry => new("dotnet", Dotnet, DotnetVariable)
    {
        Source = SourceOf(DotnetVariable),
        Install = $"install the .NET 10 SDK (https://dot.net/install; Debian/Ubuntu: `apt-get install dotnet-sdk-10.0`), or set {DotnetVariable}",
    };

    public ToolchainEntry BwrapEntry => new("bwrap", Bwrap, BwrapVariable)
    {
        Source = SourceOf(BwrapVariable),
        Install = $"install bubblewrap (Debian/Ubuntu: `apt-get install bubblewrap`; Fedora: `dnf install bubblewrap`), or set {BwrapVariable}",
    };

    /// <summary>A program named by its variable, else the command on PATH; null when neither (a backend's agent CLI).</summary>
    public string? Program(string variable, string command) => Variable(variable) ?? OnPath(command);

    private string SourceOf(string variable) => Variable(variable) is not null ? variable : "PATH";

    public string Describe(string variable, string value) =>
        Variable(variable) is not null ? $"{value} (from {variable})" : $"{value} (set {variable} to choose another)";

    private string? Variable(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    internal static string? OnPath(string command)
    {
        foreach (var directory in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, command);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
