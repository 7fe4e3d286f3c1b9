namespace Pipeline.Links.Collect;

/// <summary>One place a URL is cited: the document and where in it (e.g. <c>note 51</c>, <c>bibliography getty2000</c>).</summary>
public sealed record Citation(string Document, string Where);
