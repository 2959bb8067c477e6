using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Pact.Documents;

/// <summary>
/// Source positions computed on first use. Only a document with an error needs them, and walking every value of
/// every valid artifact cost `pact validate` a tenth of its time on large projects.
/// </summary>
internal sealed class LazyLocations(Func<Dictionary<string, SourceLocation>> locate) : IReadOnlyDictionary<string, SourceLocation>
{
    private readonly Lazy<Dictionary<string, SourceLocation>> _locations = new(locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public SourceLocation this[string key] => _locations.Value[key];

    public IEnumerable<string> Keys => _locations.Value.Keys;

    public IEnumerable<SourceLocation> Values => _locations.Value.Values;

    public int Count => _locations.Value.Count;

    public bool ContainsKey(string key) => _locations.Value.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value) => _locations.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() => _locations.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
