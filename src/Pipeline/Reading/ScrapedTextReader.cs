using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Reading;

/// <summary>
/// Reads the Markdown-like text scraped from an essay's PDF into the document model: blocks with
/// their source lines and pages, footnotes still at their pages' feet (the stages re-link them).
/// One instance can read any number of documents; it keeps only its immutable Markdig pipeline.
/// </summary>
public sealed class ScrapedTextReader
{
    private readonly InlineMarkdown _inlines = new();

    /// <summary>
    /// Reads <paramref name="text"/> (already decoded). Never throws for any text: problems become
    /// diagnostics in <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="documentId">The document id (its folder name).</param>
    /// <param name="sourceDirectory">The folder holding the document and its images.</param>
    /// <param name="text">The scraped text; CRLF and CR line ends are accepted.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public Document Read(string documentId, string sourceDirectory, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = SourceLines.Split(text ?? string.Empty);
        SourceLines.RemoveIllegalCharacters(lines, diagnostics);
        var raw = BlockScanner.Scan(lines);
        var blocks = new PageAssembler(raw, _inlines, diagnostics).Assemble();
        return new Document
        {
            Id = documentId ?? string.Empty,
            SourceDirectory = sourceDirectory ?? string.Empty,
            Blocks = blocks,
        };
    }
}
