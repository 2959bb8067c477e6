namespace Pact.Engine.Backends;

/// <summary>The <c>gemini</c> backend: Gemini through its OpenAI-compatible endpoint (<see cref="ChatApiProvider.Gemini"/>) through the OpenAI SDK.</summary>
public sealed class GeminiBackend : IAgentBackend
{
    private readonly ChatApiClient _client = new(ChatApiProvider.Gemini);

    public string Name => ChatApiProvider.Gemini.Name;

    public bool EditsFiles => false;

    public Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken) => _client.AskAsync(request, cancellationToken);
}
