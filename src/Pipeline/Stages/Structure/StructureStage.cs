using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Gives the document its shape: the title, by-line and abstract go to the metadata; the essay
/// stays as top-level blocks, its numbered or bulleted runs of paragraphs as list items; appendices become divisions (inside a section when an "Appendices"
/// heading groups them), each with a figure for its scan; the bibliography becomes a division of
/// entries with stable ids.
/// </summary>
internal sealed class StructureStage : IStage
{
    public string Name => "structure";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var (metadata, consumed) = FrontMatter.Read(document.Blocks, document.Metadata, context.Diagnostics);
        var (images, problem) = AppendixImages.In(document.SourceDirectory);
        if (problem is not null)
        {
            context.Diagnostics.Warning(StructureCodes.ImageFolderUnreadable, 0, $"the document folder could not be listed ({problem}); appendices get no images");
        }

        var builder = new BackMatterBuilder(images, context.Diagnostics);
        foreach (var block in document.Blocks.Skip(consumed))
        {
            builder.Add(block);
        }

        var blocks = ListRuns.Recognise(HeadingLevels.FromNumbering(builder.Finish()));
        metadata = metadata with
        {
            Language = metadata.Article.Language is { } tag
                ? new DocumentLanguage(tag, Language.LanguageTable.NameOf(tag), Detected: false)
                : Language.LanguageGuess.Of(blocks),
        };
        return ValueTask.FromResult(document with { Metadata = metadata, Blocks = blocks });
    }
}
