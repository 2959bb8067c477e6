using System.Text.RegularExpressions;

namespace Pact.Gates.Contracts;

/// <summary>Warnings for stock phrases that say nothing checkable (reference C.3), in descriptions and conditions.</summary>
public static partial class VagueLanguageRule
{
    public const string Id = "contract.quality.vague_language";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, string file)
    {
        foreach (var (text, pointer) in Texts(contract))
        {
            var match = Vague().Match(text);
            if (match.Success)
            {
                yield return Findings.Warning(Id, file, pointer, $"vague language: '{match.Value.Trim()}'", "say concretely what is meant, so a test can check it");
            }
        }
    }

    private static IEnumerable<(string, string)> Texts(ComponentContract contract)
    {
        yield return (contract.Description, "/description");
        for (var i = 0; i < contract.Invariants.Count; i++)
        {
            yield return (contract.Invariants[i], $"/invariants/{i}");
        }
        for (var t = 0; t < contract.Types.Count; t++)
        {
            yield return (contract.Types[t].Description, $"/types/{t}/description");
        }
        for (var f = 0; f < contract.Functions.Count; f++)
        {
            var function = contract.Functions[f];
            yield return (function.Description, $"/functions/{f}/description");
            for (var i = 0; i < function.Preconditions.Count; i++)
            {
                yield return (function.Preconditions[i], $"/functions/{f}/preconditions/{i}");
            }
            for (var i = 0; i < function.Postconditions.Count; i++)
            {
                yield return (function.Postconditions[i], $"/functions/{f}/postconditions/{i}");
            }
            for (var i = 0; i < function.ErrorCases.Count; i++)
            {
                yield return (function.ErrorCases[i].Condition, $"/functions/{f}/error_cases/{i}/condition");
            }
        }
    }

    [GeneratedRegex(@"entire class of|best practice|industry standard|scalable and maintainable|robust and reliable|clean architecture|properly handle|as needed|and more|etc\.?\s*$|works? on my machine|appropriate\s+(error|handling|validation)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();
}
