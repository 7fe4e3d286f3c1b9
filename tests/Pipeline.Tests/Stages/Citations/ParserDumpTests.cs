using Pipeline.Stages.Citations;
using Xunit.Abstractions;

namespace Pipeline.Tests.Stages.Citations;

public sealed class ParserDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var (number, _, content) in SeedText.Notes())
        {
            var flat = InlineText.Flatten(content);
            output.WriteLine($"== {number}");
            foreach (var r in NoteReferenceParser.Parse(flat))
            {
                output.WriteLine($"  [{r.Parts.Form}] «{flat.Value[r.Range.Start..r.Range.End]}»");
                foreach (var f in r.Fields)
                {
                    output.WriteLine($"     {f.Kind}: {flat.Value[f.Range.Start..f.Range.End]}");
                }
            }
        }

        foreach (var (line, content) in SeedText.Entries())
        {
            var flat = InlineText.Flatten(content);
            output.WriteLine($"== entry {line}");
            var r = EntryParser.Parse(flat);
            foreach (var f in r?.Fields ?? [])
            {
                output.WriteLine($"     {f.Kind}: {flat.Value[f.Range.Start..f.Range.End]}");
            }
        }
    }
}
