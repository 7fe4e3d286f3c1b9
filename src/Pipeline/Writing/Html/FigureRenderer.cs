using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using Pipeline.Links.Collect;

namespace Pipeline.Writing.Html;

/// <summary>
/// A figure: the scan with every recognised line's zone drawn over it, and the recognised lines beside
/// it, each with its confidence; a line below <see cref="LowConfidence"/> is marked in words as well as
/// colour. A line and its zone name each other (<c>data-pair</c>), so hovering or focusing either
/// highlights both.
/// </summary>
internal sealed class FigureRenderer(HtmlDom dom, FacsimileIndex facsimile, TeiTextRenderer text)
{
    /// <summary>
    /// Below this engine confidence a proofreader should compare the line with the scan. Tesseract's
    /// line confidences on clean print sit above 0.9; below 0.8 its errors become frequent.
    /// </summary>
    public const double LowConfidence = 0.8;

    public void Render(XElement figure, INode parent)
    {
        var box = dom.Append(parent, "figure", "figure");
        var id = TeiDocument.XmlId(figure);
        if (id is not null)
        {
            dom.Id(box, id);
        }

        var head = figure.Element(TeiDocument.Ns + "head");
        if (head is not null)
        {
            text.Inlines(head, dom.Append(box, "figcaption"), InlineMode.Text);
        }

        var body = dom.Append(box, "div", "figure-body");
        var surface = facsimile.Find((string?)figure.Attribute("facs"));
        var lines = dom.Element("div", "ocr");
        var lineCount = Lines(figure, lines, id ?? "figure", surface);
        Scan(figure, body, surface, head is null ? "figure" : TeiText.Of(head), lineCount > 0);
        Summary(lines, surface, lineCount);
        HtmlDom.Add(body, lines);

        foreach (var child in figure.Elements())
        {
            if (child.Name.LocalName is not ("head" or "graphic" or "p"))
            {
                text.Block(child, box, 3, inBody: false);
            }
        }
    }

    private void Scan(XElement figure, IElement parent, Surface? surface, string caption, bool paired)
    {
        var url = ((string?)figure.Element(TeiDocument.Ns + "graphic")?.Attribute("url") ?? "").Trim();
        if (url.Length == 0)
        {
            return;
        }

        var scan = dom.Append(parent, "div", "scan");
        if (!IsRelative(url))
        {
            // Only images beside the page are shown: nothing is fetched from the network or another scheme.
            dom.AppendText(scan, "p", "image not shown: " + url + " is not a path relative to this page", "scan-missing");
            return;
        }

        var image = dom.Append(scan, "img");
        image.Attr("src", url);
        image.Attr("alt", "Scan: " + caption);
        if (surface is null)
        {
            return;
        }

        image.Attr("width", surface.Width.ToString(CultureInfo.InvariantCulture));
        image.Attr("height", surface.Height.ToString(CultureInfo.InvariantCulture));
        foreach (var zone in surface.Zones)
        {
            var overlay = dom.Append(scan, "span", "zone");
            dom.Id(overlay, "zone-" + zone.Id);
            if (paired)
            {
                overlay.Attr("data-pair", "line-" + zone.Id);
            }

            var (left, top, right, bottom) = zone.Box;
            overlay.Attr("style", string.Create(CultureInfo.InvariantCulture,
                $"left:{Percent(left, surface.Width)}%;top:{Percent(top, surface.Height)}%;width:{Percent(right - left, surface.Width)}%;height:{Percent(bottom - top, surface.Height)}%"));
        }
    }

    /// <summary>The recognised lines: each <c>lb</c> starts one, in the figure's <c>p</c> or <c>ab</c> (one per region); returns how many.</summary>
    private int Lines(XElement figure, IElement parent, string figureId, Surface? surface)
    {
        var count = 0;
        IElement? list = null;
        var certainty = surface?.Zones.Where(z => z.Certainty is not null).ToDictionary(z => z.Id, z => z.Certainty!.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var paragraph in figure.Elements().Where(e => e.Name == TeiDocument.Ns + "p" || e.Name == TeiDocument.Ns + "ab"))
        {
            if (!paragraph.Elements(TeiDocument.Ns + "lb").Any())
            {
                text.Block(paragraph, parent, 3, inBody: false);
                continue;
            }

            list ??= dom.Append(parent, "ol", "ocr-lines");
            IElement? line = null;
            var first = true;
            foreach (var node in paragraph.Nodes())
            {
                if (node is XElement { Name.LocalName: "lb" } lb)
                {
                    line = Line(list, lb, first, figureId, ++count, certainty);
                    first = false;
                    continue;
                }

                line ??= Line(list, null, first, figureId, ++count, certainty);
                first = false;
                if (node is XText textNode)
                {
                    dom.Text(line, textNode.Value);
                }
                else if (node is XElement element)
                {
                    text.Inline(element, line, InlineMode.Text);
                }
            }
        }

        return count;
    }

    /// <summary>Starts a recognised line; returns the span its words go into.</summary>
    private IElement Line(IElement list, XElement? lb, bool startsParagraph, string figureId, int number, IReadOnlyDictionary<string, double> zoneCertainty)
    {
        var item = dom.Append(list, "li", startsParagraph ? "ocr-line ocr-para" : "ocr-line");
        var zone = (string?)lb?.Attribute("facs");
        dom.Id(item, zone is { Length: > 1 } && zone[0] == '#'
            ? "line-" + zone[1..]
            : figureId + "-line-" + number.ToString(CultureInfo.InvariantCulture));
        if (zone is { Length: > 1 } && zone[0] == '#')
        {
            item.Attr("data-pair", "zone-" + zone[1..]);
            item.Attr("tabindex", "0");
        }

        var words = dom.Append(item, "span", "line-text");
        // The confidence sits on the line's zone; older output put it on the lb.
        double? certainty = zone is { Length: > 1 } && zoneCertainty.TryGetValue(zone[1..], out var onZone) ? onZone
            : double.TryParse((string?)lb?.Attribute("cert"), NumberStyles.Float, CultureInfo.InvariantCulture, out var onLb) ? onLb : null;
        if (certainty is { } confidence)
        {
            var low = confidence < LowConfidence;
            if (low)
            {
                item.Attr("class", item.GetAttribute("class") + " low");
            }

            var percent = Math.Round(confidence * 100).ToString(CultureInfo.InvariantCulture);
            dom.AppendText(item, "span", low ? $"{percent} % – low confidence" : $"{percent} %", "cert");
        }

        return words;
    }

    private void Summary(IElement lines, Surface? surface, int lineCount)
    {
        var zones = surface?.Zones.Length ?? 0;
        var words = lineCount > 0
            ? $"Recognised text: {lineCount} lines; hover or focus a line to see its zone on the scan."
            : zones > 0
                ? $"{zones} recognised line zones are drawn on the scan; the text beside the figure is its reading text."
                : "No recognised text for this figure.";
        var summary = dom.Element("p", "ocr-summary");
        dom.Text(summary, words);
        HtmlDom.Insert(lines, summary, lines.FirstChild);
    }

    private static bool IsRelative(string url) =>
        !UrlNormalizer.HasScheme(url) && !url.StartsWith('/') && !url.StartsWith('\\') && !url.Split('/', '\\').Contains("..");

    private static string Percent(int value, int whole) => (100.0 * value / whole).ToString("0.###", CultureInfo.InvariantCulture);
}
