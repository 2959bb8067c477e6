using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pact.Gates;

namespace Pact.Engine.Languages.CSharp;

/// <summary>C# parses when Roslyn's parser reports no error diagnostic (in process: parsing runs no code).</summary>
public sealed class CSharpSyntaxChecker : ISyntaxChecker
{

    public Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: cancellationToken);
        var error = tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return Task.FromResult(error is null
            ? SyntaxCheck.Parsed
            : SyntaxCheck.Failed($"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", error.Location.GetLineSpan().StartLinePosition.Line + 1));
    }
}
