using System.Net.Http.Headers;
using Polly;
using Polly.CircuitBreaker;

namespace Pipeline.Links.Fetch;

/// <summary>Sends one request through its host's pipeline and copies out what the checker needs.</summary>
internal sealed class ProbeClient : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HostPipelines _pipelines;
    private readonly LinkCheckOptions _options;
    private readonly TimeProvider _time;

    public ProbeClient(LinkCheckOptions options, TimeProvider time, HttpMessageHandler handler, bool disposeHandler)
    {
        _options = options;
        _time = time;
        _pipelines = new HostPipelines(options, time);
        _client = new HttpClient(handler, disposeHandler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", LinkHttp.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    public async Task<ProbeStep> SendAsync(ProbeRequest request, CancellationToken cancellationToken)
    {
        var pipeline = _pipelines.For(request.Uri.Authority);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var counter = new AttemptCounter();
        context.Properties.Set(HostPipelines.Attempts, counter);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Self.SendOnceAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
                    {
                        return Outcome.FromException<HttpProbe>(ex);
                    }
                },
                context,
                (Self: this, Request: request)).ConfigureAwait(false);
            if (outcome.Exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var failure = outcome.Exception is BrokenCircuitException broken
                ? new HostCircuitOpenException($"{request.Uri.Authority} keeps failing, its circuit is open: request not sent", broken)
                {
                    TripStatus = _pipelines.TripStatus(request.Uri.Authority),
                }
                : outcome.Exception;
            return new ProbeStep(request, outcome.Result, failure, counter.Count);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _pipelines.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<HttpProbe> SendOnceAsync(ProbeRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, request.Uri);
        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        var location = response.Headers.Location is { } loc ? new Uri(request.Uri, loc) : null;
        string? body = null;
        var truncated = false;
        if (request.ReadBody && request.Method == HttpMethod.Get && status is >= 200 and < 300 && IsReadable(contentType))
        {
            (body, truncated) = await BodyReader.ReadCappedAsync(response.Content, _options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }

        return new HttpProbe(status, location, RetryAfter(status, response.Headers.RetryAfter), contentType, body, truncated);
    }

    private TimeSpan? RetryAfter(int status, RetryConditionHeaderValue? header)
    {
        if (status is not (429 or 503) || header is null)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - _time.GetUtcNow() : TimeSpan.Zero);
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        return wait > _options.MaxRetryAfter ? _options.MaxRetryAfter : wait;
    }

    private static bool IsReadable(string? contentType) =>
        contentType is null or "text/html" or "application/xhtml+xml" or "application/json" or "text/plain";
}
