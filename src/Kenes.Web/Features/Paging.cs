namespace Kenes.Web.Features;

/// <summary>
/// One page of a public or staff list. Lists are paged so that a page costs the same whether the
/// country has 12 councils or 200 and whether there is one year of history or ten (issue #6).
/// </summary>
public sealed record PageRequest(int Number, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Number - 1) * Size;

    /// <summary>Out-of-range values are clamped rather than refused: a list link never fails.</summary>
    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, 100_000), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));
}

public sealed record Paged<T>(IReadOnlyList<T> Items, PageRequest Request, int Total)
{
    public int Pages => Math.Max(1, (Total + Request.Size - 1) / Request.Size);

    public bool HasPrevious => Request.Number > 1;

    public bool HasNext => Request.Number < Pages;

    /// <summary>
    /// The API keeps its body a plain array (the original contract) and says where the rest is in
    /// headers: the total and RFC 8288 links to the neighbouring pages.
    /// </summary>
    public void WriteHeaders(HttpContext context)
    {
        var response = context.Response;
        response.Headers["X-Total-Count"] = Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = context.Request.Path.Value;
        var links = new List<string>();
        if (HasPrevious)
        {
            links.Add($"<{path}?page={Request.Number - 1}&pageSize={Request.Size}>; rel=\"prev\"");
        }

        if (HasNext)
        {
            links.Add($"<{path}?page={Request.Number + 1}&pageSize={Request.Size}>; rel=\"next\"");
        }

        if (links.Count > 0)
        {
            response.Headers.Link = string.Join(", ", links);
        }
    }
}

/// <summary>What the _Pager partial needs, whatever the item type.</summary>
public sealed record PagerView(string Path, int Number, int Pages, int Total, int Size)
{
    public static PagerView Of<T>(Paged<T> paged, string path) =>
        new(path, paged.Request.Number, paged.Pages, paged.Total, paged.Request.Size);

    /// <summary>The link to page <paramref name="number"/>, keeping a page size the reader chose.</summary>
    public string Link(int number) =>
        Size == PageRequest.DefaultSize ? $"{Path}?page={number}" : $"{Path}?page={number}&pageSize={Size}";
}
