using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes a figure: caption, image, and the recognised text line by line, each line pointing to
/// its zone in the facsimile and carrying the engine's confidence.
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

    public void Write(Figure figure)
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

        if (!figure.Caption.IsDefaultOrEmpty)
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

    private void WriteLines(Figure figure, Transcription transcription)
    {
        var number = 0;
        foreach (var paragraph in transcription.Paragraphs.OrEmpty())
        {
            if (paragraph.Lines.IsDefaultOrEmpty)
            {
                continue;
            }

            _xml.OpenMixed("p");
            foreach (var line in paragraph.Lines)
            {
                number++;
                _xml.OpenInline("lb");
                _xml.Attribute("facs", TeiIds.Pointer(FigureZones.ZoneId(figure, number)));
                if (double.IsFinite(line.Confidence))
                {
                    _xml.Attribute("cert", TeiXml.Number(line.Confidence));
                }

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
