using System.Xml.Linq;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// A TEI document whose text and attribute values try to become markup or script: a note holding
/// <c>&lt;script&gt;</c>, pointers to <c>javascript:</c> URLs, quotes that would end an attribute.
/// Every attempt sets <c>window.pwned</c> if it ever runs.
/// </summary>
internal static class HostileTei
{
    public const string ScriptText = "<script>window.pwned=2</script><img src=x onerror=\"window.pwned=3\">";

    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static XDocument Create() => new(new XElement(Tei + "TEI",
        new XElement(Tei + "teiHeader",
            new XElement(Tei + "fileDesc",
                new XElement(Tei + "titleStmt",
                    new XElement(Tei + "title", "\"><script>window.pwned=1</script> & 'quotes'"),
                    new XElement(Tei + "author", new XElement(Tei + "persName", "O'Brien \"<b>bold</b>\""))))),
        new XElement(Tei + "text",
            new XElement(Tei + "body",
                new XElement(Tei + "div",
                    new XAttribute("type", "x\" onclick=\"window.pwned=11"),
                    new XAttribute(Xml + "id", "d\" onmouseover=\"window.pwned=9"),
                    new XElement(Tei + "head", "Section </h2><script>window.pwned=12</script>"),
                    new XElement(Tei + "p",
                        "Text ",
                        new XElement(Tei + "hi", new XAttribute("rend", "italic\" onmouseover=\"window.pwned=8"), "styled"),
                        " with a call-out",
                        new XElement(Tei + "note",
                            new XAttribute("n", "\"><script>window.pwned=10</script>"),
                            new XAttribute(Xml + "id", "note-1"),
                            new XElement(Tei + "p",
                                ScriptText,
                                new XElement(Tei + "bibl", new XAttribute("corresp", "#x\" onclick=\"window.pwned=6"), "A work"),
                                " see ",
                                new XElement(Tei + "ptr", new XAttribute("target", "javascript:window.pwned=4")),
                                " and ",
                                new XElement(Tei + "ref", new XAttribute("target", "javascript:window.pwned=5"), "click me"),
                                " or ",
                                new XElement(Tei + "ref", new XAttribute("target", "data:text/html,<script>window.pwned=13</script>"), "this"))))),
                new XElement(Tei + "figure",
                    new XAttribute(Xml + "id", "figure-1"),
                    new XElement(Tei + "head", "A figure"),
                    new XElement(Tei + "graphic", new XAttribute("url", "javascript:window.pwned=7")))))));
}
