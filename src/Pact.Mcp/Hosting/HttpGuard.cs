using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Pact.Mcp.Hosting;

/// <summary>
/// Protects the HTTP endpoint: against DNS rebinding (a web page whose host name resolves to 127.0.0.1 must not
/// reach the server, so Host must be a loopback name or the bound address, and a browser Origin must be loopback
/// too) and, when a token is set, against any caller without <c>Authorization: Bearer &lt;token&gt;</c>.
/// The judge service (<see cref="JudgeServiceHost"/>) sets a second, narrower token: a request carrying it is marked
/// with the <see cref="ServiceScope.CodeRole"/> role, one carrying the main token with <see cref="ServiceScope.AuditRole"/>,
/// and <see cref="ServiceScope"/> decides from that mark what the call may reach.
/// </summary>
public sealed class HttpGuard(IPEndPoint bound, string? token, string? codeToken = null)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var host = context.Request.Host.Host.Trim('[', ']');
        if (!IsAllowedHost(host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, $"Host '{context.Request.Host}' is not allowed; use 127.0.0.1, localhost or [::1]");
            return;
        }

        if (context.Request.Headers.Origin is { Count: > 0 } origins && !origins.All(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && IsAllowedHost(uri.Host.Trim('[', ']'))))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, $"Origin '{origins}' is not allowed");
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (codeToken is not null && Authorized(header, codeToken))
        {
            context.User = ServiceScope.Principal(ServiceScope.CodeRole);
        }
        else if (token is not null && !Authorized(header, token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Refuse(context, StatusCodes.Status401Unauthorized, "a bearer token is required");
            return;
        }
        else if (codeToken is not null)
        {
            context.User = ServiceScope.Principal(ServiceScope.AuditRole);
        }

        await next(context);
    }

    private bool IsAllowedHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && (IPAddress.IsLoopback(address) || address.Equals(bound.Address)));

    private static bool Authorized(string header, string expected)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Constant time, so the token cannot be guessed byte by byte from response times.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(expected));
    }

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync(message + "\n");
    }
}
