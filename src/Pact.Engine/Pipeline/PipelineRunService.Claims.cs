using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

// How a run shares a project with host workers: the claims (pact claim's leases) it takes before each round.
public sealed partial class PipelineRunService
{
    /// <summary>
    /// Claims <paramref name="items"/> for this run, so host workers following <c>pact status</c> leave them alone;
    /// those a worker holds are left to it. Each claim lasts two of the implementer's time limits (at least the default
    /// 30 minutes), and is renewed with every round.
    /// </summary>
    private async Task<(List<(string Id, string? LastRun)> Mine, List<string> Held)> ClaimAsync(PipelineRun run, IReadOnlyList<(string Id, string? LastRun)> items, CancellationToken cancellationToken)
    {
        var minutes = (int)Math.Clamp(Math.Ceiling(run.For("pact_handoff").Timeout.TotalMinutes * 2), LeaseService.DefaultTtl.TotalMinutes, 24 * 60);
        var mine = new List<(string, string?)>();
        var held = new List<string>();
        foreach (var item in items)
        {
            var claim = await leases.ClaimAsync(run.Root, item.Id, Holder, $"{minutes}m", cancellationToken);
            if (claim.Ok)
            {
                run.Claimed.Add(item.Id);
                mine.Add(item);
            }
            else
            {
                held.Add(string.Join("; ", claim.Diagnostics.Select(d => d.Message)));
            }
        }

        return (mine, held);
    }

    private static (PipelineStop, string) HeldByWorkers(PipelineRun run, IReadOnlyList<string> held) =>
        (PipelineStop.Paused, $"the component(s) to implement next are claimed by other workers ({string.Join("; ", held)}): `pact run` leaves them to their holders; run again (or `pact resume {run.Root}`) once they are released or lapse");
}
