using System.Threading.Channels;

namespace Kenes.Web.Hosting;

/// <summary>
/// A count of the changes to the data that this node knows of. Read models kept in memory remember the
/// count they were built at and are rebuilt once it moves (ADR 0012, ADR 0013). It moves when
/// <list type="bullet">
/// <item>this node commits a write through EF Core, from a request or a scheduled job
/// (<see cref="DataChangeInterceptor"/>), and after every request other than GET/HEAD as a backstop;</item>
/// <item>another node on the same PostgreSQL database says it committed one
/// (<see cref="PostgresChangeNotifications"/>).</item>
/// </list>
/// While this node cannot hear the other nodes (PostgreSQL before its listener is connected, or after
/// the connection dropped) <see cref="HearsOtherNodes"/> is false and nothing is served from memory.
/// </summary>
public sealed class DataChanges
{
    private readonly Channel<bool> announcements = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long generation;
    private volatile bool hearsOtherNodes;

    /// <summary>A node alone on its database (SQLite) hears everything from the start.</summary>
    public DataChanges(bool alone = true) => hearsOtherNodes = alone;

    public long Generation => Interlocked.Read(ref generation);

    public bool HearsOtherNodes => hearsOtherNodes;

    /// <summary>This node changed data: its copies are stale, and the other nodes are told.</summary>
    public void Record()
    {
        Interlocked.Increment(ref generation);
        // One pending announcement stands for any number of changes made before it is sent.
        announcements.Writer.TryWrite(true);
    }

    /// <summary>Another node changed data.</summary>
    public void RecordElsewhere() => Interlocked.Increment(ref generation);

    /// <summary>Whether changes made on other nodes reach this one; a copy built while deaf is not trusted later.</summary>
    public void Hearing(bool hears)
    {
        hearsOtherNodes = hears;
        Interlocked.Increment(ref generation);
    }

    /// <summary>Signals that changes were recorded here since the last one was read (for the notifier).</summary>
    public ChannelReader<bool> Announcements => announcements.Reader;
}

public static class DataChangesMiddleware
{
    public static void UseDataChanges(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                // A backstop for the interceptor: counted even when the request failed after writing; a
                // needless rebuild costs milliseconds, a missed one shows stale figures.
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    context.RequestServices.GetRequiredService<DataChanges>().Record();
                }
            }
        });
}
