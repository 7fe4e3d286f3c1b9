using Pipeline.Cli.Commands.Archive;
using Pipeline.Cli.Commands.Bench;
using Pipeline.Cli.Commands.Convert;
using Pipeline.Cli.Commands.Links;
using Pipeline.Cli.Commands.Merge;
using Pipeline.Cli.Commands.Ocr;
using Pipeline.Cli.Commands.Validate;
using Pipeline.Cli.Commands.Verify;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");

    // A command line that cannot be run (unknown option, missing argument) is "could not run": exit 1
    // with the parser's message, never a stack trace.
    config.SetExceptionHandler((exception, _) =>
    {
        Console.Error.WriteLine($"error: {exception.Message}");
        return 1;
    });

    config.AddCommand<ConvertCommand>("convert").WithDescription("Convert scraped essays to TEI.")
        .WithExample("convert", "input/", "--out", "output/");
    config.AddCommand<MergeCommand>("merge").WithDescription("Merge the run reports of a sharded conversion into one, checking the shards add up to the corpus.")
        .WithExample("merge", "output/", "--corpus", "input/");
    config.AddCommand<ValidateCommand>("validate").WithDescription("Validate TEI files against the project's schema.");
    config.AddCommand<OcrCommand>("ocr").WithDescription("Recognise the text of an image, in reading order.");
    config.AddCommand<LinksCommand>("links").WithDescription("Check the URLs cited in TEI documents for link rot.");
    config.AddCommand<ArchiveCommand>("archive").WithDescription("Package an output folder as a BagIt 1.0 bag.");
    config.AddCommand<VerifyCommand>("verify").WithDescription("Check a bag's completeness and every checksum.");
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Measure the pipeline.");
        bench.AddCommand<BenchConvertCommand>("convert").WithDescription("Conversion without OCR of copies of the seed essay, beside pandoc.");
        bench.AddCommand<BenchOcrCommand>("ocr").WithDescription("OCR: CER and seconds per image, tesseract CLI beside the pipeline.");
        bench.AddCommand<BenchLinksCommand>("links").WithDescription("Link checking over loopback hosts with latency and transient 503s.");
    });
});
return await app.RunAsync(args).ConfigureAwait(false);
