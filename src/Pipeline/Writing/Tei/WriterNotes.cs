using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// What the writer itself does to a document that the header's editorialDecl must state: only
/// what applies to this document.
/// </summary>
internal static class WriterNotes
{
    public static IReadOnlyList<EditorialNote> For(Document document)
    {
        var notes = new List<EditorialNote>();
        var transcribed = FigureZones.All(document.Blocks.OrEmpty()).Count(FigureZones.HasSurface);
        if (transcribed > 0)
        {
            notes.Add(new EditorialNote(
                EditorialKind.Segmentation,
                $"The text recognised in {Count(transcribed, "figure image")} is given in one ab per layout region, with an lb at the start of each recognised line; lb points to the line's zone in the facsimile, and the zone carries the recognition engine's confidence (cert, resp) for that line."));
        }

        if (!document.Metadata.AboveTitle.IsDefaultOrEmpty)
        {
            notes.Add(new EditorialNote(
                EditorialKind.Interpretation,
                $"{Count(document.Metadata.AboveTitle.Length, "paragraph")} printed above the title (a masthead or running head) are kept in front, before docTitle."));
        }

        return notes;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
