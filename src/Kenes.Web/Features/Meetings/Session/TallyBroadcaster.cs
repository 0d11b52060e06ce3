using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>
/// Pushes a meeting's tally to every open stream (Server-Sent Events) within this process: one bounded channel per
/// subscriber, written after each saved vote, attendance or vote state change. A slow reader only loses
/// intermediate tallies (the newest always arrives). Several web nodes need a shared signal instead (PostgreSQL
/// LISTEN/NOTIFY on a "kenes_tally" channel carrying the meeting id, each node then reading and publishing here);
/// until then a member connected to another node sees the change on their next page load.
/// </summary>
public sealed class TallyBroadcaster
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> subscribers = new();
    private long sequence;

    public sealed record Message(long Id, string Json);

    public Subscription Subscribe(Guid meetingId)
    {
        var subscription = new Subscription(this, meetingId);
        subscribers.GetOrAdd(meetingId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public int SubscriberCount(Guid meetingId) => subscribers.TryGetValue(meetingId, out var set) ? set.Count : 0;

    public void Publish(TallyView tally)
    {
        if (!subscribers.TryGetValue(tally.MeetingId, out var set) || set.IsEmpty)
        {
            return;
        }

        var message = new Message(Interlocked.Increment(ref sequence), JsonSerializer.Serialize(tally, Json));
        foreach (var subscription in set.Keys)
        {
            subscription.Channel.Writer.TryWrite(message);
        }
    }

    /// <summary>Reads the saved state again (no tracking) and publishes it.</summary>
    public async Task PublishAsync(KenesDbContext db, Guid meetingId, CancellationToken ct)
    {
        if (SubscriberCount(meetingId) == 0)
        {
            return;
        }

        if (await SessionLoader.LoadAnyAsync(db, meetingId, null, tracking: false, ct) is { } state)
        {
            Publish(TallyView.From(state));
        }
    }

    private void Remove(Subscription subscription)
    {
        if (subscribers.TryGetValue(subscription.MeetingId, out var set))
        {
            set.TryRemove(subscription, out _);
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly TallyBroadcaster owner;

        internal Subscription(TallyBroadcaster owner, Guid meetingId)
        {
            this.owner = owner;
            MeetingId = meetingId;
        }

        public Guid MeetingId { get; }

        internal Channel<Message> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<Message>(
            new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public ChannelReader<Message> Reader => Channel.Reader;

        public void Dispose()
        {
            owner.Remove(this);
            Channel.Writer.TryComplete();
        }
    }
}
