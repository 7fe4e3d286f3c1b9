namespace Pipeline.Links.Collect;

/// <summary>Where URLs live in the TEI the writer produces, shared by the collector and the annotator.</summary>
internal static class TeiLinkShape
{
    public const string TeiNamespace = "http://www.tei-c.org/ns/1.0";

    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The type given to the pointer the annotator adds beside a link.</summary>
    public const string ArchiveType = "archive";

    /// <summary>Elements whose <c>@target</c> holds URLs.</summary>
    public static bool IsPointer(string localName) => localName is "ref" or "ptr";

    /// <summary>Elements that make up one citation: its text is searched for URLs and an access date.</summary>
    public static bool IsCitationContext(string localName) => localName is "note" or "bibl" or "biblStruct";

    /// <summary>Splits a <c>@target</c> value (a space-separated list of pointers) into the ones that are absolute URIs.</summary>
    public static IEnumerable<string> TargetUris(string? target) =>
        (target ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(UrlNormalizer.HasScheme);

    /// <summary>Describes a citation element for the report: <c>note 51</c>, <c>bibliography getty2000</c>.</summary>
    public static string Describe(string localName, string? n, string? id)
    {
        var kind = localName == "note" ? "note" : "bibliography";
        var label = localName == "note" ? n ?? id : id ?? n;
        return label is null ? kind : $"{kind} {label}";
    }

    /// <summary>Names a division by its id (<c>appendix-2</c>), with its type when the id does not say it; null without an id.</summary>
    public static string? DescribeDivision(string? type, string? id) =>
        id is null ? null
        : type is null || id.StartsWith(type, StringComparison.OrdinalIgnoreCase) ? id
        : $"{type} {id}";

    /// <summary>Names a place outside any citation element.</summary>
    public static string? Section(string localName) => localName switch
    {
        "teiHeader" => "header",
        "front" => "front",
        "body" => "body",
        "back" => "back",
        _ => null,
    };
}
