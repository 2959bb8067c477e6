namespace Pact.Engine.Judge.Processes;

/// <summary>Drains a stream to its end, keeping only the first <c>cap</c> bytes: a test printing gigabytes costs time, not memory.</summary>
internal static class CappedReader
{
    public static async Task<(string Text, bool Truncated)> ReadAsync(Stream stream, int cap, CancellationToken cancellationToken)
    {
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        var truncated = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var room = cap - (int)kept.Length;
                if (room > 0)
                {
                    kept.Write(buffer, 0, Math.Min(room, read));
                }

                truncated |= read > room;
            }
        }
        catch (OperationCanceledException)
        {
            // The caller gave up on the stream (a grandchild kept the pipe open); keep what arrived.
        }
        catch (IOException)
        {
            // The pipe broke when the tree was killed; keep what arrived.
        }

        return (Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), truncated);
    }
}
