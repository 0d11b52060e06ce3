namespace Kenes.Web.Hosting;

/// <summary>
/// How many changes this node has served: every request other than GET/HEAD answered below 400, by
/// anyone (staff, members voting, the public applying). A read model kept in memory remembers the
/// count it was built at and is rebuilt once the count moves, so a change shows at once on the node
/// that made it; other nodes rebuild when their copy's lifetime ends (ADR 0012).
/// </summary>
public sealed class DataChanges
{
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public void Record() => Interlocked.Increment(ref generation);
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
                // Counted even when the request failed after writing: a needless rebuild costs
                // milliseconds, a missed one shows stale figures.
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    context.RequestServices.GetRequiredService<DataChanges>().Record();
                }
            }
        });
}
