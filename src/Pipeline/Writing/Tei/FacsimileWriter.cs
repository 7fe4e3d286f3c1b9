using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>facsimile</c>: one surface per figure whose recognised text is written, one zone per
/// recognised line, so each line's <c>lb facs</c> can say where on the image it was read. The
/// image itself is the figure's <c>graphic</c>, given once; the surface spans its pixels and each
/// zone carries the engine's confidence for its line, with the pipeline as who assigned it.
/// </summary>
internal sealed class FacsimileWriter
{
    private readonly TeiXml _xml;

    public FacsimileWriter(TeiXml xml) => _xml = xml;

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

        var number = 0;
        foreach (var line in FigureZones.WrittenLines(transcription))
        {
            number++;
            _xml.OpenEmpty("zone");
            _xml.XmlId(FigureZones.ZoneId(figure, number));
            WriteBox(line.Box);
            if (double.IsFinite(line.Confidence))
            {
                _xml.Attribute("cert", TeiXml.Number(Math.Clamp(line.Confidence, 0, 1)));
                _xml.Attribute("resp", TeiIds.Pointer(TeiIds.Application));
            }

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
