using System.Text;

namespace Pipeline.Batch;

/// <summary>
/// The one check a document id passes before anything is built from it: ids name the output file,
/// the image folder and the temporary files cleaned up before a conversion, so an id must be one
/// plain file name. <c>..</c> would climb out of the output folder, <c>*</c> would match other
/// documents' files, a leading dot would hide the output.
/// </summary>
internal static class DocumentIds
{
    /// <summary>Room for the longest name built from an id (<c>.&lt;id&gt;.xml.&lt;random&gt;.tmp</c>) within a 255-byte file name.</summary>
    private const int MaxBytes = 200;

    /// <summary>Characters a shell or a file-name pattern gives a meaning to, besides the separators.</summary>
    private static readonly char[] Special = ['/', '\\', '*', '?', '[', ']', ':', '"', '<', '>', '|'];

    /// <summary>Why <paramref name="id"/> cannot name a document's output, or null when it can.</summary>
    public static string? Problem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0)
        {
            return "the document has an empty name.";
        }

        if (id[0] == '.')
        {
            return $"'{id}' starts with a dot: as an output name it would be hidden, or ('.', '..') a folder.";
        }

        if (id.IndexOfAny(Special) >= 0 || id.Any(char.IsControl))
        {
            return $"'{id}' holds a character that file names or file-name patterns treat specially ({string.Join(' ', Special)} or a control character).";
        }

        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            return $"'{id}' starts or ends with white space.";
        }

        return Encoding.UTF8.GetByteCount(id) > MaxBytes
            ? $"the name '{id[..40]}…' is longer than {MaxBytes} bytes; its output file names would not fit."
            : null;
    }

    /// <summary>True when <paramref name="path"/> lies strictly inside <paramref name="root"/> (both full paths).</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length;
    }
}
