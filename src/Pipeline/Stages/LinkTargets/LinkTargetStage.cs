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
        return ValueTask.FromResult(new InvalidLinkRemover(context.Diagnostics).Rewrite(document));
    }

    /// <summary>True for an absolute URI that names a host when its scheme needs one (http, https, ftp).</summary>
    internal static bool IsValidTarget(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri)
        && (!(uri.Scheme is "http" or "https" or "ftp") || uri.Host.Length > 0);

    /// <summary>The model's walk, with each inline sequence's invalid links replaced by their text.</summary>
    private sealed class InvalidLinkRemover(DiagnosticBag diagnostics) : ModelRewriter
    {
        protected override ImmutableArray<Inline> RewriteInlines(ImmutableArray<Inline> inlines, Block owner)
        {
            var line = owner.Span.FirstLine;
            ImmutableArray<Inline>.Builder? changed = null;
            for (var i = 0; i < inlines.Length; i++)
            {
                var inline = RewriteInline(inlines[i], owner);
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
    }
}
