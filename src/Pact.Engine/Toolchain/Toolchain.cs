using Pact.Configuration;

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
        new[] { PythonVariable, NodeVariable, TscVariable, DotnetVariable, BwrapVariable }.ToDictionary(v => v, System.Environment.GetEnvironmentVariable));

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
