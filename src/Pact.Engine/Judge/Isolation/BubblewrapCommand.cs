namespace Pact.Engine.Judge.Isolation;

/// <summary>
/// The bubblewrap command line of a confined run. Everything is unshared (user, pid, network, ipc, uts, cgroup),
/// the code runs as an unprivileged uid with no capabilities in its own session and pid namespace (so nothing it
/// starts outlives it), and its filesystem is: read-only system and runtime directories, the work tree and the
/// report directory read-write, Pact's harness (reporters, the reporter channel) read-only, a fresh tmpfs home and
/// /tmp, a minimal /dev, and nothing else — not the project, not the audit directory, not the user's home. The environment is exactly the spec's.
/// </summary>
public static class BubblewrapCommand
{
    /// <summary>System directories every runtime needs, shown read-only (or as the same symlink where the host has one).</summary>
    private static readonly string[] SystemDirectories = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

    /// <summary>The few files of /etc the dynamic loader and the runtimes read; no user or secret data.</summary>
    private static readonly string[] EtcFiles = ["/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives", "/etc/localtime", "/etc/ssl/certs"];

    public static IReadOnlyList<string> Arguments(Confinement confinement, ProcessSpec spec)
    {
        var inside = confinement.Sandbox.Inside;
        var host = confinement.Sandbox.Host;
        var args = new List<string>
        {
            "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--uid", InsidePaths.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gid", InsidePaths.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--hostname", "localhost",
        };
        if (confinement.DisableUserNamespaces)
        {
            args.Add("--disable-userns");
        }

        // The fresh /tmp and home first: a runtime that lives under the host's /tmp (a checkout there) is bound on
        // top of them below, not hidden by them.
        args.AddRange(["--tmpfs", inside.Temp, "--tmpfs", inside.Home]);

        var shown = new List<string>();
        foreach (var directory in SystemDirectories)
        {
            var info = new DirectoryInfo(directory);
            if (info.LinkTarget is { } target)
            {
                args.AddRange(["--symlink", target, directory]);
            }
            else if (info.Exists)
            {
                args.AddRange(["--ro-bind", directory, directory]);
                shown.Add(directory);
            }
        }

        foreach (var file in EtcFiles)
        {
            args.AddRange(["--ro-bind-try", file, file]);
        }

        args.AddRange(["--ro-bind", Path.Combine(confinement.Sandbox.Identity, "passwd"), "/etc/passwd"]);
        args.AddRange(["--ro-bind", Path.Combine(confinement.Sandbox.Identity, "group"), "/etc/group"]);
        foreach (var path in confinement.ReadOnly.Where(p => !shown.Any(s => RuntimePath.IsUnder(p, s))).Distinct(StringComparer.Ordinal))
        {
            args.AddRange(["--ro-bind", path, path]);
            shown.Add(path);
        }

        if (host.Plugins.Length > 0 && inside.Plugins.Length > 0)
        {
            args.AddRange(["--ro-bind", host.Plugins, inside.Plugins]);
        }

        args.AddRange(["--dev", "/dev"]);
        if (confinement.Proc)
        {
            args.AddRange(["--proc", "/proc"]);
        }

        args.AddRange(["--bind", host.Root, inside.Root, "--bind", host.ReportDir, inside.ReportDir, "--ro-bind", host.Harness, inside.Harness]);

        // The sources, read-only on top of the work tree: the code under test cannot write into the project (or the
        // certify snapshot) through them. Bound by descriptor, so what is shown is the folder that was checked.
        foreach (var mount in confinement.Sources)
        {
            var at = inside.InRoot(mount.Inside);
            switch (mount.Kind)
            {
                case SourceMountKind.BindDescriptor:
                    args.AddRange(["--ro-bind-fd", mount.Handle!.DangerousGetHandle().ToString(System.Globalization.CultureInfo.InvariantCulture), at]);
                    break;
                case SourceMountKind.Hide:
                    args.AddRange(["--tmpfs", at, "--remount-ro", at]);
                    break;
                case SourceMountKind.Empty:
                    args.AddRange(["--tmpfs", at]);
                    break;
                case SourceMountKind.Seal:
                    args.AddRange(["--remount-ro", at]);
                    break;
            }
        }

        foreach (var masked in confinement.Masked.Where(m => shown.Any(s => RuntimePath.IsUnder(m, s))).Distinct(StringComparer.Ordinal))
        {
            args.AddRange(["--tmpfs", masked]);
        }

        args.AddRange(["--chdir", spec.WorkingDirectory, "--clearenv"]);
        foreach (var (key, value) in spec.Environment)
        {
            args.AddRange(["--setenv", key, value]);
        }

        args.Add("--");
        args.Add(spec.FileName);
        args.AddRange(spec.Arguments);
        return args;
    }
}
