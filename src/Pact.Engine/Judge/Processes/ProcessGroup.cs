using System.Runtime.InteropServices;

namespace Pact.Engine.Judge.Processes;

/// <summary>
/// Runners start through <c>setsid</c>, so the runner and everything it spawns share one process group whose id is
/// the runner's pid. Killing the group also reaches grandchildren that were re-parented away from the tree.
/// </summary>
internal static partial class ProcessGroup
{
    public const string Setsid = "/usr/bin/setsid";

    private const int SigKill = 9;

    public static bool Available => OperatingSystem.IsLinux() && File.Exists(Setsid);

    public static void Kill(int groupId)
    {
        if (Available && groupId > 1)
        {
            _ = KillNative(-groupId, SigKill);
        }
    }

    /// <summary>
    /// Kills every process whose working directory is inside <paramref name="directory"/>: catches, after an
    /// unconfined run, what left the group with setsid but still works in the sandbox.
    /// </summary>
    public static void KillWorkingIn(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var prefix = directory.TrimEnd('/') + "/";
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (new DirectoryInfo(Path.Combine(entry, "cwd")).LinkTarget is { } cwd && (cwd + "/").StartsWith(prefix, StringComparison.Ordinal))
                {
                    _ = KillNative(pid, SigKill);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone already, or not ours to read.
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
#pragma warning disable SYSLIB1054 // A two-int P/Invoke needs no marshalling source generator (and no unsafe blocks).
    private static extern int KillNative(int pid, int signal);
#pragma warning restore SYSLIB1054
}
