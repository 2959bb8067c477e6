namespace Pact.Engine.Tests.Languages;

/// <summary>The real tools of this machine: PACT_* variables when set, else the repository's pinned TypeScript compiler.</summary>
internal static class Tools
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pact.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
        }
    }

    public static Toolchain.Toolchain Toolchain()
    {
        var environment = new[] { Engine.Toolchain.Toolchain.PythonVariable, Engine.Toolchain.Toolchain.NodeVariable, Engine.Toolchain.Toolchain.TscVariable, Engine.Toolchain.Toolchain.DotnetVariable }
            .ToDictionary(v => v, System.Environment.GetEnvironmentVariable);
        environment[Engine.Toolchain.Toolchain.TscVariable] ??= Path.Combine(RepositoryRoot, "tools", "node_modules", "typescript", "bin", "tsc");
        return new Toolchain.Toolchain(environment);
    }
}
