namespace Pipeline.Tests.Links;

/// <summary>Small hand-written TEI documents shaped like the writer's output, citing the seed essay's URLs.</summary>
internal static class TeiSamples
{
    public static string Essay(string noteUrl, string biblUrl, string otherUrl) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>Khrushchev and the cult of personality</title></titleStmt>
              <publicationStmt><p>Test document</p></publicationStmt>
              <sourceDesc><p>Hand-written for the link checker tests: <ref target="https://guidelines.tei.invalid/">TEI</ref></p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <text>
            <body>
              <p>The speech<note n="2" place="foot" xml:id="n2">See “Khrushchev’s Secret Speech,” February 25, 1956. Available at: <ref target="{noteUrl}">{noteUrl}</ref></note> was read.</p>
              <p>Getty<note n="51" place="foot" xml:id="n51">J. Arch Getty, ‘The Future did not work,’ <title level="j">The Atlantic</title>, March, 2000. Accessed: February 11, 2020. <ptr target="{biblUrl}"/></note> argued.</p>
              <p>Write to <ref target="mailto:editor@example.org">the editor</ref> or see <ref target="#n2">note 2</ref>.</p>
            </body>
            <back>
              <listBibl>
                <bibl xml:id="getty2000">Getty, J. Arch. 'The Future did not work.'. <title level="j">The Atlantic</title>, 2000. Accessed: February 11, 2020. {biblUrl}.</bibl>
                <bibl xml:id="salisbury1956">Salisbury, Harrison E. 1956. In <title level="m">The New York Times Archives</title>. Available at: {otherUrl}</bibl>
              </listBibl>
            </back>
          </text>
        </TEI>
        """;

    public static string Write(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
