using System.Runtime.InteropServices;

namespace Pact.Engine.Judge;

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
    /// Kills every process whose environment still carries <paramref name="tag"/> (the <c>PACT_SANDBOX</c> variable
    /// every runner gets): catches what left the group with setsid, unless it also scrubbed its environment.
    /// </summary>
    public static void KillTagged(string tag)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var needle = System.Text.Encoding.UTF8.GetBytes(tag + "\0");
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllBytes(Path.Combine(entry, "environ")).AsSpan().IndexOf(needle) >= 0)
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
