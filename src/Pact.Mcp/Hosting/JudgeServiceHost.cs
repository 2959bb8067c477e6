using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Pact.Engine.Judge.Processes;

namespace Pact.Mcp.Hosting;

/// <summary>
/// The judge service of the separate-user mode: <c>pact mcp --role audit --audit-dir DIR --socket PATH</c> (or
/// <c>--http</c> on loopback), run as the OS user that owns the audit directory. It serves the audit role to the
/// audit token and test, polish, certify and status to the code token (<see cref="ServiceScope"/>); both tokens
/// come from <c>DIR/service/</c> (<see cref="ServiceTokens"/>), so only the judge's user and root can read them.
/// </summary>
public static class JudgeServiceHost
{
    /// <summary>Why the service may not start here, or null.</summary>
    public static string? Refusal(PactMcpOptions options)
    {
        if (options.Role != McpRole.Audit)
        {
            return "the judge service serves the audit role: start it with --role audit";
        }

        if (options.AuditDir is not { } audit || !Directory.Exists(audit))
        {
            return $"--audit-dir {options.AuditDir}: no such directory (make it with `pact audit-init <dir> --audit-dir DIR --owner USER`)";
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(audit) & (UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute)) != 0)
        {
            return $"{audit} is open to other users: the implementer could read it; run `pact audit-init … --owner USER` (it makes the directory 0700)";
        }

        if (OsUsers.OwnerOf(audit) is { } owner && owner != OsUsers.Me())
        {
            return $"{audit} belongs to uid {owner}, not to this user: run the service as the audit directory's owner";
        }

        return ServiceTokens.Read(audit) is null ? $"{ServiceTokens.Directory(audit)} holds no tokens: run `pact audit-init … --owner USER` again" : null;
    }

    /// <summary>Builds the service (not started). <paramref name="socket"/> or <paramref name="endpoint"/> names where it listens.</summary>
    public static WebApplication Build(PactMcpOptions options, string? socket, IPEndPoint? endpoint)
    {
        var tokens = ServiceTokens.Read(options.AuditDir!) ?? throw new InvalidOperationException("the judge service has no tokens");
        var bound = endpoint ?? new IPEndPoint(IPAddress.Loopback, 0);
        if (!IPAddress.IsLoopback(bound.Address))
        {
            throw new ArgumentException($"{bound} is not a loopback address: the judge service serves this machine only", nameof(endpoint));
        }

        if (socket is not null && File.Exists(socket))
        {
            File.Delete(socket); // a socket left by a service that died; Kestrel cannot bind over it
        }

        return PactMcpHttpHost.Build(
            options,
            k => { if (socket is not null) { k.ListenUnixSocket(socket); } else { k.Listen(bound); } },
            new HttpGuard(bound, tokens.Audit, tokens.Code),
            extra: null);
    }

    public static async Task RunAsync(PactMcpOptions options, string? socket, IPEndPoint? endpoint, Action<string> started, CancellationToken cancellationToken)
    {
        await using var app = Build(options, socket, endpoint);
        await app.StartAsync(cancellationToken);
        if (socket is not null && !OperatingSystem.IsWindows())
        {
            // Anyone on the machine may connect: the token, not the socket's mode, decides what a caller reaches.
            File.SetUnixFileMode(socket, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        }

        started(socket is not null ? $"unix:{socket}" : $"http://{endpoint}");
        await app.WaitForShutdownAsync(cancellationToken);
    }
}
