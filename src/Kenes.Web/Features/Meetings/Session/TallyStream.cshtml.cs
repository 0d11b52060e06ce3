using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// Server-Sent Events: an "tally" event with the whole tally after every saved change (see <see cref="TallyBroadcaster"/>).
/// A reconnecting client (Last-Event-ID) first gets the current tally, so nothing missed stays missed; a comment line
/// every 20 s keeps proxies from closing an idle stream.
/// </summary>
[Authorize]
public sealed class TallyStreamModel(SessionLoader loader, TallyBroadcaster broadcaster) : PageModel
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await loader.LoadAsync(id, ct, tracking: false) is not { } state)
        {
            return NotFound();
        }

        using var subscription = broadcaster.Subscribe(id);
        Response.ContentType = "text/event-stream";
        Response.Headers.CacheControl = "no-cache";
        Response.Headers["X-Accel-Buffering"] = "no";
        HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await Response.WriteAsync("retry: 2000\n\n", ct);
        if (Request.Headers.ContainsKey("Last-Event-ID"))
        {
            await WriteAsync(0, JsonSerializer.Serialize(TallyView.From(state), new JsonSerializerOptions(JsonSerializerDefaults.Web)), ct);
        }

        await Response.Body.FlushAsync(ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(KeepAlive);
                try
                {
                    if (!await subscription.Reader.WaitToReadAsync(wait.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await Response.WriteAsync(": keep-alive\n\n", ct);
                    await Response.Body.FlushAsync(ct);
                    continue;
                }

                while (subscription.Reader.TryRead(out var message))
                {
                    await WriteAsync(message.Id, message.Json, ct);
                }

                await Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }

        return new EmptyResult();
    }

    private Task WriteAsync(long eventId, string json, CancellationToken ct) =>
        Response.WriteAsync($"id: {eventId}\nevent: tally\ndata: {json}\n\n", ct);
}
