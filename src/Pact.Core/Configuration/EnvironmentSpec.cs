namespace Pact.Configuration;

/// <summary>The environment test runners get. <see cref="PythonPath"/> is the interpreter Pact runs Python with; it is configured, never guessed.</summary>
public sealed record EnvironmentSpec
{
    public string PythonPath { get; set; } = "python3";
    public bool InheritPath { get; set; } = true;
    public IReadOnlyList<string> ExtraPathDirs { get; set; } = [];
    public IReadOnlyList<string> RequiredTools { get; set; } = ["pytest"];
    public IReadOnlyDictionary<string, string> EnvVars { get; set; } = new Dictionary<string, string>();
}
