namespace Pact.Mcp.Tests;

/// <summary>Paths in the repository the tests run from (tools/, the built CLI).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PactDll => Path.Combine(AppContext.BaseDirectory, "pact.dll");

    public static string Tools => Path.Combine(Root, "tools");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pact.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pact.sln not found above the test directory");
    }
}
