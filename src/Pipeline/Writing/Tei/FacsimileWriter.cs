using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>facsimile</c>: one surface per transcribed image, one zone per recognised line, so the
/// figure's <c>lb facs</c> pointers can say where on the image each line was read.
/// </summary>
internal sealed class FacsimileWriter
{
    private readonly TeiXml _xml;
    private readonly ImageUrls _urls;

    public FacsimileWriter(TeiXml xml, ImageUrls urls)
    {
        _xml = xml;
        _urls = urls;
    }

    public void Write(Document document)
    {
        var figures = FigureZones.All(document.Blocks.OrEmpty()).Where(FigureZones.HasSurface).ToList();
        if (figures.Count == 0)
        {
            return;
        }

        _xml.OpenBlock("facsimile");
        foreach (var figure in figures)
        {
            WriteSurface(figure, figure.Transcription!);
        }

        _xml.CloseBlock();
    }

    private void WriteSurface(Figure figure, Transcription transcription)
    {
        _xml.OpenBlock("surface");
        _xml.XmlId(FigureZones.SurfaceId(figure));
        WriteBox(new PixelBox(0, 0, Math.Max(0, transcription.ImageWidth), Math.Max(0, transcription.ImageHeight)));

        _xml.OpenEmpty("graphic");
        _xml.Attribute("url", _urls.For(figure));
        if (transcription.ImageWidth > 0 && transcription.ImageHeight > 0)
        {
            _xml.Attribute("width", TeiXml.Integer(transcription.ImageWidth) + "px");
            _xml.Attribute("height", TeiXml.Integer(transcription.ImageHeight) + "px");
        }

        _xml.Close();

        var number = 0;
        foreach (var line in transcription.Paragraphs.OrEmpty().SelectMany(p => p.Lines.OrEmpty()))
        {
            number++;
            _xml.OpenEmpty("zone");
            _xml.XmlId(FigureZones.ZoneId(figure, number));
            WriteBox(line.Box);
            _xml.Close();
        }

        _xml.CloseBlock();
    }

    private void WriteBox(PixelBox box)
    {
        _xml.Attribute("ulx", TeiXml.Integer(Math.Max(0, box.Left)));
        _xml.Attribute("uly", TeiXml.Integer(Math.Max(0, box.Top)));
        _xml.Attribute("lrx", TeiXml.Integer(Math.Max(0, box.Right)));
        _xml.Attribute("lry", TeiXml.Integer(Math.Max(0, box.Bottom)));
    }
}
