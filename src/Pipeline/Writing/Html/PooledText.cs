using System.Buffers;
using System.Text;

namespace Pipeline.Writing.Html;

/// <summary>
/// Characters appended into a buffer rented from the shared pool, grown by renting a larger one. A
/// page's text is larger than the large-object threshold: kept in a pooled buffer, it does not make the
/// collector run a full collection for every page, as fresh buffers of that size would.
/// </summary>
internal sealed class PooledText : IDisposable
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);
    private char[] _buffer;
    private int _length;

    public PooledText(int capacity) => _buffer = ArrayPool<char>.Shared.Rent(capacity);

    public PooledText Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
        return this;
    }

    public PooledText Append(string? text) => Append(text.AsSpan());

    public PooledText Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    public byte[] ToUtf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var bytes = new byte[Encoding.GetByteCount(text)];
        Encoding.GetBytes(text, bytes);
        return bytes;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
