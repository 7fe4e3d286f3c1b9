namespace Pipeline.Conversion;

/// <summary>One written output of a document: its file name in the output folder, its bytes, and the writer that made it.</summary>
public sealed record OutputFile(string FileName, byte[] Content, string Writer);
