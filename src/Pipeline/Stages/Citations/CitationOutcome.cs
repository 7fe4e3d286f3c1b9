using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>The structured document and the report of what was found.</summary>
public sealed record CitationOutcome(Document Document, CitationReport Report);
