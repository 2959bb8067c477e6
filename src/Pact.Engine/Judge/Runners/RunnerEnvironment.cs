namespace Pact.Engine.Judge.Runners;

/// <summary>The scrubbed environment every runner starts from: a fixed PATH, a home and temp inside the sandbox, and nothing else of Pact's own environment.</summary>
internal static class RunnerEnvironment
{
    public static Dictionary<string, string> Base(Sandbox sandbox) => new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
        ["HOME"] = sandbox.Home,
        ["TMPDIR"] = sandbox.Temp,
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = "C.UTF-8",
        [ProcessSpec.TagVariable] = sandbox.Root,
    };
}
