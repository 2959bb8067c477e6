using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// The tamper scan of C# implementation files, with Roslyn's parser in process (parsing runs nothing): types and
/// namespaces named like the test framework's, module initializers and reflection into it, process exit hooks,
/// started processes, environment probes, paths outside the component, and a contract surface that gives up the
/// compiler's types (<c>dynamic</c>, <c>object</c>) or brings its own equality.
/// </summary>
public sealed class CSharpTamperRules : ITamperRules
{
    private static readonly HashSet<string> FrameworkNames = new(StringComparer.Ordinal)
    {
        "Xunit", "Assert", "Fact", "FactAttribute", "Theory", "TheoryAttribute", "InlineData", "InlineDataAttribute", "ITestOutputHelper",
        "NUnit", "MSTest", "TestContext", "VisualStudio",
    };

    private static readonly (string Type, string Member, string Family, string Why)[] Members =
    [
        ("Environment", "Exit", "exit_tricks", "ends the process"),
        ("Environment", "FailFast", "exit_tricks", "ends the process"),
        ("Environment", "ExitCode", "exit_tricks", "sets the process's exit code"),
        ("AppDomain", "ProcessExit", "exit_tricks", "runs code when the process ends, after the tests"),
        ("AppDomain", "UnhandledException", "exit_tricks", "intercepts failures"),
        ("AppDomain", "FirstChanceException", "exit_tricks", "intercepts failures"),
        ("AppDomain", "AssemblyLoad", "framework_internals", "watches the test framework's assemblies load"),
        ("AssemblyLoadContext", "Unloading", "exit_tricks", "runs code when the process ends"),
        ("PosixSignalRegistration", "Create", "exit_tricks", "intercepts signals"),
        ("Process", "Start", "detached_process", "starts a process the tests do not control"),
        ("Process", "GetCurrentProcess", "environment_probe", "inspects the test process"),
        ("Environment", "GetEnvironmentVariable", "environment_probe", "reads the environment"),
        ("Environment", "GetEnvironmentVariables", "environment_probe", "reads the environment"),
        ("Environment", "CommandLine", "environment_probe", "reads the test host's command line"),
        ("Environment", "GetCommandLineArgs", "environment_probe", "reads the test host's command line"),
        ("Environment", "UserName", "environment_probe", "asks who it runs as"),
        ("Environment", "MachineName", "environment_probe", "asks where it runs"),
        ("Assembly", "Load", "framework_internals", "loads assemblies by reflection"),
        ("Assembly", "LoadFrom", "framework_internals", "loads assemblies by reflection"),
        ("Assembly", "GetEntryAssembly", "framework_internals", "reaches the test host by reflection"),
        ("Assembly", "GetCallingAssembly", "framework_internals", "reaches the calling test assembly by reflection"),
        ("AppDomain", "GetAssemblies", "framework_internals", "reaches the test framework's assemblies by reflection"),
        ("Type", "GetType", "framework_internals", "finds types by name through reflection"),
        ("Harmony", "Patch", "framework_internals", "patches methods at run time"),
        ("RuntimeHelpers", "PrepareMethod", "framework_internals", "reaches into the runtime's method tables"),
        ("Marshal", "GetFunctionPointerForDelegate", "framework_internals", "reaches into the runtime's method tables"),
    ];

    private static readonly string[] EnvironmentWords = ["PACT", "CI", "GITHUB_", "JUDGE", "SANDBOX", "BWRAP", "bubblewrap", "/.cache/results", "trx"];

    public bool Reads(string fileName) => fileName.EndsWith(".cs", StringComparison.Ordinal);

    public Task<IReadOnlyList<TamperScanner.RawFinding>> ScanAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> texts, PactConfig? config, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TamperScanner.RawFinding>>([.. files.SelectMany(file => Scan(file, texts[file], cancellationToken))]);

