namespace Pact.Cli;

/// <summary>
/// "Did you mean" for a mistyped verb or option: the closest name the parser knows, when it is close enough (an edit
/// distance of at most a third of the word, and at most 2) to be a typo rather than another word.
/// </summary>
internal static class UsageHints
{
    public static IEnumerable<string> For(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            var candidates = token.StartsWith('-')
                ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
            if (Closest(token, candidates) is { } near)
            {
                var path = string.Join(' ', Ancestry(command).Reverse().Skip(1).Select(c => c.Name));
                yield return $"'{token}': did you mean `pact {(path.Length > 0 ? path + " " : "")}{near}`?";
            }
        }
    }

    private static IEnumerable<Command> Ancestry(Command command)
    {
        for (Command? at = command; at is not null; at = at.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return at;
        }
    }

    private static string? Closest(string word, IEnumerable<string> candidates) => candidates
        .Select(c => (Name: c, Distance: Distance(word, c)))
        .Where(c => c.Distance <= Math.Min(2, Math.Max(1, c.Name.Length / 3)))
        .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
        .Select(c => c.Name).FirstOrDefault();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
