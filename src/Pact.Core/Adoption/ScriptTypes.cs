using Pact.Gates.Contracts;

namespace Pact.Adoption;

/// <summary>
/// A TypeScript annotation, already spelled as a contract type expression by the reader (the compiler's parser knows
/// <c>string[]</c> from <c>Array&lt;string&gt;</c>; see Adoption/Scripts/adopt_typescript.js): kept when every name in
/// it resolves to a builtin or a type the contract itself declares, else <c>Any</c>, which the host agent tightens.
/// </summary>
public static class ScriptTypes
{
    public static string Map(string? expression, IReadOnlySet<string> declared) =>
        !string.IsNullOrWhiteSpace(expression) && TypeExpression.BaseNames(expression) is { } names && names.All(n => TypeExpression.Builtins.Contains(n) || declared.Contains(n))
            ? expression
            : "Any";
}
