using System.Text;
using System.Text.Json;

namespace Pipeline.Tests.Rendering;

/// <summary>
/// A page that renders a TEI file with CETEIcean as a publishing site would: the TEI is given
/// inline (a file page may not fetch another file), CETEIcean turns it into custom elements.
/// </summary>
internal static class CeteiceanPage
{
    /// <param name="folder">Where the page is written.</param>
    /// <param name="teiXml">The TEI to show.</param>
    /// <param name="ceteiceanScript">CETEIcean's script, inlined.</param>
    /// <param name="baseFolder">The folder the TEI's relative image URLs resolve against.</param>
    public static string Write(string folder, string teiXml, string ceteiceanScript, string baseFolder)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>TEI</title>
            <style>
              body { font-family: serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }
              tei-teiheader, tei-facsimile { display: none; }
              tei-titlepart { display: block; font-size: 1.6em; font-weight: bold; }
              tei-titlepart[type=sub] { font-size: 1.2em; font-weight: normal; }
              tei-byline { display: block; font-style: italic; margin-bottom: 1em; }
              tei-p, tei-ab, tei-head { display: block; margin: 0.5em 0; }
              tei-head { font-weight: bold; }
              tei-note { font-size: 0.75em; color: #555; }
              tei-note::before { content: attr(n) " "; vertical-align: super; font-weight: bold; }
              tei-note tei-p { display: inline; margin: 0; }
              tei-figure { display: block; border: 1px solid #ccc; padding: 0.5em; }
              tei-figure img { max-width: 100%; }
              tei-hi[rend=italic] { font-style: italic; }
              tei-hi[rend=bold] { font-weight: bold; }
              tei-lb::before { content: "\A"; white-space: pre; }
            </style>
            <script>
            """);
        html.Append(ceteiceanScript);
        html.Append("</script>\n</head>\n<body>\n<div id=\"tei\"></div>\n<script>\nconst tei = ");
        html.Append(JsonSerializer.Serialize(teiXml).Replace("</", "<\\/", StringComparison.Ordinal));
        html.Append(";\nconst imageBase = ");
        html.Append(JsonSerializer.Serialize(new Uri(Path.TrimEndingDirectorySeparator(baseFolder) + "/").AbsoluteUri));
        html.Append("""
            ;
            const cetei = new CETEI({ base: imageBase });
            cetei.makeHTML5(tei, function (data) { document.getElementById("tei").appendChild(data); document.body.setAttribute("data-rendered", "yes"); });
            </script>
            </body>
            </html>
            """);
        var page = Path.Combine(folder, "render.html");
        File.WriteAllText(page, html.ToString());
        return page;
    }
}
