// The contract's functions under the stub's names (contracts/<cid>/interface.cs of a project named ledger-app), each
// reporting started, then completed or error: what Pact's generated emission tests of this contract check.
namespace LedgerApp.Report;

/// <summary>One event: Event is "started", "completed" or "error"; Ts is Unix milliseconds.</summary>
public sealed record PactEvent(string PactKey, string Event, IReadOnlyList<string> OutputClassification, IReadOnlyList<string> SideEffects, long Ts, string? Error = null);

public delegate void PactEventHandler(PactEvent @event);

public static class ReportComponent
{
    public static string total(IReadOnlyDictionary<string, object> balances, PactEventHandler? onEvent = null) => Observed("PACT:report:total", onEvent, () => global::Ledger.Report.Total(global::System.Linq.Enumerable.ToDictionary(balances, e => e.Key, e => System.Convert.ToInt64(e.Value, System.Globalization.CultureInfo.InvariantCulture))));

    public static string? largest(IReadOnlyDictionary<string, object> balances, PactEventHandler? onEvent = null) => Observed("PACT:report:largest", onEvent, () => global::Ledger.Report.Largest(global::System.Linq.Enumerable.ToDictionary(balances, e => e.Key, e => System.Convert.ToInt64(e.Value, System.Globalization.CultureInfo.InvariantCulture))));

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
