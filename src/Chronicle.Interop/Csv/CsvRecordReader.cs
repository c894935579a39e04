namespace Chronicle.Interop.Csv;

using System.Globalization;
using System.Text;

/// <summary>
/// Streams the records of an RFC 4180 file: comma-separated, fields optionally in double quotes
/// (a quoted field may hold commas, doubled quotes and line breaks), records ended by CRLF, LF or
/// CR. UTF-8 with or without a byte-order mark; bytes that are not UTF-8 stop the reader with an
/// error instead of being replaced silently. Blank lines are skipped. Each record carries the
/// physical line it starts on, so a field error after a multi-line field still names the right line.
/// Malformed input never throws: it comes back as a record with <see cref="CsvRecord.Error"/>.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    /// <summary>Longest record accepted; longer almost always means a quote was never closed.</summary>
    public const int MaxRecordLength = 1 << 20;

    // With a preamble, StreamReader strips a leading BOM itself; BOM detection is off because it
    // would swap in Encoding.UTF8, which replaces bad bytes silently instead of failing.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private bool _endOfInput;
    private bool _stopped;
    private int _line = 1;
    private bool _previousWasCr;
    private State _state;
    private int _recordLine;
    private int _quoteLine;
    private int _recordLength;
    private string? _recordError;

    public CsvRecordReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen);
    }

    private enum State
    {
        BetweenRecords,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        SkipToLineEnd,
    }

    /// <summary>The total size in bytes when the stream knows it, for progress; otherwise null.</summary>
    public long? Length => _stream.CanSeek ? _stream.Length : null;

    /// <summary>How far into the stream the reader has got, in bytes (buffer-grained), when it can tell.</summary>
    public long BytesRead => _stream.CanSeek ? _stream.Position : 0;

    /// <summary>The next record, or null at the end of the input.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_stopped)
        {
            return null;
        }

        while (true)
        {
            if (_position == _length && !_endOfInput)
            {
                var fatal = await FillAsync(cancellationToken);
                if (fatal is not null)
                {
                    return fatal;
                }
            }

            if (_position == _length)
            {
                return EndOfInput();
            }

            var record = Scan();
            if (record is not null)
            {
                return record;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private async ValueTask<CsvRecord?> FillAsync(CancellationToken cancellationToken)
    {
        try
        {
            _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
            _position = 0;
            _endOfInput = _length == 0;
            return null;
        }
        catch (DecoderFallbackException)
        {
            return Stop(_state == State.BetweenRecords ? _line : _recordLine, $"The file is not UTF-8 text: an invalid byte sequence follows line {_line.ToString(CultureInfo.InvariantCulture)}. Save it as UTF-8 (CSV UTF-8) and import it again.");
        }
    }

    /// <summary>Consumes buffered characters until a record ends or the buffer runs out.</summary>
    private CsvRecord? Scan()
    {
        while (_position < _length)
        {
            var c = _buffer[_position++];
            var lineStart = _line;
            CountLine(c);

            if (_state == State.BetweenRecords)
            {
                if (c is '\r' or '\n')
                {
                    continue;
                }

                _recordLine = lineStart;
                _state = State.FieldStart;
            }

            if (++_recordLength > MaxRecordLength)
            {
                return Stop(_recordLine, $"The record starting on line {_recordLine.ToString(CultureInfo.InvariantCulture)} is longer than {MaxRecordLength.ToString("N0", CultureInfo.InvariantCulture)} characters; a closing quote is probably missing.");
            }

            var record = Step(c, lineStart);
            if (record is not null)
            {
                return record;
            }
        }

        return null;
    }

    private CsvRecord? Step(char c, int lineOfChar)
    {
        switch (_state)
        {
            case State.FieldStart when c == '"':
                _state = State.Quoted;
                _quoteLine = lineOfChar;
                return null;
            case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == ',':
                EndField();
                _state = State.FieldStart;
                return null;
            case State.FieldStart or State.Unquoted or State.QuoteInQuoted or State.SkipToLineEnd when c is '\r' or '\n':
                return EndRecord();
            case State.FieldStart or State.Unquoted when c == '"':
                return Malformed("a quote appears inside an unquoted field; quote the whole field and double the quotes inside it (\"say \"\"hi\"\"\")");
            case State.FieldStart or State.Unquoted:
                _field.Append(c);
                _state = State.Unquoted;
                return null;
            case State.Quoted when c == '"':
                _state = State.QuoteInQuoted;
                return null;
            case State.Quoted:
                _field.Append(c);
                return null;
            case State.QuoteInQuoted when c == '"':
                _field.Append('"');
                _state = State.Quoted;
                return null;
            case State.QuoteInQuoted:
                return Malformed($"text follows the closing quote of field {(_fields.Count + 1).ToString(CultureInfo.InvariantCulture)}; a quoted field must end at a comma or the end of the line");
            default:
                return null;
        }
    }

    private CsvRecord? Malformed(string reason)
    {
        _recordError ??= char.ToUpperInvariant(reason[0]) + reason[1..] + ".";
        _state = State.SkipToLineEnd;
        return null;
    }

    private CsvRecord? EndOfInput()
    {
        _stopped = true;
        return _state switch
        {
            State.BetweenRecords => null,
            State.Quoted => Stop(_recordLine, $"The quoted field that opens on line {_quoteLine.ToString(CultureInfo.InvariantCulture)} is never closed."),
            _ => EndRecord(),
        };
    }

    private CsvRecord? EndRecord()
    {
        EndField();
        var fields = _fields.ToArray();
        var error = _recordError;
        var line = _recordLine;
        _fields.Clear();
        _recordError = null;
        _recordLength = 0;
        _state = State.BetweenRecords;

        // A line holding only spaces is as blank as an empty one.
        if (error is null && fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]))
        {
            return null;
        }

        return new CsvRecord(line, fields) { Error = error };
    }

    private CsvRecord Stop(int line, string reason)
    {
        _stopped = true;
        _position = _length;
        _endOfInput = true;
        return new CsvRecord(line, []) { Error = reason, IsFatal = true };
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
    }

    // CRLF is one line break; a lone CR or a lone LF is one too.
    private void CountLine(char c)
    {
        if (c == '\r' || (c == '\n' && !_previousWasCr))
        {
            _line++;
        }

        _previousWasCr = c == '\r';
    }
}
