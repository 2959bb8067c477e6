using System.Text.RegularExpressions;

namespace Pact.Sentinel;

/// <summary>The PACT key standard (reference I.2): <c>PACT:&lt;component_id&gt;:&lt;function&gt;</c>, written literally in source.</summary>
public static partial class PactKeys
{
    public static string Of(string componentId, string function) => $"PACT:{componentId}:{function}";

    /// <summary>Every key of every function of the contracts, sorted.</summary>
    public static IReadOnlyList<string> Expected(IEnumerable<ComponentContract> contracts) =>
        [.. contracts.SelectMany(c => c.Functions.Select(f => Of(c.ComponentId, f.Name))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The keys in one file's text, with their 1-based lines.</summary>
    public static IEnumerable<PactKeyLocation> Scan(string text, string file)
    {
        var line = 1;
        var position = 0;
        foreach (Match match in Key().Matches(text))
        {
            for (; position < match.Index; position++)
            {
                if (text[position] == '\n')
                {
                    line++;
                }
            }
            yield return new PactKeyLocation { Key = match.Value, ComponentId = match.Groups[1].Value, Function = match.Groups[2].Value, File = file, Line = line };
        }
    }

    [GeneratedRegex(@"PACT:([a-zA-Z0-9_]+):([a-zA-Z0-9_]+)")]
    private static partial Regex Key();
}
