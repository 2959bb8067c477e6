namespace Pact.Engine.Backends;

/// <summary>The wire protocol an API backend speaks, which decides the SDK that speaks it.</summary>
public enum ChatApiProtocol
{
    /// <summary>OpenAI's chat completions, through the OpenAI SDK (the OpenAI API, and Gemini's compatible endpoint).</summary>
    OpenAiChat,

    /// <summary>Anthropic's Messages API, through the Anthropic SDK.</summary>
    AnthropicMessages,
}
