namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// The two Pact-generated projects of a C# run. The implementations' .cs files compile into their own assembly
/// (<c>.pact/impl/PactImplementation.csproj</c>, no test framework referenced) and the locked test file into the test
/// project that references it. Why two: in one assembly a source type beats a referenced one, so an implementation
/// declaring <c>Xunit.Assert</c> (or a global <c>Assert</c>) replaced the framework's, and its <c>[Fact]</c> methods
/// counted as tests. Across assemblies the same declaration is ambiguous with xunit's (a compile error: the run
/// fails), and only the test project's own methods are discovered. The locked test code names the framework as
/// <c>global::Xunit.…</c> (the suite gate refuses anything else), so no type of the implementation's namespaces or
/// the global namespace can stand in for it.
/// </summary>
public static class CSharpTestProject
{
    // The versions this repository's own tests use (Directory.Packages.props), so the local package cache has them.
    private const string XunitVersion = "4.0.2";
    private const string XunitRunnerVersion = "4.0.1";
    private const string TestSdkVersion = "18.11.0";

    /// <summary>Writes both projects and the Pact-owned build files; returns the test project's path.</summary>
    public static async Task<string> WriteAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Build.props"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Build.targets"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "Directory.Packages.props"), "<Project />\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "nuget.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n", cancellationToken);

        var implementationDir = Path.Combine(sandbox.PactDir, "impl");
        Directory.CreateDirectory(implementationDir);
        var implementation = Path.Combine(implementationDir, "PactImplementation.csproj");
        var sources = string.Join("\n", request.Components.Select(c => $"    <Compile Include=\"../../src/{c}/**/*.cs\" Exclude=\"../../src/{c}/**/obj/**;../../src/{c}/**/bin/**\" />"));
        await File.WriteAllTextAsync(implementation, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutputType>Library</OutputType>
                <IsPackable>false</IsPackable>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <AssemblyName>PactImplementation</AssemblyName>
              </PropertyGroup>
              <ItemGroup>
            {sources}
              </ItemGroup>
            </Project>

            """, cancellationToken);

        var project = Path.Combine(sandbox.TestDir(request.ComponentId), "PactTests.csproj");
        await File.WriteAllTextAsync(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutputType>Exe</OutputType>
                <IsPackable>false</IsPackable>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <RunSettingsFilePath></RunSettingsFilePath>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{CSharpLanguage.SuiteFile}" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.GetRelativePath(Path.GetDirectoryName(project)!, implementation)}" />
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="xunit.v3.mtp-off" Version="{XunitVersion}" />
                <PackageReference Include="xunit.runner.visualstudio" Version="{XunitRunnerVersion}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{TestSdkVersion}" />
              </ItemGroup>
            </Project>

            """, cancellationToken);
        return project;
    }
}
