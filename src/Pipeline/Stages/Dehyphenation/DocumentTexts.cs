using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>Every inline sequence of a document as plain text (line ends as <c>'\n'</c>), notes included.</summary>
internal static class DocumentTexts
{
    public static ImmutableArray<string> Collect(Document document)
    {
        var texts = ImmutableArray.CreateBuilder<string>();
        new SequenceRewriter(content => Collect(content, texts)).Map(document);
        return texts.ToImmutable();
    }

    private static ImmutableArray<Inline> Collect(ImmutableArray<Inline> content, ImmutableArray<string>.Builder texts)
    {
        if (content.IsDefaultOrEmpty)
        {
            return content;
        }

        var text = LinearText.Of(content);
        texts.Add(text.Value.Replace(LinearText.OpaqueChar, ' '));
        foreach (var note in text.Leaves.OfType<Note>())
        {
            new SequenceRewriter(inner => Collect(inner, texts)).Map(note.Content);
        }

        return content;
    }
}
