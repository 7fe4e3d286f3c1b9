namespace Pipeline.Reading;

/// <summary>What the line-based block layer recognised, before pages and footnote zones are known.</summary>
internal enum RawBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quotation,
    Rule,
}
