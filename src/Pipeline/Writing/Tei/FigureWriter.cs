using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes a figure: caption, image, and the recognised text region by region, each line pointing
/// to its zone in the facsimile.
/// </summary>
internal sealed class FigureWriter
{
    private readonly TeiXml _xml;
    private readonly InlineWriter _inlines;
    private readonly ImageUrls _urls;

    public FigureWriter(TeiXml xml, InlineWriter inlines, ImageUrls urls)
    {
        _xml = xml;
        _inlines = inlines;
        _urls = urls;
    }

    /// <param name="figure">The figure.</param>
    /// <param name="omitHead">True when the enclosing division's head already gives the caption.</param>
    public void Write(Figure figure, bool omitHead)
    {
        var hasSurface = FigureZones.HasSurface(figure);
        _xml.OpenBlock("figure");
        if (!string.IsNullOrWhiteSpace(figure.Id))
        {
            _xml.XmlId(figure.Id);
        }

        if (hasSurface)
        {
            _xml.Attribute("facs", TeiIds.Pointer(FigureZones.SurfaceId(figure)));
        }

        if (!omitHead && !figure.Caption.IsDefaultOrEmpty)
        {
            _xml.OpenMixed("head");
            _inlines.Write(figure.Caption, InlineContext.Plain);
            _xml.CloseMixed();
        }

        _xml.OpenEmpty("graphic");
        _xml.Attribute("url", _urls.For(figure));
        _xml.Close();

        switch (figure.Transcription)
        {
            case { Status: TranscriptionStatus.NotTranscribed } failed:
                _xml.TextElement("figDesc", "Not transcribed: " + (string.IsNullOrWhiteSpace(failed.Problem) ? "no reason recorded." : failed.Problem));
                break;
            case { ReadingText: ReadingTextSource.Ocr } transcription when hasSurface:
                WriteLines(figure, transcription);
                break;
            default:
                // No transcription yet, or the scrape already holds the reading text: the image is enough.
                break;
        }

        _xml.CloseBlock();
    }

    /// <summary>
    /// One <c>ab</c> per layout region; each line opens with an <c>lb</c> pointing to its zone,
    /// after a line break in the text so that words of two lines never run together.
    /// </summary>
    private void WriteLines(Figure figure, Transcription transcription)
    {
        var number = 0;
        foreach (var paragraph in transcription.Paragraphs.OrEmpty())
        {
            if (paragraph.Lines.IsDefaultOrEmpty)
            {
                continue;
            }

            _xml.OpenMixed("ab");
            var first = true;
            foreach (var line in paragraph.Lines)
            {
                number++;
                if (!first && !line.ContinuesWord)
                {
                    _xml.Text("\n");
                }

                first = false;
                _xml.OpenInline("lb");
                _xml.Attribute("facs", TeiIds.Pointer(FigureZones.ZoneId(figure, number)));
                if (line.ContinuesWord)
                {
                    _xml.Attribute("break", "no");
                }

                _xml.Close();
                _xml.Text(line.Text);
            }

            _xml.CloseMixed();
        }
    }
}
