namespace Pact.Engine.Projects;

/// <summary>
/// The planning files of a project (pact.yaml, task.md, sops.md, decomposition/) copied into a scratch directory,
/// where a command that drafts several artifacts (adopt, import) runs the gates on all of them before it writes any
/// to the project: a refusal there leaves the project as it was.
/// </summary>
internal static class ScratchProject
{
    public static void CopyPlanning(ProjectLayout layout, string scratch)
    {
        foreach (var file in new[] { layout.PactYaml, layout.TaskMd, layout.SopsMd })
        {
            if (File.Exists(file))
            {
                File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
            }
        }
        if (Directory.Exists(layout.DecompositionDir))
        {
            var target = Directory.CreateDirectory(Path.Combine(scratch, "decomposition"));
            foreach (var file in Directory.EnumerateFiles(layout.DecompositionDir))
            {
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            }
        }
    }
}
