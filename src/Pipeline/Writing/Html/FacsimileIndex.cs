using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace Pipeline.Writing.Html;

/// <summary>The TEI facsimile's surfaces by id: image size and the zones of the recognised lines.</summary>
internal sealed class FacsimileIndex
{
    // A plain dictionary: built for one page and asked once per figure (see BibliographyIndex).
    private readonly Dictionary<string, Surface> _surfaces;

    private FacsimileIndex(Dictionary<string, Surface> surfaces) => _surfaces = surfaces;

    public static FacsimileIndex From(TeiLookups lookups)
    {
        var surfaces = new Dictionary<string, Surface>(StringComparer.Ordinal);
        foreach (var surface in lookups.Surfaces)
        {
            if (TeiDocument.XmlId(surface) is not { Length: > 0 } id)
            {
                continue;
            }

            var zones = surface.Elements(TeiDocument.Ns + "zone")
                .Select(zone => (Id: TeiDocument.XmlId(zone), Box: Box(zone), Cert: Certainty(zone)))
                .Where(zone => zone.Id is not null && zone.Box is not null)
                .Select(zone => new Zone(zone.Id!, zone.Box!.Value, zone.Cert))
                .ToImmutableArray();
            var size = Box(surface);
            if (size is { } box && box.Right > box.Left && box.Bottom > box.Top)
            {
                surfaces.TryAdd(id, new Surface(box.Right - box.Left, box.Bottom - box.Top, zones));
            }
        }

        return new FacsimileIndex(surfaces);
    }

    public Surface? Find(string? pointer) =>
        pointer is { Length: > 1 } && pointer[0] == '#' && _surfaces.TryGetValue(pointer[1..], out var surface) ? surface : null;

    private static (int Left, int Top, int Right, int Bottom)? Box(XElement element)
    {
        var ulx = Number(element, "ulx");
        var uly = Number(element, "uly");
        var lrx = Number(element, "lrx");
        var lry = Number(element, "lry");
        return ulx is null || uly is null || lrx is null || lry is null ? null : (ulx.Value, uly.Value, lrx.Value, lry.Value);
    }

    /// <summary>The recogniser's confidence in the zone's line, 0 to 1, where the TEI gives one.</summary>
    private static double? Certainty(XElement zone) =>
        double.TryParse((string?)zone.Attribute("cert"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Number(XElement element, string name) =>
        int.TryParse((string?)element.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>An image surface: its size in pixels and its zones.</summary>
internal sealed record Surface(int Width, int Height, ImmutableArray<Zone> Zones);

internal sealed record Zone(string Id, (int Left, int Top, int Right, int Bottom) Box, double? Certainty = null);
