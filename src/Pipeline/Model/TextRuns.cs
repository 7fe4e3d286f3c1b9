using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>Joins neighbouring text runs, copying each character once however long the run.</summary>
internal static class TextRuns
{
    /// <summary>
    /// The inlines with every run of adjacent texts joined into one and empty texts dropped, so the
    /// model carries no empty or split text. A run of one text keeps its instance.
    /// </summary>
    public static ImmutableArray<Inline> Join(List<Inline> inlines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(JoinedCount(inlines));
        var i = 0;
        while (i < inlines.Count)
        {
            if (inlines[i] is not Text)
            {
                result.Add(inlines[i]);
                i++;
                continue;
            }

            var run = i;
            while (i < inlines.Count && inlines[i] is Text)
            {
                i++;
            }

            AddTextRun(result, inlines, run, i);
        }

        return result.MoveToImmutable();
    }

    /// <summary>How many inlines <see cref="Join"/> gives, so its array is made at its final size.</summary>
    private static int JoinedCount(List<Inline> inlines)
    {
        var count = 0;
        var inTextRun = false;
        foreach (var inline in inlines)
        {
            if (inline is not Text text)
            {
                count++;
                inTextRun = false;
            }
            else if (text.Value.Length > 0 && !inTextRun)
            {
                count++;
                inTextRun = true;
            }
        }

        return count;
    }

    /// <summary>Adds the texts from <paramref name="from"/> to <paramref name="to"/> as one text, copying each character once.</summary>
    private static void AddTextRun(ImmutableArray<Inline>.Builder result, List<Inline> inlines, int from, int to)
    {
        Text? single = null;
        var pieces = 0;
        var length = 0;
        for (var k = from; k < to; k++)
        {
            var text = (Text)inlines[k];
            if (text.Value.Length > 0)
            {
                single ??= text;
                pieces++;
                length += text.Value.Length;
            }
        }

        if (pieces <= 1)
        {
            if (single is not null)
            {
                result.Add(single);
            }

            return;
        }

        var joined = string.Create(length, (inlines, from, to), static (span, run) =>
        {
            for (var k = run.from; k < run.to; k++)
            {
                var value = ((Text)run.inlines[k]).Value;
                value.CopyTo(span);
                span = span[value.Length..];
            }
        });
        result.Add(new Text(joined));
    }
}
