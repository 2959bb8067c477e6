namespace Pact.Engine.Backends;

/// <summary>
/// The seam through which Pact asks a code agent for model work it cannot do itself (a review, later an
/// implementation): one question, one structured answer. Each backend is a real program or API; an expected failure
/// is an answer (<see cref="BackendState"/>), never an exception.
/// </summary>
public interface IAgentBackend
{
    /// <summary>The name pact.yaml and <c>--backend</c> use (<c>claude_code</c>, <c>codex_code</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Whether the agent edits files in its working directory itself (a code agent), or can only answer (an API): an
    /// implementer of the second kind gives its files in its answer, and Pact writes them into the component.
    /// </summary>
    bool EditsFiles => true;

    Task<BackendAnswer> AskAsync(BackendRequest request, CancellationToken cancellationToken);
}
