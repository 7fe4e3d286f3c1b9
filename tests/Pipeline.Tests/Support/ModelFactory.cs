using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Tests.Support;

/// <summary>Small hand-made documents for writer tests.</summary>
public static class ModelFactory
{
    /// <summary>A document of one paragraph per inline list, on one page.</summary>
    public static Document Paragraphs(params ImmutableArray<Inline>[] paragraphs) => new()
    {
        Id = "test",
        SourceDirectory = string.Empty,
        Blocks = [.. paragraphs.Select((content, i) => (Block)new Paragraph(content, new SourceSpan(i + 1, i + 1, 1)))],
    };
}
