namespace Pact.Configuration;

/// <summary>The environment test runners get. <see cref="PythonPath"/> is the interpreter Pact runs Python with; it is configured, never guessed.</summary>
public sealed record EnvironmentSpec
{
    public string PythonPath { get; init; } = "python3";
    public bool InheritPath { get; init; } = true;
    public IReadOnlyList<string> ExtraPathDirs { get; init; } = [];
    public IReadOnlyList<string> RequiredTools { get; init; } = ["pytest"];
    public IReadOnlyDictionary<string, string> EnvVars { get; init; } = new Dictionary<string, string>();
}
