using System.Text;

namespace Pipeline.Links.Fetch;

/// <summary>Reads the start of a response body, never more than a cap.</summary>
internal static class BodyReader
{
    public static async Task<(string Text, bool Truncated)> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var streamDisposal = stream.ConfigureAwait(false);
        var buffer = new byte[Math.Max(1, maxBytes)];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (Decode(content, buffer, filled), false);
            }

            filled += read;
        }

        var more = await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false);
        return (Decode(content, buffer, filled), more > 0);
    }

    private static string Decode(HttpContent content, byte[] buffer, int length)
    {
        var encoding = Encoding.UTF8;
        if (content.Headers.ContentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // Unknown charset: UTF-8 reads the markup we look at well enough.
            }
        }

        return encoding.GetString(buffer, 0, length);
    }
}
