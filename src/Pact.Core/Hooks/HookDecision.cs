namespace Pact.Hooks;

/// <summary>The verdict on one host tool call: allowed, or denied with a reason that says what to do instead.</summary>
public sealed record HookDecision(bool Deny, string Reason)
{
    public static HookDecision Allow { get; } = new(false, "");
}
