namespace Pact.Engine.Judge.Isolation;

/// <summary>
/// Where a confined run finds its sandbox: an ordinary developer's layout, so nothing in a path tells the code it is
/// being judged (no "pact", "judge" or "sandbox" in its working directory, home or temp).
/// </summary>
internal static class InsidePaths
{
    public const string Home = "/home/user";
    public const int Uid = 1000;

    public static SandboxPaths For() => new()
    {
        Root = Home + "/project",
        ReportDir = Home + "/.cache/results",
        Home = Home,
        Temp = "/tmp",
        Plugins = Home + "/.local/lib/site",
        Harness = Home + "/.local/lib/results",
    };
}
