using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = Pact.Diagnostics.Diagnostic;

namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// A locked C# suite names the test framework only as <c>global::Xunit.…</c>. A simple name (<c>Assert</c>,
/// <c>[Fact]</c>) or a relative one (<c>Xunit.Assert</c>, <c>using Xunit;</c>) is looked up in the test's own
/// namespace and the global namespace before the using directives, where an implementation type of that name would
/// win. Pact's generated tests already write it this way; a hand-written suite is refused with the rewrite to make.
/// </summary>
public static class CSharpFrameworkNames
{
    public const string Rule = "suite.csharp.unqualified_framework";

    private static readonly HashSet<string> FrameworkTypes = new(StringComparer.Ordinal)
    {
        "Assert", "Fact", "FactAttribute", "Theory", "TheoryAttribute", "InlineData", "InlineDataAttribute",
        "MemberData", "MemberDataAttribute", "ClassData", "ClassDataAttribute", "TheoryData", "Xunit",
    };

    public static IReadOnlyList<Diagnostic> Check(string code, string file)
    {
        var root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var problems = new List<Diagnostic>();
        foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var text = name.Identifier.ValueText;
            if (!FrameworkTypes.Contains(text) || Qualified(name))
            {
                continue;
            }

            var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            problems.Add(new Diagnostic
            {
                Rule = Rule,
                File = file,
                Line = line,
                Pointer = "/generated_code",
                Message = $"code line {line} names the test framework as '{name.Parent?.ToString() ?? text}', which a type of the implementation with that name would replace",
                Fix = "name the framework from the global namespace and drop `using Xunit;`: `global::Xunit.Assert.Equal(…)`, `[global::Xunit.Fact]`, `[global::Xunit.Theory]`, `[global::Xunit.InlineData(…)]`",
            });
        }

        return problems;
    }

    /// <summary>
    /// True for <c>global::Xunit</c> itself and for a name right of a dot (<c>….Assert</c>), outside using directives:
    /// an alias or a using of the framework is resolved by the same lookup as a simple name.
    /// </summary>
    private static bool Qualified(SimpleNameSyntax name)
    {
        if (name.Ancestors().Any(a => a is UsingDirectiveSyntax))
        {
            return false;
        }

        return name.Parent switch
        {
            AliasQualifiedNameSyntax alias => alias.Name == name && alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && name.Identifier.ValueText == "Xunit",
            QualifiedNameSyntax qualified => qualified.Right == name,
            MemberAccessExpressionSyntax access => access.Name == name,
            _ => false,
        };
    }
}
