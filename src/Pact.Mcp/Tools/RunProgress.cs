using Pact.Engine.Judge.Runs;

namespace Pact.Mcp.Tools;

/// <summary>
/// Sends a progress notification per finished suite while a judge command runs, when the client asked for progress
/// (a progressToken). The notifications are awaited before the tool returns, so none arrives after the result.
/// </summary>
internal static class RunProgress
{
    public static async Task<T> AroundAsync<T>(McpServer server, RequestContext<CallToolRequestParams> context, Func<IProgress<SuiteProgressEvent>?, Task<T>> call, CancellationToken cancellationToken)
    {
        if (context.Params?.ProgressToken is not { } token)
        {
            return await call(null);
        }

        var sent = new List<Task>();
        var gate = new Lock();
        var progress = new ProgressAction<SuiteProgressEvent>(run =>
        {
            var message = $"{run.ComponentId} ({run.Kind.ToString().ToLowerInvariant()}): {run.Status.ToString().ToLowerInvariant()}, {run.Passed}/{run.Total} passed";
            var notification = server.NotifyProgressAsync(token, new ProgressNotificationValue { Progress = run.Done, Message = message }, cancellationToken: cancellationToken);
            lock (gate)
            {
                sent.Add(notification);
            }
        });
        var result = await call(progress);

        Task[] pending;
        lock (gate)
        {
            pending = [.. sent];
        }

        await Task.WhenAll(pending);
        return result;
    }
}
