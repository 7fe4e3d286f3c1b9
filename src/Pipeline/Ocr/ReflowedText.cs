using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>Recognised lines grouped into paragraphs and de-hyphenated, and the running text they read as.</summary>
public sealed record ReflowedText(ImmutableArray<TranscribedParagraph> Paragraphs)
{
    /// <summary>Paragraphs separated by blank lines; lines joined by a space, or directly where a word continues.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Select(ParagraphText));

    /// <summary>The running text of one paragraph.</summary>
    public static string ParagraphText(TranscribedParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var builder = new System.Text.StringBuilder();
        foreach (var line in paragraph.Lines)
        {
            if (builder.Length > 0 && !line.ContinuesWord)
            {
                builder.Append(' ');
            }

            builder.Append(line.Text);
        }

        return builder.ToString();
    }
}
