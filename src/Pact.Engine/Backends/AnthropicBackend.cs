namespace Pact.Engine.Backends;

/// <summary>The <c>anthropic</c> backend: Claude through the Anthropic Messages API (<see cref="ChatApiProvider.Anthropic"/>) and the Anthropic SDK.</summary>
public sealed class AnthropicBackend : IAgentBackend
{
    private readonly ChatApiClient _client = new(ChatApiProvider.Anthropic);

    public string Name => ChatApiProvider.Anthropic.Name;

    public bool EditsFiles => false;

    public Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken) => _client.AskAsync(request, cancellationToken);
}
