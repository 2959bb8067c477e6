namespace Pact.Engine.Backends;

/// <summary>
/// List prices in US dollars per million tokens (input, output) of the models the API backends name, so their calls
/// count against the budget: an API reports tokens, not money. A model is matched by the longest known prefix of
/// its id; one with no known price costs null, and the run says its spend is not counted.
/// </summary>
public static class ModelPrices
{
    private static readonly (string Prefix, double Input, double Output)[] Known =
    [
        ("gpt-4.1-nano", 0.10, 0.40),
        ("gpt-4.1-mini", 0.40, 1.60),
        ("gpt-4.1", 2.00, 8.00),
        ("gpt-4o-mini", 0.15, 0.60),
        ("gpt-4o", 2.50, 10.00),
        ("gpt-5-mini", 0.25, 2.00),
        ("gpt-5-nano", 0.05, 0.40),
        ("gpt-5", 1.25, 10.00),
        ("o4-mini", 1.10, 4.40),
        ("o3", 2.00, 8.00),
        ("gemini-2.5-flash", 0.30, 2.50),
        ("gemini-2.5-pro", 1.25, 10.00),
        ("claude-opus-4-5", 5.00, 25.00),
        ("claude-opus-4", 15.00, 75.00),
        ("claude-sonnet-4", 3.00, 15.00),
        ("claude-haiku-4-5", 1.00, 5.00),
        ("claude-3-5-haiku", 0.80, 4.00),
    ];

    /// <summary>What <paramref name="input"/> and <paramref name="output"/> tokens of <paramref name="model"/> cost, or null when its price is not known.</summary>
    public static double? Cost(string model, long input, long output)
    {
        var price = Known.Where(k => model.StartsWith(k.Prefix, StringComparison.OrdinalIgnoreCase)).OrderByDescending(k => k.Prefix.Length).FirstOrDefault();
        return price.Prefix is null ? null : (input * price.Input + output * price.Output) / 1_000_000;
    }
}
