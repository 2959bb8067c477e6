using System.Text.RegularExpressions;

namespace Pact.Gates.Contracts;

/// <summary>
/// The tiny grammar of range and length validators (docs/GATES.md):
/// <code>
/// expr    := subject op number | number op subject | number lt subject lt number | number gt subject gt number
/// subject := "value" (range)  |  "len(value)" (length)
/// op      := "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!="      lt := "&lt;" | "&lt;="      gt := "&gt;" | "&gt;="
/// number  := ["-"] digits ["." digits]
/// </code>
/// e.g. <c>0.01 &lt;= value &lt;= 999999.99</c>, <c>value &gt; 0</c>, <c>len(value) &lt;= 64</c>.
/// </summary>
public sealed partial record BoundExpression
{
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public bool LowInclusive { get; init; }
    public bool HighInclusive { get; init; }
    public decimal? Exactly { get; init; }
    public decimal? Except { get; init; }

    /// <summary>True when no value can satisfy the bounds, e.g. <c>5 &lt;= value &lt;= 1</c>.</summary>
    public bool IsEmpty => Low is { } low && High is { } high && (low > high || (low == high && !(LowInclusive && HighInclusive)));

    /// <summary>True when <paramref name="x"/> satisfies every bound.</summary>
    public bool Admits(decimal x) =>
        (Low is not { } low || (LowInclusive ? x >= low : x > low))
        && (High is not { } high || (HighInclusive ? x <= high : x < high))
        && (Exactly is not { } exactly || x == exactly)
        && (Except is not { } except || x != except);

    public IEnumerable<decimal> Numbers() => new[] { Low, High, Exactly, Except }.OfType<decimal>();

    /// <summary>Parses <paramref name="text"/> with <paramref name="subject"/> ("value" or "len(value)"); null when it does not match the grammar.</summary>
    public static BoundExpression? Parse(string text, string subject)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != WhiteSpace().Replace(text, ""))
        {
            return null;
        }
        return tokens.Count switch
        {
            3 when tokens[0] == subject && IsNumber(tokens[2], out var n) => One(tokens[1], n),
            3 when tokens[2] == subject && IsNumber(tokens[0], out var n) => One(Flip(tokens[1]), n),
            5 when tokens[2] == subject && IsNumber(tokens[0], out var a) && IsNumber(tokens[4], out var b) => Chain(tokens[1], tokens[3], a, b),
            _ => null,
        };
    }

    private static BoundExpression? One(string op, decimal n) => op switch
    {
        ">" => new() { Low = n },
        ">=" => new() { Low = n, LowInclusive = true },
        "<" => new() { High = n },
        "<=" => new() { High = n, HighInclusive = true },
        "==" => new() { Exactly = n, Low = n, High = n, LowInclusive = true, HighInclusive = true },
        "!=" => new() { Except = n },
        _ => null,
    };

    private static BoundExpression? Chain(string first, string second, decimal a, decimal b) => (first, second) switch
    {
        ("<" or "<=", "<" or "<=") => new() { Low = a, LowInclusive = first == "<=", High = b, HighInclusive = second == "<=" },
        (">" or ">=", ">" or ">=") => new() { Low = b, LowInclusive = second == ">=", High = a, HighInclusive = first == ">=" },
        _ => null,
    };

    private static string Flip(string op) => op switch { "<" => ">", "<=" => ">=", ">" => "<", ">=" => "<=", _ => op };

    private static bool IsNumber(string token, out decimal value) =>
        Number().IsMatch(token) & decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"len\(value\)|value|<=|>=|==|!=|<|>|-?\d+(?:\.\d+)?|\S")]
    private static partial Regex Token();

    [GeneratedRegex(@"^-?\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
