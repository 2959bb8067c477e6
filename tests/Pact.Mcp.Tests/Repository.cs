namespace Pact.Mcp.Tests;

/// <summary>Paths in the repository the tests run from (tools/, the built CLI).</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetDirectoryName(JudgeTools.RepositoryFile("Pact.sln") ?? throw new InvalidOperationException("Pact.sln not found above the test directory"))!;

    public static string PactDll => Path.Combine(AppContext.BaseDirectory, "pact.dll");

    public static string Tools => Path.Combine(Root, "tools");
}
