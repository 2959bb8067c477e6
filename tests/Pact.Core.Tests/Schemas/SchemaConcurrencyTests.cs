using System.Text.Json;
using Json.Schema;
using Pact.Schemas;

namespace Pact.Core.Tests.Schemas;

/// <summary>
/// validate reads artifacts on every core, so a freshly loaded catalog is evaluated from several threads at once. A
/// schema that resolved its references lazily, on its first evaluation, corrupted the dictionaries it shares with the
/// schemas it refers to (every later validation then threw, and `pact init` crashed with exit 70 in CI).
/// </summary>
public sealed class SchemaConcurrencyTests
{
    [Fact]
    public void AFreshCatalog_EvaluatedFromManyThreadsAtOnce_NeverThrows()
    {
        using var empty = JsonDocument.Parse("{}");
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var catalog = SchemaCatalog.Load();
            var schemas = catalog.Schemas.Values.ToArray();
            using var start = new Barrier(Math.Max(4, Environment.ProcessorCount * 2));
            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            var threads = Enumerable.Range(0, start.ParticipantCount).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    // Each thread walks the schemas in its own order, so first evaluations overlap.
                    foreach (var schema in schemas.Skip(t % schemas.Length).Concat(schemas.Take(t % schemas.Length)))
                    {
                        _ = schema.Evaluate(empty.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                    }
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.Empty(failures);
        }
    }
}
