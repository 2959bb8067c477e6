namespace Pact.Projects;

/// <summary>A span as people type it on a command line: a whole number of minutes, hours or days (<c>45m</c>, <c>6h</c>, <c>2d</c>).</summary>
public static class ShortSpan
{
    public static TimeSpan? Parse(string text)
    {
        var span = text.Trim();
        if (span.Length < 2 || !int.TryParse(span[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }
        return span[^1] switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => null,
        };
    }
}
