namespace Pact.Mcp.Remote;

/// <summary>
/// The judge service a server forwards test, polish and certify to (separate-user mode), or none. The service
/// itself never forwards (it is the judge), whatever its environment says.
/// </summary>
public sealed class JudgeRemote(JudgeClient? client)
{
    public JudgeClient? Client { get; } = client;
}
