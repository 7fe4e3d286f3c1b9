using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Language;
using Pipeline.Model;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A list of figure captions printed after the endnotes (journals set an article's plates at its
/// end, under a head such as "Figures"). Its head is a line that holds one display label word
/// (<see cref="DisplayLabels"/>, any language of the table) and nothing else, capitalised, standing
/// at a page's top or after a blank line; it ends the last endnote. The captions after it, to the
/// next back-matter head or the text's end, are not the essay's text: they become an appendix of
/// their own, one paragraph a caption (a caption starts with a label and its number, or after a
/// blank line under a sentence end).
/// </summary>
internal static class FigureList
{
    public static bool IsHeading(TextLine line, bool pageTop)
    {
        var text = line.Text;
        return (pageTop || line.AfterBlank) && text.Length > 1 && char.IsUpper(text[0])
            && text.All(char.IsLetter) && DisplayLabels.IsLabel(text);
    }

    /// <summary>The appendix that holds the list under <paramref name="heading"/>.</summary>
    public static Division Build(TextLine heading, List<TextLine> lines, int page)
    {
        var captions = ImmutableArray.CreateBuilder<Block>();
        var current = new List<TextLine>();
        void Close()
        {
            if (current.Count == 0)
            {
                return;
            }

            var content = ImmutableArray.CreateBuilder<Inline>(current.Count * 2);
            for (var i = 0; i < current.Count; i++)
            {
                if (i > 0)
                {
                    content.Add(new LineEnd(LineEndKind.Soft, current[i - 1].Number));
                }

                content.Add(new Text(current[i].Text));
            }

            captions.Add(new Paragraph(content.ToImmutable(), new SourceSpan(current[0].Number, current[^1].Number, page)));
            current.Clear();
        }

        foreach (var line in lines)
        {
            if (current.Count > 0 && (StartsCaption(line.Text) || (line.AfterBlank && ParagraphLines.EndsSentence(current[^1].Text))))
            {
                Close();
            }

            current.Add(line);
        }

        Close();
        var span = new SourceSpan(heading.Number, lines.Count > 0 ? lines[^1].Number : heading.Number, page);
        var head = new Heading(2, [new Text(heading.Text)], new SourceSpan(heading.Number, heading.Number, page));
        return new Division(DivisionKind.Appendix, "figures", head, captions.ToImmutable(), span);
    }

    /// <summary>True when <paramref name="text"/> opens with a display label and a number ("Figure 2:", "Fig. 3.").</summary>
    private static bool StartsCaption(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !DisplayLabels.IsLabel(text[..space].TrimEnd('.')))
        {
            return false;
        }

        var number = new string([.. text[(space + 1)..].TakeWhile(char.IsDigit)]);
        return number.Length > 0 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
