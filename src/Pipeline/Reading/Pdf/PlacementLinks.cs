using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Points each placement line at the figure it names: the one figure whose caption opens with the
/// same label and number ("[see Figure 2 …]" and "Figure 2: Fragment of a letter"). No caption, or two
/// with that label, and the placement keeps its words unlinked. Each placement is reported with its
/// page and line, so the words taken out of the running text can be checked.
/// </summary>
internal static class PlacementLinks
{
    public static ImmutableArray<Block> Link(ImmutableArray<Block> blocks, IReadOnlyList<PdfLine> placements, DiagnosticBag diagnostics)
    {
        if (placements.Count == 0)
        {
            return blocks;
        }

        var figures = blocks.OfType<Figure>()
            .Select(f => (Key: PlacementLine.Key(PlainText.Of(f.Caption.IsDefault ? [] : f.Caption)), f.Id))
            .Where(f => f.Key is not null)
            .GroupBy(f => f.Key!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

        foreach (var line in placements)
        {
            var target = Target(line.Placement!, figures);
            diagnostics.Info(
                PdfReadingCodes.Placement,
                line.Number,
                $"the line '{line.Text.Trim()}' on page {line.Page}, line {line.Number} says where {line.Placement} belongs: kept as a placement note, not as the author's text, "
                + (target is null ? "not linked (no one figure has that caption)" : $"linked to {target}"));
        }

        return blocks.Select(block => block switch
        {
            Paragraph p => p with { Content = Linked(p.Content, figures) },
            Quotation q => q with { Content = Linked(q.Content, figures) },
            _ => block,
        }).ToImmutableArray();
    }

    private static string? Target(string display, Dictionary<string, string> figures) =>
        PlacementLine.Key(display) is { } key && figures.TryGetValue(key, out var id) ? id : null;

    private static ImmutableArray<Inline> Linked(ImmutableArray<Inline> content, Dictionary<string, string> figures) =>
        content.Any(i => i is Placement)
            ? content.Select(i => i is Placement p ? p with { TargetId = Target(p.Label, figures) } : i).ToImmutableArray()
            : content;
}
