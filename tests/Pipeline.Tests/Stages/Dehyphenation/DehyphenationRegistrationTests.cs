using Pipeline.Stages;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Tests.Stages.Dehyphenation;

public sealed class DehyphenationRegistrationTests
{
    [Fact]
    public void Default_PipelineStages_IncludeDehyphenationOnce() =>
        Assert.Single(PipelineStages.Default(new PipelineOptions()), s => s is DehyphenationStage);

    [Fact]
    public void PipelineOptions_Default_PointAtDebianHunspellBritishThenAmerican()
    {
        var options = new PipelineOptions().Dehyphenation;
        Assert.Equal("/usr/share/hunspell", options.DictionaryDirectory);
        Assert.Equal(["en_GB", "en_US"], options.Languages.ToArray());
    }
}
