// The contract's functions under the stub's names (contracts/<cid>/interface.cs of a project named ledger-app), each
// reporting started, then completed or error: what Pact's generated emission tests of this contract check.
namespace LedgerApp.Money;

/// <summary>One event: Event is "started", "completed" or "error"; Ts is Unix milliseconds.</summary>
public sealed record PactEvent(string PactKey, string Event, IReadOnlyList<string> OutputClassification, IReadOnlyList<string> SideEffects, long Ts, string? Error = null);

public delegate void PactEventHandler(PactEvent @event);

public static class MoneyComponent
{
    public static long to_cents(string text, PactEventHandler? onEvent = null) => Observed("PACT:money:to_cents", onEvent, () => global::Ledger.Money.ToCents(text));

    public static string format_cents(long cents, PactEventHandler? onEvent = null) => Observed("PACT:money:format_cents", onEvent, () => global::Ledger.Money.FormatCents(cents));

    private static T Observed<T>(string key, PactEventHandler? onEvent, Func<T> work)
    {
        void Emit(string @event, string? error = null) => onEvent?.Invoke(new PactEvent(key, @event, [], [], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), error));
        Emit("started");
        try
        {
            var result = work();
            Emit("completed");
            return result;
        }
        catch (Exception error)
        {
            Emit("error", error.GetType().Name);
            throw;
        }
    }
}
