using System.Text.Json;
using Json.Schema;
using Pact.Schemas;

namespace Pact.Core.Tests.Schemas;

/// <summary>
/// validate reads artifacts on every core, so a fresh catalog is used from several threads at once: some threads build
/// a group of schemas while others evaluate the groups already built. A schema that resolved its references lazily, on
/// its first evaluation, corrupted the dictionaries it shares with the schemas it refers to (every later validation then
/// threw, and `pact init` crashed with exit 70 in CI).
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
            var kinds = Enum.GetValues<ArtifactKind>();
            using var start = new Barrier(Math.Max(4, Environment.ProcessorCount * 2));
            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            var threads = Enumerable.Range(0, start.ParticipantCount).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    // Each thread walks the kinds in its own order, so builds and first evaluations overlap.
                    foreach (var kind in kinds.Skip(t * 5 % kinds.Length).Concat(kinds.Take(t * 5 % kinds.Length)))
                    {
                        _ = catalog.Schema(kind).Evaluate(empty.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
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
