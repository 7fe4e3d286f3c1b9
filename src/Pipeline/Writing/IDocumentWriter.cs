using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing;

/// <summary>
/// Writes one output file per document. The converter calls its writers in list order
/// (<see cref="DocumentWriters"/>): the TEI writer first, whose output is validated and handed to
/// the writers after it, so a writer works from the document model, from the validated TEI, or both.
/// A writer throws <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/> for
/// input it cannot write; the converter turns that into an error for this document only.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The name options and the run's settings use for this writer: <c>tei</c>, <c>html</c>.</summary>
    string Name { get; }

    /// <summary>The file a document gets in the output folder: <c>&lt;id&gt;</c> plus this (<c>.xml</c>, <c>.html</c>).</summary>
    string Extension { get; }

    /// <summary>True for the TEI writer: its output is validated, and the writers after it receive it.</summary>
    bool WritesTei { get; }

    byte[] Write(WriterInput input);
}

/// <summary>
/// What a writer gets: the converted document, the TEI writer's options for it, the validated TEI when a
/// TEI writer ran before (null otherwise) and the diagnostics reported so far.
/// </summary>
public sealed record WriterInput(Document Document, TeiWriterOptions TeiOptions, byte[]? Tei, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// For a TEI writer: the check to write through (<see cref="TeiSchemaCheck.Wrap"/>) when the converter
    /// validates this writer's output. When it passes, the written bytes are not parsed again; a writer that
    /// ignores it only costs that second parse.
    /// </summary>
    public TeiSchemaCheck? SchemaCheck { get; init; }
}
