namespace Pipeline.Batch;

/// <summary>Why a document cannot be converted before conversion starts: a diagnostic code and message.</summary>
internal sealed record DocumentProblem(string Code, string Message);
