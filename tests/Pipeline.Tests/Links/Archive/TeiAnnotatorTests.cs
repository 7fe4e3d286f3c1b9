using System.Xml;
using Pipeline.Links.Archive;
using Pipeline.Tests.Validation;

namespace Pipeline.Tests.Links.Archive;

public sealed class TeiAnnotatorTests
{
    private const string Atlantic = "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/";
    private const string Wilson = "http://digitalarchive.wilsoncenter.org/document/115995";
    private const string Times = "https://www.nytimes.com/1961/11/11/archives/stalingrad-name-changed.html";
    private const string Snapshot = "https://web.archive.org/web/20200211000000/" + Atlantic;

    private static readonly Dictionary<string, ArchiveSnapshot> Snapshots = new(StringComparer.Ordinal)
    {
        [Atlantic] = new ArchiveSnapshot(Snapshot, "2020-02-11T00:00:00Z"),
    };

    [Fact]
    public async Task AnnotateAsync_LinkWithSnapshot_GetsArchivePointerBesidePointerAndInBibl()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(Wilson, Atlantic, Times));

        var added = await TeiAnnotator.AnnotateAsync(file, Snapshots, CancellationToken.None);

        Assert.Equal(2, added);
        var document = Load(file);
        var archive = document.SelectNodes("//tei:ptr[@type='archive']", Namespaces(document))!.Cast<XmlElement>().ToArray();
        Assert.All(archive, p => Assert.Equal(Snapshot, p.GetAttribute("target")));
        Assert.Equal("ptr", ((XmlElement)archive[0].PreviousSibling!).LocalName);
        Assert.Equal(Atlantic, ((XmlElement)archive[0].PreviousSibling!).GetAttribute("target"));
        Assert.Equal("bibl", ((XmlElement)archive[1].ParentNode!).LocalName);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AnnotateAsync_Twice_GivesTheSameBytes()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(Wilson, Atlantic, Times));

        await TeiAnnotator.AnnotateAsync(file, Snapshots, CancellationToken.None);
        var once = await File.ReadAllBytesAsync(file);
        await TeiAnnotator.AnnotateAsync(file, Snapshots, CancellationToken.None);

        Assert.Equal(once, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task AnnotateAsync_NotWellFormed_ThrowsAndLeavesTheFileUntouched()
    {
        using var dir = new TempDirectory();
        const string broken = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><ref target="https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/">x</ref></body></TEI>""";
        var file = TeiSamples.Write(dir.Path, "broken.xml", broken);

        await Assert.ThrowsAsync<XmlException>(() => TeiAnnotator.AnnotateAsync(file, Snapshots, CancellationToken.None));

        Assert.Equal(broken, await File.ReadAllTextAsync(file));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [SkippableFact]
    public async Task AnnotateAsync_AnnotatedEssay_IsValidTei()
    {
        Skip.If(Jing.MissingReason() is { } reason, Jing.MissingReason());
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(Wilson, Atlantic, Times));
        await TeiAnnotator.AnnotateAsync(file, Snapshots, CancellationToken.None);

        var (exitCode, output) = await Jing.ValidateAsync(file);

        Assert.True(exitCode == 0, output);
    }

    private static XmlDocument Load(string file)
    {
        var document = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document;
    }

    private static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var manager = new XmlNamespaceManager(document.NameTable);
        manager.AddNamespace("tei", "http://www.tei-c.org/ns/1.0");
        return manager;
    }

}
