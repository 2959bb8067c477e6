using System.ClientModel;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Pact.Engine.Backends;

/// <summary>
/// One question to a model's API through its official SDK (OpenAI's, or Anthropic's for the Messages API), behind
/// Microsoft.Extensions.AI's <see cref="IChatClient"/>: the prompt as the user's message, the answer constrained to
/// the request's JSON Schema, the key from the environment (the request's variables first, then Pact's own), never
/// from pact.yaml. An API cannot edit files: an implementer's answer carries them, and Pact writes them
/// (<see cref="IAgentBackend.EditsFiles"/>).
/// </summary>
public sealed class ChatApiClient(ChatApiProvider provider)
{
    public async Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken)
    {
        var key = request.Environment.GetValueOrDefault(provider.KeyVariable) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(provider.KeyVariable);
        if (string.IsNullOrEmpty(key))
        {
            return BackendAnswer.Unavailable(provider.Name, $"{provider.KeyVariable} is not set, so {provider.Display} cannot be called", $"export {provider.KeyVariable}=… (Pact reads credentials from the environment only), or choose another backend (--backend claude_code)");
        }

        var baseUrl = Environment.GetEnvironmentVariable(provider.BaseUrlVariable) is { Length: > 0 } overridden ? overridden : provider.DefaultBaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            return BackendAnswer.Unavailable(provider.Name, $"{provider.BaseUrlVariable} is '{baseUrl}', which is not an http(s) URL", $"set {provider.BaseUrlVariable} to the API's base URL (default {provider.DefaultBaseUrl}), or unset it");
        }

        var model = request.Model is { Length: > 0 } asked ? asked : provider.DefaultModel;
        if (provider.Protocol == ChatApiProtocol.AnthropicMessages && !JsonSerializer.IsReflectionEnabledByDefault)
        {
            return BackendAnswer.Unavailable(provider.Name, $"{provider.Display} cannot be called from the native build of Pact: the Anthropic SDK serializes by reflection, which a native build does not have", "use claude_code, the same models through Claude Code; or a framework-dependent build of Pact, which every platform but linux-x64 installs (on linux-x64, run from source: `dotnet run --project src/Pact.Cli -- run …`)");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        using var client = Connect(key, endpoint, model, request.Timeout);
        ChatResponse response;
        try
        {
            using var schema = JsonDocument.Parse(request.OutputSchema);
            response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, request.Prompt)], new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "answer"),
            }, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BackendAnswer.Failed(provider.Name, $"{provider.Display} did not answer within {request.Timeout.TotalSeconds:0} s and was stopped", "run it again, or give the role longer (pact.yaml role_timeouts)");
        }
        catch (Exception e) when (Fault(e) is { } fault)
        {
            return fault.Unreachable
                ? BackendAnswer.Unavailable(provider.Name, $"{provider.Display} could not be reached at {endpoint}: {fault.Message}", $"check the network, or {provider.BaseUrlVariable}")
                : BackendAnswer.Failed(provider.Name, $"{provider.Display} {fault.Message}", fault.Credentials ? $"check {provider.KeyVariable}: the key was refused" : "run it again; if it keeps failing, check the model name and the API's status");
        }

        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        var answered = response.ModelId is { Length: > 0 } id ? id : model;
        var parsed = BackendProgram.ParseObject(response.Text);

        var cost = ModelPrices.Cost(answered, input, output);
        var common = new BackendAnswer
        {
            Backend = provider.Name,
            State = BackendState.Completed,
            Model = answered,
            InputTokens = input,
            OutputTokens = output,
            CostUsd = cost,
            Warning = cost is null ? $"no price is known for the model '{answered}': its calls are recorded with their tokens but cost nothing against the budget" : "",
        };
        return parsed is not null
            ? common with { Output = parsed }
            : common with { State = BackendState.Failed, Message = $"{provider.Display} answered, but not with a JSON object of the schema asked for", Fix = "run it again; a model without structured outputs may need another (--model)" };
    }

    // Each branch into the Anthropic SDK is guarded by the reflection feature switch, so the native compiler, which
    // reads it as false, leaves the SDK out of the build instead of compiling code that would fail there.
    private IChatClient Connect(string key, Uri endpoint, string model, TimeSpan timeout) => provider.Protocol switch
    {
        ChatApiProtocol.AnthropicMessages => JsonSerializer.IsReflectionEnabledByDefault
            ? AnthropicChat.Connect(key, endpoint, model, timeout)
            : throw new UnreachableException("the native build refuses the Anthropic API before connecting"),
        _ => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = timeout }).GetChatClient(model).AsIChatClient(),
    };

    private ChatApiFault? Fault(Exception e) => e switch
    {
        _ when provider.Protocol == ChatApiProtocol.AnthropicMessages => JsonSerializer.IsReflectionEnabledByDefault ? AnthropicChat.Fault(e) : null,
        ClientResultException refused => new ChatApiFault($"refused the call (HTTP {refused.Status}): {BackendProgram.FirstLine(refused.Message)}", refused.Status is 401 or 403, Unreachable: false),
        HttpRequestException unreachable => new ChatApiFault(unreachable.Message, Credentials: false, Unreachable: true),
        _ => null,
    };
}
