using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Links.Report;

namespace Pipeline.Links.Cache;

/// <summary>
/// Results of earlier runs in an SQLite database, so a re-run does not fetch what it checked recently.
/// Only the fetch result is kept; where a URL is cited comes from the current documents.
/// </summary>
public sealed class LinkCache : IAsyncDisposable
{

    private readonly SqliteConnection _connection;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    private LinkCache(SqliteConnection connection, TimeSpan maxAge, TimeProvider time)
    {
        _connection = connection;
        _maxAge = maxAge;
        _time = time;
    }

    /// <summary>Opens (creating if needed) the cache database at a path.</summary>
    public static async Task<LinkCache> OpenAsync(string path, TimeSpan maxAge, TimeProvider? time, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var create = connection.CreateCommand();
            await using var createDisposal = create.ConfigureAwait(false);
            create.CommandText = "CREATE TABLE IF NOT EXISTS link_results (url TEXT PRIMARY KEY, checked_at INTEGER NOT NULL, result TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new LinkCache(connection, maxAge, time ?? TimeProvider.System);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The cached result for a URL when it is younger than the max age.</summary>
    public async Task<LinkResult?> TryGetAsync(string url, CancellationToken cancellationToken)
    {
        var select = _connection.CreateCommand();
        await using var selectDisposal = select.ConfigureAwait(false);
        select.CommandText = "SELECT result FROM link_results WHERE url = $url AND checked_at >= $oldest";
        select.Parameters.AddWithValue("$url", url);
        select.Parameters.AddWithValue("$oldest", (_time.GetUtcNow() - _maxAge).ToUnixTimeMilliseconds());
        if (await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, LinkCacheJsonContext.Default.CachedFetch)?.ToResult(url);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Stores results (one transaction).</summary>
    public async Task PutAsync(IEnumerable<LinkResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionDisposal = transaction.ConfigureAwait(false);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var result in results)
        {
            var upsert = _connection.CreateCommand();
            await using var upsertDisposal = upsert.ConfigureAwait(false);
            upsert.Transaction = transaction;
            upsert.CommandText = "INSERT INTO link_results (url, checked_at, result) VALUES ($url, $at, $result) "
                + "ON CONFLICT(url) DO UPDATE SET checked_at = excluded.checked_at, result = excluded.result";
            upsert.Parameters.AddWithValue("$url", result.Url);
            upsert.Parameters.AddWithValue("$at", now);
            upsert.Parameters.AddWithValue("$result", JsonSerializer.Serialize(CachedFetch.From(result), LinkCacheJsonContext.Default.CachedFetch));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);
}
