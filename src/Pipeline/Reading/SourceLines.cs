using System.Text;
using Pipeline.Diagnostics;

namespace Pipeline.Reading;

/// <summary>
/// Splits decoded text into lines with one line-end convention and without characters XML 1.0 cannot
/// carry, so every later stage can trust its input.
/// </summary>
internal static class SourceLines
{
    /// <summary>Normalises CRLF and CR to LF, drops a leading byte-order mark and splits into lines.</summary>
    public static string[] Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalised.Length > 0 && normalised[0] == '\uFEFF')
        {
            normalised = normalised[1..];
        }

        return normalised.Split('\n');
    }

    /// <summary>
    /// Removes characters illegal in XML 1.0 (C0 controls other than tab, U+FFFE, U+FFFF, lone
    /// surrogates) from every line, with a warning naming the line.
    /// </summary>
    public static void RemoveIllegalCharacters(string[] lines, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var (clean, removed) = Clean(lines[i]);
            if (removed > 0)
            {
                lines[i] = clean;
                diagnostics.Warning(
                    ReadingCodes.IllegalCharacter,
                    i + 1,
                    $"removed {removed} character(s) that XML 1.0 does not allow on line {i + 1}");
            }
        }
    }

    private static (string Clean, int Removed) Clean(string line)
    {
        var firstBad = FirstIllegal(line);
        if (firstBad < 0)
        {
            return (line, 0);
        }

        var builder = new StringBuilder(line.Length);
        builder.Append(line, 0, firstBad);
        var removed = 0;
        for (var i = firstBad; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                builder.Append(c).Append(line[i + 1]);
                i++;
            }
            else if (IsLegalSingle(c))
            {
                builder.Append(c);
            }
            else
            {
                removed++;
            }
        }

        return (builder.ToString(), removed);
    }

    private static int FirstIllegal(string line)
    {
        var i = 0;
        while (true)
        {
            // Lines are almost always clean: a vectorised search skips to the next character outside
            // the range that is legal throughout (tabs, surrogates and the last block are checked one by one).
            var next = line.AsSpan(i).IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                i += 2;
                continue;
            }

            if (!IsLegalSingle(c))
            {
                return i;
            }

            i++;
        }
    }

    private static bool IsLegalSingle(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < '\u0020' => false,
            '\uFFFE' or '\uFFFF' => false,
            _ => !char.IsSurrogate(c),
        };
}
