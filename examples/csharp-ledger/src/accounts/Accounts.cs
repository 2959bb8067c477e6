namespace Ledger;

/// <summary>The account holds less than the amount.</summary>
public sealed class InsufficientFunds(string account) : Exception($"insufficient funds in '{account}'");

/// <summary>Deposits and withdrawals on a map of balances (in cents), never mutating it.</summary>
public static class Accounts
{
    public static IReadOnlyDictionary<string, long> Deposit(IReadOnlyDictionary<string, long> balances, string account, string amount)
    {
        var updated = new Dictionary<string, long>(balances);
        updated[account] = balances.GetValueOrDefault(account) + Money.ToCents(amount);
        return updated;
    }

    public static IReadOnlyDictionary<string, long> Withdraw(IReadOnlyDictionary<string, long> balances, string account, string amount)
    {
        var cents = Money.ToCents(amount);
        var held = balances.GetValueOrDefault(account);
        if (held < cents)
        {
            throw new InsufficientFunds(account);
        }

        return new Dictionary<string, long>(balances) { [account] = held - cents };
    }
}
