using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Pact.Engine.Backends;

/// <summary>
/// One question to a chat-completions API through the official OpenAI SDK, behind Microsoft.Extensions.AI's
/// <see cref="IChatClient"/>: the prompt as the user's message, the answer constrained to the request's JSON Schema,
/// the key from the environment (the request's variables first, then Pact's own), never from pact.yaml. An API
/// cannot edit files: an implementer's answer carries them, and Pact writes them (<see cref="IAgentBackend.EditsFiles"/>).
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
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var options = new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = request.Timeout };
        using var client = new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(model).AsIChatClient();
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
        catch (ClientResultException e)
        {
            var credentials = e.Status is 401 or 403;
            return BackendAnswer.Failed(provider.Name, $"{provider.Display} refused the call (HTTP {e.Status}): {BackendProgram.FirstLine(e.Message)}", credentials ? $"check {provider.KeyVariable}: the key was refused" : "run it again; if it keeps failing, check the model name and the API's status");
        }
        catch (HttpRequestException e)
        {
            return BackendAnswer.Unavailable(provider.Name, $"{provider.Display} could not be reached at {endpoint}: {e.Message}", $"check the network, or {provider.BaseUrlVariable}");
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
}
