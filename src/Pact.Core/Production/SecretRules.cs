using System.Text.RegularExpressions;

namespace Pact.Production;

/// <summary>
/// A small rule set for likely hard-coded secrets: shapes with a fixed prefix (AWS access keys, GitHub tokens,
/// private key blocks) match on shape alone; the generic <c>api_key = "…"</c> shape also needs a long, high-entropy
/// value, so <c>password = "changeme"</c> or <c>token = "xxxxxxxxxxxxxxxx"</c> in a fixture is not reported.
/// </summary>
public static partial class SecretRules
{
    public const string AwsAccessKey = "aws_access_key";
    public const string PrivateKey = "private_key";
    public const string GithubToken = "github_token";
    public const string GenericApiKey = "generic_api_key";

    /// <summary>Bits per character below which a generic value reads as a word or a filler, not a key.</summary>
    public const double MinimumEntropy = 3.5;
    public const int MinimumLength = 16;

    public static IReadOnlyList<SecretFinding> Scan(string text, string file)
    {
        var found = new List<SecretFinding>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (Match match in Aws().Matches(line))
            {
                found.Add(Finding(AwsAccessKey, file, i, match.Value));
            }

            foreach (Match match in Github().Matches(line))
            {
                found.Add(Finding(GithubToken, file, i, match.Value));
            }

            if (PrivateKeyBlock().Match(line) is { Success: true } block)
            {
                found.Add(new SecretFinding { Rule = PrivateKey, File = file, Line = i + 1, Redacted = block.Value });
            }

            foreach (Match match in Generic().Matches(line))
            {
                var value = match.Groups["value"].Value;
                // A value one of the fixed-prefix rules already reported is one finding, not two.
                if (value.Length >= MinimumLength && Entropy(value) >= MinimumEntropy && !Aws().IsMatch(value) && !Github().IsMatch(value))
                {
                    found.Add(Finding(GenericApiKey, file, i, value));
                }
            }
        }

        return found;
    }

    /// <summary>Shannon entropy of <paramref name="value"/>'s characters, in bits per character.</summary>
    public static double Entropy(string value)
    {
        var counts = value.GroupBy(c => c).Select(g => (double)g.Count());
        return -counts.Sum(n => n / value.Length * Math.Log2(n / value.Length));
    }

    private static SecretFinding Finding(string rule, string file, int index, string value) =>
        new() { Rule = rule, File = file, Line = index + 1, Redacted = value.Length <= 8 ? "…" : $"{value[..4]}…{value.Length} chars" };

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex Aws();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b")]
    private static partial Regex Github();

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"(?i)[\w.-]*(?:api[_-]?key|secret|token|passw(?:or)?d|access[_-]?key)[\w.-]*[""']?\s*[:=]\s*[""'](?<value>[^""'\s]+)[""']")]
    private static partial Regex Generic();
}
