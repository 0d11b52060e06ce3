using PdfSharp.Drawing;

namespace Kenes.Infrastructure.Documents.Pdf;

/// <summary>A table column: header text, share of the table width, and alignment of its cells.</summary>
internal sealed record PdfColumn(string Header, double Weight, TextAlign Align = TextAlign.Left);

/// <summary>
/// A bordered table whose header repeats on every page. Cells wrap; a row that does not fit the rest of the page
/// moves to the next one, and only a row taller than a whole page is split, so a short row is never torn in two.
/// </summary>
internal sealed class PdfTable
{
    private const double Padding = 3;
    private static readonly XPen Border = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(232, 232, 232));

    private readonly IReadOnlyList<PdfColumn> _columns;
    private readonly XFont _headerFont;
    private readonly XFont _bodyFont;

    public PdfTable(IReadOnlyList<PdfColumn> columns, XFont headerFont, XFont bodyFont)
    {
        _columns = columns;
        _headerFont = headerFont;
        _bodyFont = bodyFont;
    }

    public void Draw(PdfFlow flow, IEnumerable<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(flow.Width);
        var headerCells = _columns.Select((c, i) => TextWrapper.Wrap(flow.Graphics, c.Header, _headerFont, widths[i] - (2 * Padding))).ToList();
        var headerHeight = (headerCells.Max(c => c.Count) * PdfFlow.LineHeight(_headerFont)) + (2 * Padding);
        var lineHeight = PdfFlow.LineHeight(_bodyFont);

        // The header must not be orphaned at the foot of a page: keep room for it and one line of the first row.
        flow.EnsureSpace(headerHeight + lineHeight + (2 * Padding));
        DrawHeader(flow, widths, headerCells, headerHeight);

        foreach (var row in rows)
        {
            var cells = row.Select((text, i) => TextWrapper.Wrap(flow.Graphics, text, _bodyFont, widths[i] - (2 * Padding))).ToList();
            DrawRow(flow, widths, cells, lineHeight, () => DrawHeader(flow, widths, headerCells, headerHeight), headerHeight);
        }
    }

    private double[] ColumnWidths(double tableWidth)
    {
        var total = _columns.Sum(c => c.Weight);
        return _columns.Select(c => tableWidth * c.Weight / total).ToArray();
    }

    private void DrawHeader(PdfFlow flow, double[] widths, List<IReadOnlyList<string>> cells, double height)
    {
        var x = flow.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            flow.Graphics.DrawRectangle(Border, HeaderFill, x, flow.Y, widths[i], height);
            DrawCellLines(flow, cells[i], 0, cells[i].Count, _headerFont, TextAlign.Center, x, widths[i], flow.Y);
            x += widths[i];
        }

        flow.Y += height;
    }

    private void DrawRow(PdfFlow flow, double[] widths, List<IReadOnlyList<string>> cells, double lineHeight, Action newPageHeader, double headerHeight)
    {
        var totalLines = cells.Max(c => c.Count);
        var freshPageLines = (int)Math.Floor((flow.Bottom - flow.Top - headerHeight - (2 * Padding)) / lineHeight);
        var offset = 0;
        while (offset < totalLines)
        {
            var remaining = totalLines - offset;
            var fit = (int)Math.Floor((flow.Bottom - flow.Y - (2 * Padding)) / lineHeight);
            var atTopOfPage = flow.Y <= flow.Top + headerHeight + 0.01;
            if (atTopOfPage)
            {
                // Guarantees progress even if a font were taller than the page: never loop on empty pages.
                fit = Math.Max(fit, 1);
            }

            if (fit < remaining && (fit < 1 || (remaining <= freshPageLines && !atTopOfPage)))
            {
                flow.NewPage();
                newPageHeader();
                continue;
            }

            var take = Math.Min(fit, remaining);
            var height = (take * lineHeight) + (2 * Padding);
            var x = flow.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                flow.Graphics.DrawRectangle(Border, x, flow.Y, widths[i], height);
                DrawCellLines(flow, cells[i], offset, take, _bodyFont, _columns[i].Align, x, widths[i], flow.Y);
                x += widths[i];
            }

            flow.Y += height;
            offset += take;
        }
    }

    private static void DrawCellLines(PdfFlow flow, IReadOnlyList<string> lines, int from, int count, XFont font, TextAlign align, double x, double width, double top)
    {
        var lineHeight = PdfFlow.LineHeight(font);
        for (var i = from; i < Math.Min(lines.Count, from + count); i++)
        {
            flow.DrawLine(lines[i], font, align, x + Padding, width - (2 * Padding), top + Padding + ((i - from) * lineHeight));
        }
    }
}
