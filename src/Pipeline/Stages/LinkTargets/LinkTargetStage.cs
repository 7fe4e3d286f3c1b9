using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Stages.LinkTargets;

/// <summary>
/// Drops every link whose target is not a valid absolute URI (an extractor's half of a URL broken
/// across lines, <c>http://</c>), keeping its text where it stood, with a warning. It runs first, for
/// every reader, so one broken link never makes a whole document invalid TEI.
/// </summary>
internal sealed class LinkTargetStage : IStage
{
    public string Name => "link-targets";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = ModelMap.Items(document.Blocks, block => Block(block, context.Diagnostics));
        return ValueTask.FromResult(blocks == document.Blocks ? document : document with { Blocks = blocks });
    }

    /// <summary>True for an absolute URI that names a host when its scheme needs one (http, https, ftp).</summary>
    internal static bool IsValidTarget(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri)
        && (!(uri.Scheme is "http" or "https" or "ftp") || uri.Host.Length > 0);

    private static Block Block(Block block, DiagnosticBag diagnostics) =>
        ModelMap.Inlines(block, inlines => Inlines(inlines, block.Span.FirstLine, diagnostics), child => Block(child, diagnostics));

    private static ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines, int line, DiagnosticBag diagnostics)
    {
        ImmutableArray<Inline>.Builder? changed = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var inline = Inline(inlines[i], line, diagnostics);
            if (inline is Link link && !IsValidTarget(link.Target))
            {
                diagnostics.Warning(
                    LinkTargetCodes.InvalidTarget,
                    line,
                    $"link target '{link.Target}' near line {line} is not a valid absolute URI; the link is dropped and its text kept");
                changed ??= Copy(inlines, i);
                changed.AddRange(link.Content);
                continue;
            }

            if (changed is null && !ReferenceEquals(inline, inlines[i]))
            {
                changed = Copy(inlines, i);
            }

            changed?.Add(inline);
        }

        return changed is null ? inlines : changed.ToImmutable();
    }

    private static ImmutableArray<Inline>.Builder Copy(ImmutableArray<Inline> inlines, int count)
    {
        var builder = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        builder.AddRange(inlines, count);
        return builder;
    }

    private static Inline Inline(Inline inline, int line, DiagnosticBag diagnostics)
    {
        if (inline is Note note)
        {
            var blocks = ModelMap.Items(note.Content, block => Block(block, diagnostics));
            return blocks == note.Content ? note : note with { Content = blocks };
        }

        return ModelMap.TryContent(inline, inlines => Inlines(inlines, line, diagnostics), out var mapped) ? mapped : inline;
    }
}
