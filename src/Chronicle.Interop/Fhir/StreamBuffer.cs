namespace Chronicle.Interop.Fhir;

/// <summary>
/// A window over a stream that is read once, front to back: bytes are appended as the reader
/// needs them and dropped once consumed, so memory holds the largest single entry (or NDJSON
/// line), not the file. Also knows the line number of any position in the window.
/// </summary>
internal sealed class StreamBuffer(Stream stream, int initialSize)
{
    private byte[] _buffer = new byte[Math.Max(16, initialSize)];
    private int _start;
    private int _end;
    private int _cursor;
    private int _cursorLine = 1;

    /// <summary>Unconsumed bytes read so far.</summary>
    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Where <see cref="Data"/> starts in the file.</summary>
    public long Offset { get; private set; }

    /// <summary>The stream has no more bytes; <see cref="Data"/> is all that is left.</summary>
    public bool AtEnd { get; private set; }

    /// <summary>Reads the next chunk, growing the window when the unconsumed part fills it, and says how much came.</summary>
    public async ValueTask FillAsync(Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        if (_end == _buffer.Length)
        {
            var pending = _end - _start;
            var target = pending > _buffer.Length / 2 ? new byte[_buffer.Length * 2] : _buffer;
            _buffer.AsSpan(_start, pending).CopyTo(target);
            _buffer = target;
            _cursor -= _start;
            _end = pending;
            _start = 0;
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        AtEnd = read == 0;
        bytesRead?.Invoke(read);
    }

    /// <summary>Drops bytes the reader is done with.</summary>
    public void Consume(int count)
    {
        MoveCursor(_start + count);
        _start += count;
        Offset += count;
    }

    /// <summary>The 1-based line a position of <see cref="Data"/> is on.</summary>
    public int LineAt(int offsetInData)
    {
        MoveCursor(_start + offsetInData);
        return _cursorLine;
    }

    private void MoveCursor(int target)
    {
        if (target >= _cursor)
        {
            _cursorLine += _buffer.AsSpan(_cursor, target - _cursor).Count((byte)'\n');
        }
        else
        {
            _cursorLine -= _buffer.AsSpan(target, _cursor - target).Count((byte)'\n');
        }

        _cursor = target;
    }
}
