using System.Collections.Immutable;
using Pipeline.Writing.Html;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing;

/// <summary>The writer lists: adding an output format is one writer folder and one line here.</summary>
public static class DocumentWriters
{
    /// <summary>TEI only: what <c>convert</c> writes by default.</summary>
    public static ImmutableArray<IDocumentWriter> Default() => [new TeiDocumentWriter()];

    /// <summary>TEI, then the proofreading page made from it (<c>convert --html</c>).</summary>
    public static ImmutableArray<IDocumentWriter> WithHtml() => [new TeiDocumentWriter(), new HtmlDocumentWriter()];
}
