using Pipeline.Batch;

namespace Pipeline.Tests.Batch;

public sealed class CorpusDiscoveryTests
{
    [Fact]
    public void Discover_CorpusFolder_EveryVisibleSubfolderSortedById()
    {
        using var temp = new TempFolder();
        RepoPaths.CopySeedTo(temp.Combine("input", "b-essay"));
        RepoPaths.CopySeedTo(temp.Combine("input", "a-essay"));
        Directory.CreateDirectory(temp.Combine("input", ".git"));
        File.WriteAllText(temp.Combine("input", "README.txt"), "corpus notes");

        var (documents, errors) = CorpusDiscovery.Discover([temp.Combine("input")]);

        Assert.Empty(errors);
        Assert.Equal(["a-essay", "b-essay"], documents.Select(d => d.Id));
        Assert.All(documents, d => Assert.Null(d.Problem));
    }

    [Fact]
    public void Discover_DocumentFolderOrItsDocumentFile_OneDocument()
    {
        using var temp = new TempFolder();
        var seed = temp.Combine("seed-essay");
        RepoPaths.CopySeedTo(seed);

        var byFolder = CorpusDiscovery.Discover([seed]).Documents;
        var byFile = CorpusDiscovery.Discover([Path.Combine(seed, "document.md")]).Documents;

        Assert.Equal("seed-essay", Assert.Single(byFolder).Id);
        Assert.Equal(byFolder.ToArray(), byFile.ToArray());
    }

    [Fact]
    public void Discover_MissingPath_ErrorNamesIt()
    {
        using var temp = new TempFolder();

        var (documents, errors) = CorpusDiscovery.Discover([temp.Combine("no-such-input")]);

        Assert.Empty(documents);
        Assert.Contains("no-such-input", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SubfolderWithoutDocument_NotADocument()
    {
        using var temp = new TempFolder();
        RepoPaths.CopySeedTo(temp.Combine("input", "good"));
        Directory.CreateDirectory(temp.Combine("input", "shared-images"));

        var documents = CorpusDiscovery.Discover([temp.Combine("input")]).Documents;

        Assert.Equal("good", Assert.Single(documents).Id);
    }

    [Fact]
    public void Discover_FolderWithNoDocumentAnywhere_ListedWithProblem()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input", "empty"));

        var documents = CorpusDiscovery.Discover([temp.Combine("input")]).Documents;

        var input = Assert.Single(documents);
        Assert.Equal(("input", BatchCodes.NoDocument), (input.Id, input.Problem?.Code));
    }

    [Fact]
    public void Discover_SameFolderNameTwice_SecondIsDuplicate()
    {
        using var temp = new TempFolder();
        RepoPaths.CopySeedTo(temp.Combine("one", "essay"));
        RepoPaths.CopySeedTo(temp.Combine("two", "essay"));

        var documents = CorpusDiscovery.Discover([temp.Combine("one"), temp.Combine("two")]).Documents;

        Assert.Equal(2, documents.Length);
        Assert.Null(documents[0].Problem);
        Assert.Equal(BatchCodes.DuplicateId, documents[1].Problem?.Code);
    }

    [Fact]
    public void Discover_SamePathTwice_OneDocument()
    {
        using var temp = new TempFolder();
        RepoPaths.CopySeedTo(temp.Combine("essay"));

        var documents = CorpusDiscovery.Discover([temp.Combine("essay"), temp.Combine("essay")]).Documents;

        Assert.Null(Assert.Single(documents).Problem);
    }
}
