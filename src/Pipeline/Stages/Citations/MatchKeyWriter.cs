using System.Globalization;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Writes a <see cref="MatchKey"/> a piece of text at a time: the key of a text is what the key of
/// its pieces, appended in order, leaves in the buffer, so the keys of a run of words and of each of
/// its opening runs cost one pass instead of one pass each.
/// </summary>
internal ref struct MatchKeyWriter
{
    private readonly Span<char> _buffer;
    private bool _pendingSpace;

    /// <param name="buffer">At least <see cref="MatchKey.Room"/> of all the text appended.</param>
    public MatchKeyWriter(Span<char> buffer) => _buffer = buffer;

    /// <summary>The length of the key written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The key of everything appended so far.</summary>
    public readonly ReadOnlySpan<char> Written => _buffer[..Length];

    public void Append(ReadOnlySpan<char> value)
    {
        // Each character gives at most itself or one space, except "&", which becomes " and" and
        // leaves a space pending for the next word.
        var buffer = _buffer;
        var length = Length;
        var pendingSpace = _pendingSpace;
        foreach (var c in value)
        {
            // Most text is ASCII, whose letters fold only in case and whose marks are none: the
            // general test below gives the same for it, a category look-up per character dearer.
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (pendingSpace && length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    pendingSpace = false;
                    buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    continue;
                }

                if (c is not ('\'' or '&'))
                {
                    pendingSpace = true;
                    continue;
                }
            }

            if (c is '’' or '\'' or 'ʼ' || (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = DiacriticFolding.Fold(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                if (length > 0)
                {
                    buffer[length++] = ' ';
                }

                "and".AsSpan().CopyTo(buffer[length..]);
                length += 3;
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        Length = length;
        _pendingSpace = pendingSpace;
    }
}
