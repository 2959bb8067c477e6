namespace Pact.Engine.Backends;

/// <summary>
/// A model's API: the protocol it speaks (which picks the SDK), where it is (its base URL, overridable by a variable, which
/// is also how a local replay server stands in for it), which variable holds its key, and its default model.
/// </summary>
public sealed record ChatApiProvider(string Name, string Display, string KeyVariable, string BaseUrlVariable, string DefaultBaseUrl, string DefaultModel, ChatApiProtocol Protocol = ChatApiProtocol.OpenAiChat)
{
    public static ChatApiProvider OpenAi { get; } = new("openai", "the OpenAI API", "OPENAI_API_KEY", "OPENAI_BASE_URL", "https://api.openai.com/v1", "gpt-4.1");

    /// <summary>Gemini through Google's OpenAI-compatible endpoint, with the same SDK.</summary>
    public static ChatApiProvider Gemini { get; } = new("gemini", "the Gemini API", "GEMINI_API_KEY", "GEMINI_BASE_URL", "https://generativelanguage.googleapis.com/v1beta/openai/", "gemini-2.5-pro");

    /// <summary>Claude through Anthropic's Messages API, with the Anthropic SDK (which adds <c>/v1</c> to the base URL itself).</summary>
    public static ChatApiProvider Anthropic { get; } = new("anthropic", "the Anthropic API", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "https://api.anthropic.com", "claude-sonnet-4-5", ChatApiProtocol.AnthropicMessages);
}
