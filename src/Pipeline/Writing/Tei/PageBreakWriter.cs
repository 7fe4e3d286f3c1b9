using System.Collections.Immutable;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes <c>pb</c> where a page of the input begins: before the first block that starts on it, or
/// inside the paragraph that runs on to it. Each page gets one <c>pb</c>, in page order, with the
/// printed number as <c>@n</c> when the page showed one. Notes are left without: a note continued
/// on the next page's foot would otherwise put that page's break before the body text that opens it.
/// </summary>
internal sealed class PageBreakWriter
{
    private readonly TeiXml _xml;
    private ImmutableSortedDictionary<int, string> _labels = ImmutableSortedDictionary<int, string>.Empty;
    private int _written;
    private int _noteDepth;

    /// <summary>False while the header is written: a title's inlines there carry no page.</summary>
    private bool _inText;

    public PageBreakWriter(TeiXml xml) => _xml = xml;

    /// <summary>Starts the document's text: no page written yet.</summary>
    public void StartText(ImmutableSortedDictionary<int, string> labels)
    {
        _labels = labels ?? ImmutableSortedDictionary<int, string>.Empty;
        _written = 0;
        _noteDepth = 0;
        _inText = true;
    }

    /// <summary>True when a <c>pb</c> for <paramref name="page"/> is still to be written here.</summary>
    public bool Pending(int page) => _inText && _noteDepth == 0 && page > _written;

    /// <summary>The page break for <paramref name="page"/>, unless it is written already or a note is being written.</summary>
    public void Write(int page, bool inWord = false)
    {
        if (!Pending(page))
        {
            return;
        }

        _written = page;
        _xml.OpenEmpty("pb");
        if (_labels.TryGetValue(page, out var label))
        {
            _xml.Attribute("n", label);
        }

        if (inWord)
        {
            _xml.Attribute("break", "no");
        }

        _xml.Close();
    }

    public void EnterNote() => _noteDepth++;

    public void LeaveNote() => _noteDepth--;
}
