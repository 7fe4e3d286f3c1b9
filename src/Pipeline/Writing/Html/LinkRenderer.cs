using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using Pipeline.Links;
using Pipeline.Links.Collect;

namespace Pipeline.Writing.Html;

/// <summary>
/// Cited URLs and internal pointers. Only http and https become links, so a <c>javascript:</c> or
/// <c>data:</c> target is shown as text and never followed; a <c>#id</c> pointer stays in the page.
/// With a link report, each cited URL carries its status, broken ones with their archived copy.
/// </summary>
internal sealed class LinkRenderer(HtmlDom dom, IReadOnlyDictionary<string, LinkMark> marks)
{
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public void Pointer(XElement ptr, INode parent)
    {
        var target = (string?)ptr.Attribute("target") ?? "";
        if ((string?)ptr.Attribute("type") == "archive")
        {
            // An archived copy written into the TEI by the link annotator.
            if (IsWebUrl(target))
            {
                dom.Text(parent, " ");
                var archived = dom.Append(parent, "a", "archived");
                archived.Attr("href", target);
                dom.Text(archived, "archived copy");
            }

            return;
        }

        Url(target, parent, element => dom.Text(element, target));
    }

    public void Ref(XElement reference, INode parent, Action<IElement> content)
    {
        var target = ((string?)reference.Attribute("target") ?? "").Trim();
        if (target.StartsWith('#') && target.Length > 1)
        {
            var link = dom.Append(parent, "a", "xref");
            link.Attr("href", target);
            content(link);
            return;
        }

        Url(target, parent, content);
    }

    private void Url(string target, INode parent, Action<IElement> content)
    {
        if (!IsWebUrl(target))
        {
            var text = dom.Append(parent, "span", "url-not-linked");
            text.Attr("title", "not an http or https address: not linked");
            content(text);
            return;
        }

        var link = dom.Append(parent, "a", "cited-url");
        link.Attr("href", target.Trim());
        link.Attr("rel", "noopener noreferrer");
        content(link);
        var key = UrlNormalizer.Normalize(target).Key;
        if (marks.TryGetValue(key, out var mark))
        {
            Status(mark, parent);
        }
    }

    private void Status(LinkMark mark, INode parent)
    {
        foreach (var node in StatusNodes(dom, mark))
        {
            HtmlDom.Add(parent, node);
        }
    }

    /// <summary>The status of a cited URL, and the archived copy when the URL is not fine, to go right after its link.</summary>
    internal static IReadOnlyList<INode> StatusNodes(HtmlDom dom, LinkMark mark)
    {
        var kind = mark.Status.IsFine() ? "fine" : mark.IsBroken ? "broken" : "other";
        var word = mark.Status.ToWord();
        var status = dom.Element("span", "link-status " + kind);
        status.Attr("data-status", word);
        dom.Text(status, mark.HttpStatus is { } http ? $"{word} {http.ToString(CultureInfo.InvariantCulture)}" : word);
        var nodes = new List<INode> { dom.Document.CreateTextNode(" "), status };
        if (!mark.Status.IsFine() && mark.ArchivedUrl is { } archivedUrl && IsWebUrl(archivedUrl))
        {
            var archived = dom.Element("a", "archived from-report");
            archived.Attr("href", archivedUrl);
            dom.Text(archived, "archived copy");
            nodes.Add(dom.Document.CreateTextNode(" "));
            nodes.Add(archived);
        }

        return nodes;
    }
}
