using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// Reads a C# amendment with Roslyn's parser (in process; parsing runs nothing). The locked file's members must
/// reappear unchanged, and the appended members may only be new types (in new namespaces) whose every declared name
/// (type, method, property, field, event, enum member, namespace) is absent from the locked code: so no second part
/// of a partial test class, no type shadowing the implementation or the test framework (a namespace named Xunit, a
/// class named Assert), no second test with an existing name; and nothing that runs before the tests ask for it
/// (static constructors, module initializers).
/// </summary>
public sealed class CSharpAmendmentChecker : IAmendmentChecker
{

    public Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, PactConfig? config, CancellationToken cancellationToken)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var old = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(lockedCode, options, cancellationToken: cancellationToken).GetRoot(cancellationToken);
        var now = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(submittedCode, options, cancellationToken: cancellationToken).GetRoot(cancellationToken);
        var problems = new List<Redefinition>();
        var (oldMembers, oldHeader) = Top(old);
        var (newMembers, newHeader) = Top(now);
        var changed = Enumerable.Range(0, oldMembers.Count).FirstOrDefault(i => i >= newMembers.Count || !oldMembers[i].IsEquivalentTo(newMembers[i]), -1);
        if (changed >= 0 || !oldHeader.IsEquivalentTo(newHeader) || old.Usings.Count != now.Usings.Count || old.AttributeLists.Count != now.AttributeLists.Count)
        {
            var at = changed >= 0 && changed < newMembers.Count ? newMembers[changed] : (SyntaxNode)now;
            problems.Add(new Redefinition("", Line(at), "the appended code changes a member of the locked code (it continues it)"));
            return Task.FromResult<IReadOnlyList<Redefinition>>(problems);
        }

        var used = old.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in newMembers.Skip(oldMembers.Count))
        {
            if (member is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or NamespaceDeclarationSyntax))
            {
                problems.Add(new Redefinition("", Line(member), $"a top-level {member.Kind()} may not be appended; only new types"));
                continue;
            }

            // Declarations only: method bodies and initialisers are the tests' own business and declare locals.
            foreach (var node in member.DescendantNodesAndSelf(n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or AttributeListSyntax or ParameterListSyntax)))
            {
                foreach (var (name, token) in Declared(node))
                {
                    if (used.Contains(name))
                    {
                        problems.Add(new Redefinition(name, Line(token), $"declares '{name}', a name the locked tests already define or use; it would redefine, extend (partial) or shadow it"));
                    }
                    else if (node is BaseTypeDeclarationSyntax or MethodDeclarationSyntax && !seen.Add(name))
                    {
                        problems.Add(new Redefinition(name, Line(token), $"declares '{name}' twice; test names must stay unique"));
                    }
                }

                if (node is ConstructorDeclarationSyntax ctor && ctor.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    problems.Add(new Redefinition(ctor.Identifier.ValueText, Line(ctor), "a static constructor runs code before the tests ask for it"));
                }

            }

            foreach (var attribute in member.DescendantNodes().OfType<AttributeSyntax>().Where(a => a.Name.ToString().Split('.', ':').Last() is "ModuleInitializer" or "ModuleInitializerAttribute"))
            {
                problems.Add(new Redefinition("ModuleInitializer", Line(attribute), "a module initializer runs code when the test assembly loads, before any test"));
            }
        }

        return Task.FromResult<IReadOnlyList<Redefinition>>(problems);
    }

    /// <summary>The members and header of a file, looking through a file-scoped namespace (its members are the file's).</summary>
    private static (IReadOnlyList<MemberDeclarationSyntax> Members, SyntaxNode Header) Top(CompilationUnitSyntax unit) =>
        unit.Members is [FileScopedNamespaceDeclarationSyntax scoped]
            ? (scoped.Members, scoped.WithMembers([]))
            : (unit.Members, SyntaxFactory.IdentifierName("global"));

    private static IEnumerable<(string Name, SyntaxToken Token)> Declared(SyntaxNode node)
    {
        switch (node)
        {
            case BaseTypeDeclarationSyntax type:
                yield return (type.Identifier.ValueText, type.Identifier);
                break;
            case DelegateDeclarationSyntax d:
                yield return (d.Identifier.ValueText, d.Identifier);
                break;
            case MethodDeclarationSyntax m:
                yield return (m.Identifier.ValueText, m.Identifier);
                break;
            case PropertyDeclarationSyntax p:
                yield return (p.Identifier.ValueText, p.Identifier);
                break;
            case EventDeclarationSyntax e:
                yield return (e.Identifier.ValueText, e.Identifier);
                break;
            case VariableDeclaratorSyntax v:
                yield return (v.Identifier.ValueText, v.Identifier);
                break;
            case EnumMemberDeclarationSyntax em:
                yield return (em.Identifier.ValueText, em.Identifier);
                break;
            case BaseNamespaceDeclarationSyntax ns:
                foreach (var part in ns.Name.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    yield return (part.Identifier.ValueText, part.Identifier);
                }

                break;
        }
    }

    private static int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static int Line(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
