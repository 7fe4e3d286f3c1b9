using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<Pipeline.Cli.Commands.Ocr.OcrCommand>("ocr").WithDescription("Recognise the text of an image, in reading order.");
    config.AddBranch("bench", bench => bench.AddCommand<Pipeline.Cli.Commands.Bench.BenchOcrCommand>("ocr").WithDescription("Benchmark OCR: CER and seconds per image, tesseract CLI vs pipeline"));
});
return await app.RunAsync(args).ConfigureAwait(false);
