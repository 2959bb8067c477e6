using Anthropic;
using Anthropic.Exceptions;
using Microsoft.Extensions.AI;

namespace Pact.Engine.Backends;

/// <summary>
/// The Anthropic SDK's side of <see cref="ChatApiClient"/>. The SDK serializes by reflection, so nothing here may run
/// in the native build: every call into this class sits behind <c>JsonSerializer.IsReflectionEnabledByDefault</c>, a
/// feature switch the native compiler reads as false and with it drops this class and the SDK from the build.
/// </summary>
internal static class AnthropicChat
{
    /// <summary>
    /// The Messages API requires a ceiling on the answer. An implementer's answer carries whole files, so it is
    /// generous, yet low enough that the SDK does not demand streaming for a call this long.
    /// </summary>
    private const int MaxOutputTokens = 16_384;

    public static IChatClient Connect(string key, Uri endpoint, string model, TimeSpan timeout) =>
        // The SDK's own limit comes a minute after Pact's, so an answer too slow is reported as Pact's time limit
        // (which says what to raise), not as the SDK's I/O fault.
        new AnthropicClient { ApiKey = key, BaseUrl = endpoint.ToString().TrimEnd('/'), Timeout = timeout + TimeSpan.FromMinutes(1) }
            .AsIChatClient(model, MaxOutputTokens);

    /// <summary>What an exception the SDK threw means to the user; null when it is not one of the SDK's.</summary>
    public static ChatApiFault? Fault(Exception e) => e switch
    {
        AnthropicServiceException service => Refused(service, $"{service.Type}"),
        AnthropicIOException io => new ChatApiFault(io.InnerException?.Message ?? io.Message, Credentials: false, Unreachable: true),
        _ => null,
    };

    // The error's type is the API's word for what went wrong (authentication_error, overloaded_error, …).
    private static ChatApiFault Refused(AnthropicServiceException e, string type) => new(
        $"refused the call ({(type.Length > 0 ? type : "an API error")}): {BackendProgram.FirstLine(e.ApiMessage is { Length: > 0 } said ? said : e.Message)}",
        e is AnthropicUnauthorizedException || type is "authentication_error" or "permission_error",
        Unreachable: false);
}
