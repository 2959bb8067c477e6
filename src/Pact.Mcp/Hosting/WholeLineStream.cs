namespace Pact.Mcp.Hosting;

/// <summary>A write-only stream that holds bytes until a newline, then hands the whole line to the <see cref="LineGuard"/>.</summary>
internal sealed class WholeLineStream(LineGuard guard) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var rest = buffer;
        while (rest.Span.IndexOf((byte)'\n') is var newline and >= 0)
        {
            _pending.Write(rest.Span[..(newline + 1)]);
            await guard.WriteLineAsync(_pending.ToArray(), cancellationToken);
            _pending.SetLength(0);
            rest = rest[(newline + 1)..];
        }

        _pending.Write(rest.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