    private static IEnumerable<TamperScanner.RawFinding> Scan(string path, string text, CancellationToken cancellationToken)
    {
        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: cancellationToken).GetRoot(cancellationToken);
        var found = new List<TamperScanner.RawFinding>();
        void Hit(SyntaxNode node, string family, string message) =>
            found.Add(new TamperScanner.RawFinding(path, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, $"tamper.csharp.{family}", message));

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case UsingDirectiveSyntax u when u.Name is { } name && FrameworkNames.Contains(name.ToString().Split('.')[0]):
                    Hit(u, "framework_internals", $"uses the namespace {name}: the test framework is no business of an implementation");
                    break;
                case BaseNamespaceDeclarationSyntax ns when ns.Name.ToString().Split('.').Any(FrameworkNames.Contains):
                    Hit(ns, "framework_internals", $"declares the namespace {ns.Name}, named like the test framework's: its types could stand in for the framework's");
                    break;
                case BaseTypeDeclarationSyntax type when FrameworkNames.Contains(type.Identifier.ValueText):
                    Hit(type, "framework_internals", $"declares a type named {type.Identifier.ValueText}, like the test framework's: it could stand in for the framework's");
                    break;
                case AttributeSyntax attribute when attribute.Name.ToString().Split('.', ':').Last() is "ModuleInitializer" or "ModuleInitializerAttribute":
                    Hit(attribute, "framework_internals", "a module initializer runs code when the assembly loads, before any test");
                    break;
                case MemberAccessExpressionSyntax access:
                    var member = access.Name.Identifier.ValueText;
                    // Static or through an instance (AppDomain.CurrentDomain.ProcessExit): the type named anywhere on the left.
                    var owner = access.Expression.ToString().Split('.');
                    foreach (var rule in Members.Where(m => m.Member == member && (owner.Contains(m.Type) || (m.Type == "AppDomain" && owner.Contains("CurrentDomain")))))
                    {
                        Hit(access, rule.Family, $"uses {rule.Type}.{member}: it {rule.Why}");
                    }

                    if (access.Expression.ToString().Split('.')[0] is "Xunit" or "NUnit")
                    {
                        Hit(access, "framework_internals", $"uses {access}: the test framework is no business of an implementation");
                    }

                    break;
                case ObjectCreationExpressionSyntax creation when creation.Type.ToString().Split('.').Last() is "Process" or "ProcessStartInfo" or "Thread":
                    Hit(creation, "detached_process", $"creates a {creation.Type}: it can outlive or race the tests");
                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText is { Length: > 1 } value:
                    if (EnvironmentWords.Any(w => value.Contains(w, StringComparison.Ordinal)) && value.Length < 200 && (value == value.ToUpperInvariant() || value.Contains('/', StringComparison.Ordinal)))
                    {
                        Hit(literal, "environment_probe", $"names \"{value}\": it looks for the judge, the CI or the sandbox");
                    }
                    else if ((value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)) || value.StartsWith("..", StringComparison.Ordinal) || value.Contains("/..", StringComparison.Ordinal) || value.StartsWith('~'))
                    {
                        Hit(literal, "outside_paths", $"the path \"{(value.Length > 80 ? value[..80] : value)}\" points outside the component (an absolute path, a parent directory, a home)");
                    }

                    break;
                case MethodDeclarationSyntax method when method.Identifier.ValueText == "Equals" && method.Modifiers.Any(SyntaxKind.OverrideKeyword):
                    Hit(method, "equality_override", "overrides Equals: an equality of its own can make any comparison in a test succeed");
                    break;
                case OperatorDeclarationSyntax op when op.OperatorToken.IsKind(SyntaxKind.EqualsEqualsToken) || op.OperatorToken.IsKind(SyntaxKind.ExclamationEqualsToken):
                    Hit(op, "equality_override", $"declares operator {op.OperatorToken.ValueText}: an equality of its own can make any comparison in a test succeed");
                    break;
                case MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.PublicKeyword) && Loose(method.ReturnType):
                    Hit(method, "loose_contract_type", $"the public method {method.Identifier.ValueText} returns {method.ReturnType}: the compiler no longer holds its value to the contract's type");
                    break;
            }
        }

        return found;
    }

    private static bool Loose(TypeSyntax type) => type.ToString() is "dynamic" or "object" or "object?" or "System.Object" or "Task<dynamic>" or "Task<object>";
}
