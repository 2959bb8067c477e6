namespace Pact.Engine.Production;

/// <summary>
/// The project's source fingerprint: SHA-256 over the sorted list of <c>&lt;sha256 of content&gt;  &lt;relative path&gt;\n</c>
/// lines of every file in <see cref="Inputs"/> (pact.yaml, contracts/, src/, tests/), walked as <see cref="ProjectTree"/>
/// walks (no .pact/ or other dot-directory, no build output, no links followed). The pack directory is never an
/// input, even when it lies under one of them: its manifest carries the fingerprint, and its reports/ are evidence
/// about the snapshot, not part of it.
/// </summary>
public static class SourceFingerprint
{
    /// <summary>The inputs, relative to the project root, as the help and the docs list them.</summary>
    public static IReadOnlyList<string> Inputs { get; } = ["pact.yaml", "contracts/", "src/", "tests/"];

    internal static (string Fingerprint, IReadOnlyList<string> Files) Compute(ProjectLayout layout, string packDir)
    {
        var excluded = new[] { packDir, layout.PactDir };
        var files = new List<string>();
        if (File.Exists(layout.PactYaml))
        {
            files.Add(layout.PactYaml);
        }

        foreach (var dir in new[] { layout.ContractsDir, layout.SrcDir, layout.TestsDir })
        {
            files.AddRange(ProjectTree.Files(dir, excluded));
        }

        var relative = files.Select(layout.Relative).Order(StringComparer.Ordinal).ToList();
        var listing = new StringBuilder();
        foreach (var file in relative)
        {
            listing.Append(Hashing.ContentHash.OfBytes(ProjectTree.Content(Path.Combine(layout.Root, file)))).Append("  ").Append(file).Append('\n');
        }

        return ("sha256:" + Hashing.ContentHash.OfBytes(Encoding.UTF8.GetBytes(listing.ToString())), relative);
    }
}
