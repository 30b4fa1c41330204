using System;
using System.IO;
using System.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Where a records CSV parser reads its UTF-8 bytes from: a stream (UTF-8 as it is; UTF-16 or UTF-32 with a byte-order
/// mark transcoded on the way), text already decoded (encoded back to UTF-8 a block at a time), or a byte range of a file or
/// of memory (one part of a file read on several cores).
/// </summary>
internal abstract class Utf8Input
{
    /// <summary>Reads up to <c>into.Length</c> bytes; returns how many, 0 at the end.</summary>
    internal abstract int Read(Span<byte> into);

    /// <summary>The bytes of a stream from its current position, as UTF-8 (see <see cref="Encoded"/>).</summary>
    internal static Utf8Input Of(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        int got = 0;
        while (got < head.Length)
        {
            int read = stream.Read(head[got..]);
            if (read == 0)
            {
                break;
            }
            got += read;
        }
        (Encoding? encoding, int mark) = Encoded(head[..got]);
        var rest = new PrefixedStream(head[mark..got].ToArray(), stream);
        // Text in UTF-16 or UTF-32 (a file saved by an editor that marks it) is read as it always was: decoded, here
        // straight into UTF-8.
        return new StreamInput(encoding is null ? rest : Encoding.CreateTranscodingStream(rest, encoding, Encoding.UTF8, leaveOpen: true));
    }

    /// <summary>
    /// What a byte-order mark at the start of <paramref name="head"/> says: <c>(null, 3)</c> for UTF-8's mark,
    /// <c>(null, 0)</c> for none (UTF-8 is assumed), the encoding and the mark's length for UTF-16 and UTF-32.
    /// </summary>
    internal static (Encoding? Encoding, int Mark) Encoded(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => (null, 0),
    };

    /// <summary>Text already decoded, as UTF-8 (an unpaired surrogate becomes U+FFFD, as a decoder would make of bad bytes).</summary>
    internal static Utf8Input Of(TextReader reader) => new TextInput(reader);

    /// <summary>The bytes <paramref name="start"/> to <paramref name="end"/> (exclusive) of a file or of memory, read at their offsets (one part of a file read on several cores).</summary>
    internal static Utf8Input Of(ReadAt read, long start, long end) => new RangeInput(read, start, end);

    /// <summary>Reads at an offset of a file or of memory, into the start of <c>into</c>; returns how many bytes, 0 at the end. Safe to call from several threads at once.</summary>
    internal delegate int ReadAt(Span<byte> into, long offset);

    /// <summary>These bytes, each added to <paramref name="fingerprint"/> at its place in the text as it is read
    /// (<paramref name="position"/> is the place of the first).</summary>
    internal Utf8Input Fingerprinted(ContentFingerprint fingerprint, long position) => new FingerprintedInput(this, fingerprint, position);

    private sealed class FingerprintedInput(Utf8Input inner, ContentFingerprint fingerprint, long position) : Utf8Input
    {
        private long _at = position;

        internal override int Read(Span<byte> into)
        {
            int got = inner.Read(into);
            fingerprint.Add(into[..got], _at);
            _at += got;
            return got;
        }
    }

    private sealed class StreamInput(Stream stream) : Utf8Input
    {
        internal override int Read(Span<byte> into) => stream.Read(into);
    }

    private sealed class TextInput(TextReader reader) : Utf8Input
    {
        private readonly char[] _chars = new char[1 << 14];
        private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
        private int _start;
        private int _end;
        private bool _done;

        internal override int Read(Span<byte> into)
        {
            while (true)
            {
                if (_start == _end && !_done)
                {
                    _end = reader.Read(_chars, 0, _chars.Length);
                    _start = 0;
                    _done = _end == 0;
                }
                // A character takes at most three bytes (a surrogate pair four, for two characters).
                int chars = Math.Min(_end - _start, into.Length / 3);
                if (chars == 0 && !_done && _start < _end)
                {
                    throw new ArgumentException("The buffer is too small to take one character.", nameof(into));
                }
                _encoder.Convert(_chars.AsSpan(_start, chars), into, flush: _done, out int used, out int written, out _);
                _start += used;
                if (written > 0 || _done)
                {
                    return written;
                }
            }
        }
    }

    private sealed class RangeInput(ReadAt read, long start, long end) : Utf8Input
    {
        private long _at = start;

        internal override int Read(Span<byte> into)
        {
            int wanted = (int)Math.Min(into.Length, end - _at);
            if (wanted <= 0)
            {
                return 0;
            }
            int got = read(into[..wanted], _at);
            _at += got;
            return got;
        }
    }

    /// <summary>A stream whose first bytes were already read: those, then the rest.</summary>
    private sealed class PrefixedStream(byte[] first, Stream rest) : Stream
    {
        private int _firstAt;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_firstAt < first.Length)
            {
                int count = Math.Min(buffer.Length, first.Length - _firstAt);
                first.AsSpan(_firstAt, count).CopyTo(buffer);
                _firstAt += count;
                return count;
            }
            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
