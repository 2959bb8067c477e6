namespace Pact.Engine.Projects;

/// <summary>
/// pact.yaml may name the Python interpreter, but never one inside the project: the implementer can write there,
/// so such an interpreter could report whatever it likes (or read what it is handed, like a hidden suite to
/// syntax-check). Checked when the project opens, so no command starts it; the judge checks again before each run.
/// </summary>
internal static class ExecutableConfigCheck
{
    public const string Rule = "config.executable_in_project";

    public static IReadOnlyList<Diagnostic> Check(PactConfig config, ProjectLayout layout)
    {
        if (config.Environment?.PythonPath is not { Length: > 0 } python)
        {
            return [];
        }

        var located = python.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(python, layout.Root) : RuntimePath.Locate(python);
        if (located is null)
        {
            return [];
        }

        var real = RuntimePath.Real(located);
        var root = RuntimePath.Real(layout.Root);
        if (!RuntimePath.IsUnder(located, layout.Root) && !RuntimePath.IsUnder(real, layout.Root) && !RuntimePath.IsUnder(real, root))
        {
            return [];
        }

        return
        [
            new Diagnostic
            {
                Rule = Rule,
                File = "pact.yaml",
                Pointer = "/environment/python_path",
                Message = $"environment.python_path is {located}{(real != located ? $" (→ {real})" : "")}, inside the project, where the implementer can write: Pact never runs an interpreter from the project",
                Fix = $"set {Toolchain.Toolchain.PythonVariable} (or python_path) to an interpreter outside the project, e.g. /usr/bin/python3",
            },
        ];
    }
}
