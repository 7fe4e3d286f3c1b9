using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.ExtractedText;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>The extracted-text reader on a hand-made text, and what the reader tests look at in its model.</summary>
internal static class TextReading
{
    public static Document Read(string text) => new ExtractedTextReader().Read("test", "", text, new DiagnosticBag("test"));

    public static List<string> Calls(Document document) =>
        [.. ModelText.AllBlocks(document.Blocks).SelectMany(ModelText.ContentOf).SelectMany(i => ModelText.AllInlines([i])).OfType<NoteCall>().Select(c => c.Label)];

    public static List<string> Paragraphs(Document document) =>
        [.. document.Blocks.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content))];
}
