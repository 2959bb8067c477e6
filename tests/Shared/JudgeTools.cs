namespace Pact.Tests;

/// <summary>
/// Points the judge at the runners CI installs: /usr/bin/python3 (with Debian's python3-pytest) unless PACT_PYTHON
/// is set, and the repository's pinned tsc (tools/node_modules, from `npm ci --prefix tools`) unless PACT_TSC is set.
/// Call before the services are built: the toolchain reads the environment once.
/// </summary>
public static class JudgeTools
{
    public static void Configure()
    {
        if (Environment.GetEnvironmentVariable("PACT_PYTHON") is null && File.Exists("/usr/bin/python3"))
        {
            Environment.SetEnvironmentVariable("PACT_PYTHON", "/usr/bin/python3");
        }

        if (Environment.GetEnvironmentVariable("PACT_TSC") is null && RepositoryFile("tools/node_modules/typescript/bin/tsc") is { } tsc)
        {
            Environment.SetEnvironmentVariable("PACT_TSC", tsc);
        }
    }

    /// <summary>A file of this repository, found by walking up from the test binaries.</summary>
    public static string? RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
