namespace Pact.Engine.Judge.Runs;

/// <summary>
/// A fresh private directory (0700) for one suite run: the work tree laid out like the project, a report directory
/// apart from it, and a home and temp for unconfined runs. Deleted on dispose. All sandboxes live under one root per
/// OS user (<c>$TMPDIR/pact-runs-&lt;uid&gt;</c>), which must be the user's own and closed to everyone else.
/// </summary>
public sealed class Sandbox : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private Sandbox(string container)
    {
        Container = container;
        Host = new SandboxPaths
        {
            Root = Path.Combine(container, "work"),
            ReportDir = Path.Combine(container, "report"),
            Home = Path.Combine(container, "home"),
            Temp = Path.Combine(container, "tmp"),
            Plugins = Path.Combine(container, "lib"),
            Harness = Path.Combine(container, "harness"),
        };
        foreach (var directory in new[] { Host.Root, Host.PactDir, Host.ReportDir, Host.Home, Host.Temp, Host.Plugins, Host.Harness })
        {
            CreatePrivate(directory);
        }

        // Who the confined run is: some tools (NuGet, MSBuild) look the user up and loop forever when /etc/passwd
        // does not know them; the host's own files are never shown.
        CreatePrivate(Identity);
        File.WriteAllText(Path.Combine(Identity, "passwd"), $"user:x:{Isolation.InsidePaths.Uid}:{Isolation.InsidePaths.Uid}:user:{Isolation.InsidePaths.Home}:/bin/sh\n");
        File.WriteAllText(Path.Combine(Identity, "group"), $"user:x:{Isolation.InsidePaths.Uid}:\n");
        Inside = Host;
    }

    /// <summary>The passwd and group files a confined run sees as /etc/passwd and /etc/group.</summary>
    public string Identity => Path.Combine(Container, "identity");

    /// <summary>Pact-owned code loaded into the test process (the typed-value wrappers), as Pact writes it: outside the work tree.</summary>
    public string Plugins => Host.Plugins;

    /// <summary>The directory holding everything of this run.</summary>
    public string Container { get; }

    /// <summary>The sandbox as Pact sees it.</summary>
    public SandboxPaths Host { get; }

    /// <summary>The sandbox as the code under test sees it; set by the isolation before the runner builds its command.</summary>
    public SandboxPaths Inside { get; set; }

    public string Root => Host.Root;

    public string PactDir => Host.PactDir;

    public string Src(string componentId) => Host.Src(componentId);

    public string TestDir(string componentId) => Host.TestDir(componentId);

    public string Report(string name) => Host.Report(name);

    /// <summary>
    /// A new sandbox for <paramref name="componentId"/>, or the reason none can be made safely: a shared root that
    /// another user owns or could write into would let them swap a sandbox's files mid-run.
    /// </summary>
    public static (Sandbox? Sandbox, string? Problem) Create(string componentId)
    {
        var root = SharedRoot();
        var problem = CheckSharedRoot(root);
        if (problem is not null)
        {
            return (null, problem);
        }

        return (new Sandbox(Path.Combine(root, $"{componentId}-{Guid.NewGuid().ToString("N")[..12]}")), null);
    }

    public static string SharedRoot() =>
        Path.Combine(Path.GetTempPath(), OperatingSystem.IsWindows() ? "pact-runs" : $"pact-runs-{NativeIds.EffectiveUserId()}");

    private static string? CheckSharedRoot(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(root);
            return null;
        }

        if (!Directory.Exists(root))
        {
            try
            {
                Directory.CreateDirectory(root, Private);
            }
            catch (IOException)
            {
                // Another run made it first; the checks below decide.
            }
        }

        var info = new DirectoryInfo(root);
        if (info.LinkTarget is not null)
        {
            return $"the sandbox root {root} is a symbolic link; remove it (Pact makes its own)";
        }

        if (NativeIds.OwnerOf(root) is { } owner && owner != NativeIds.EffectiveUserId())
        {
            return $"the sandbox root {root} belongs to another user (uid {owner}); remove it or set TMPDIR to a directory of your own";
        }

        if ((info.UnixFileMode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0)
        {
            return $"the sandbox root {root} is open to other users (mode {Convert.ToString((int)info.UnixFileMode, 8)}); run `chmod 700 {root}` or remove it";
        }

        return null;
    }

    private static void CreatePrivate(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, Private);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Container, recursive: true);
        }
        catch (IOException)
        {
            // A killed runner's file handle can outlive it briefly; the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // A test made a file read-only; same as above.
        }
    }
}
