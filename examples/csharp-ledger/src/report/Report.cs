namespace Ledger;

/// <summary>Summaries of balances.</summary>
public static class Report
{
    public static string Total(IReadOnlyDictionary<string, long> balances) => Money.FormatCents(balances.Values.Sum());

    public static string? Largest(IReadOnlyDictionary<string, long> balances) =>
        balances.OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Key).FirstOrDefault();
}
