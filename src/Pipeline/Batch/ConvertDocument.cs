namespace Pipeline.Batch;

/// <summary>
/// Converts one document folder and writes its output into <paramref name="outputFolder"/> safely
/// (temporary file, then rename). The batch calls it from several threads at once.
/// </summary>
internal delegate Task<DocumentConversion> ConvertDocument(DocumentSource source, string outputFolder, CancellationToken cancellationToken);
