using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger;

/// <summary>The text is not an amount.</summary>
public sealed class InvalidAmount(string text) : Exception($"not an amount: '{text}'");

/// <summary>Amounts of money as integer cents.</summary>
public static partial class Money
{
    public static long ToCents(string text)
    {
        var match = Amount().Match(text.Trim());
        if (!match.Success)
        {
            throw new InvalidAmount(text);
        }

        var whole = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var fraction = match.Groups[2].Success ? long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return whole * 100 + fraction;
    }

    public static string FormatCents(long cents)
    {
        var sign = cents < 0 ? "-" : "";
        var abs = Math.Abs(cents);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    [GeneratedRegex(@"^(\d+)(?:\.(\d{2}))?$")]
    private static partial Regex Amount();
}
