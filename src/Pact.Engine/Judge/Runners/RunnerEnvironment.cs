namespace Pact.Engine.Judge.Runners;

/// <summary>
/// The environment every runner starts from: a fixed PATH, the home and temp the sandbox shows, and nothing else —
/// none of Pact's own environment, and nothing that says the code is being judged.
/// </summary>
internal static class RunnerEnvironment
{
    public static Dictionary<string, string> Base(Sandbox sandbox) => new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
        ["HOME"] = sandbox.Inside.Home,
        ["TMPDIR"] = sandbox.Inside.Temp,
        ["LANG"] = "C.UTF-8",
        ["LC_ALL"] = "C.UTF-8",
    };
}
