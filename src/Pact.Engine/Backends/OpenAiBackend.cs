namespace Pact.Engine.Backends;

/// <summary>The <c>openai</c> backend: the OpenAI API (<see cref="ChatApiProvider.OpenAi"/>) through the OpenAI SDK.</summary>
public sealed class OpenAiBackend : IAgentBackend
{
    private readonly ChatApiClient _client = new(ChatApiProvider.OpenAi);

    public string Name => ChatApiProvider.OpenAi.Name;

    public bool EditsFiles => false;

    public Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken) => _client.AskAsync(request, cancellationToken);
}
