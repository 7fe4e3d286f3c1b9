using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<Pipeline.Cli.Commands.Convert.ConvertCommand>("convert").WithDescription("Convert scraped essays to TEI.");
    config.AddCommand<Pipeline.Cli.Commands.Validate.ValidateCommand>("validate").WithDescription("Validate TEI files against the project's schema.");
    config.AddCommand<Pipeline.Cli.Commands.Links.LinksCommand>("links").WithDescription("Check the URLs cited in TEI documents for link rot.");
    config.AddCommand<Pipeline.Cli.Commands.Ocr.OcrCommand>("ocr").WithDescription("Recognise the text of an image, in reading order.");
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Measure the pipeline.");
        bench.AddCommand<Pipeline.Cli.Commands.Bench.BenchOcrCommand>("ocr").WithDescription("OCR: CER and seconds per image, tesseract CLI beside the pipeline.");
        bench.AddCommand<Pipeline.Cli.Commands.Bench.BenchLinksCommand>("links").WithDescription("Link checking over loopback hosts with latency and transient 503s.");
    });
});
return await app.RunAsync(args).ConfigureAwait(false);
