namespace Pact.Engine.Judge.Runs;

/// <summary>
/// One sandbox's places, as one side sees them: Pact writes through the host's paths, the code under test runs with
/// the paths the isolation shows it (the same ones when the run is not confined).
/// </summary>
public sealed record SandboxPaths
{
    /// <summary>The work tree, laid out like the project: src/&lt;cid&gt;/, tests/&lt;cid&gt;/, Pact's runner files in .pact/.</summary>
    public required string Root { get; init; }

    /// <summary>Where the runner writes its report: apart from the work tree, and read by Pact only after the run.</summary>
    public required string ReportDir { get; init; }
    public required string Home { get; init; }
    public required string Temp { get; init; }

    /// <summary>Pact-owned code loaded into the test process (the typed-value wrappers); read-only to a confined run.</summary>
    public string Plugins { get; init; } = "";

    /// <summary>
    /// Pact's reporters and the reporter channel's socket (Reporting/): apart from the work tree, read-only to a
    /// confined run, written before the run starts.
    /// </summary>
    public required string Harness { get; init; }

    /// <summary>Pact-owned runner files (configs, compiled output); nothing from the implementation is copied here.</summary>
    public string PactDir => Path.Combine(Root, ".pact");

    public string Src(string componentId) => Path.Combine(Root, "src", componentId);

    public string TestDir(string componentId) => Path.Combine(Root, "tests", componentId);

    public string Report(string name) => Path.Combine(ReportDir, name);

    /// <summary><paramref name="relative"/> (to the work tree) as a path of this side.</summary>
    public string InRoot(string relative) => Path.Combine(Root, relative);
}
