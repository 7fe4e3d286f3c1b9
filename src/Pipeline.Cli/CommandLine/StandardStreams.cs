using System.Text;
using Pipeline.IO;

namespace Pipeline.Cli.CommandLine;

/// <summary><c>-</c> as a file name: standard input where one file is read, standard output where one is written.</summary>
internal static class StandardStreams
{
    public static bool IsDash(string? path) => path == "-";

    /// <summary>All of standard input, for a command that reads one document or one image.</summary>
    public static async Task<byte[]> ReadInputAsync(CancellationToken cancellationToken)
    {
        var input = Console.OpenStandardInput();
        await using (input.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }

    /// <summary>Standard input up to <paramref name="maxBytes"/>; null when there is more, which is refused unread.</summary>
    public static async Task<byte[]?> ReadInputAsync(long maxBytes, CancellationToken cancellationToken)
    {
        var input = Console.OpenStandardInput();
        await using (input.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> (atomically, never half-written), or to
    /// <paramref name="output"/> when the path is null or <c>-</c>.
    /// </summary>
    public static async Task WriteTextAsync(string? path, TextWriter output, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (path is null || IsDash(path))
        {
            await output.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        await AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken).ConfigureAwait(false);
    }
}
