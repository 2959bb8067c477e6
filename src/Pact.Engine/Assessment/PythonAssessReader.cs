using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>Python trees, by the Python Pact's rules: <see cref="PythonDiscovery"/> and the interpreter's own <c>ast</c> (<see cref="PythonModuleReader"/>).</summary>
public sealed class PythonAssessReader(PythonModuleReader python) : IAssessReader
{
    private static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { ".py" };

    public string Language => "python";

    public IReadOnlySet<string> DetectedBy => Extensions;

    public async Task<AssessReading> ReadAsync(string root, CancellationToken cancellationToken)
    {
        var files = PythonDiscovery.Modules(root);
        var parent = Path.GetDirectoryName(root) ?? root;
        var tests = Task.Run(() => PythonDiscovery.TestStems(parent), cancellationToken);
        var (modules, failure) = files.Count == 0 ? ([], null) : await python.ReadAsync(files, cancellationToken);
        var rootName = Path.GetFileName(root);
        var rootInit = File.Exists(Path.Combine(root, "__init__.py"));
        if (modules is null)
        {
            return new AssessReading([], new PythonProfile(rootName, [], rootInit, await tests), new Diagnostic
            {
                Rule = "toolchain.missing",
                Message = $"the Python interpreter {python.Interpreter} could not read the modules: {failure}",
                Fix = "install Python 3 (Debian/Ubuntu: `apt-get install python3`), or set PACT_PYTHON to an interpreter",
            });
        }
        return new AssessReading(modules, new PythonProfile(rootName, modules, rootInit, await tests));
    }
}
