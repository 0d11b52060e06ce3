using Kenes.Infrastructure.Documents.Pdf;
using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The minutes to sign (M10, M12.3): attendance and quorum (M9), who presided (M7), each agenda item with its subject
/// (M4/M5), each member's vote and the decision with the rule that took it (M10).
/// </summary>
public static class MinutesPdf
{
    private static readonly double[] AttendanceWeights = [6, 34, 40, 20];
    private static readonly double[] VoteWeights = [6, 64, 30];

    public static byte[] Render(MinutesData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        using var flow = new PdfFlow(MinutesText.Title(l, data), l);
        flow.Paragraph(MinutesText.StateBody(l, data), PdfFonts.Bold(11), TextAlign.Center);
        flow.Gap(8);
        flow.Paragraph(MinutesText.Title(l, data), PdfFonts.Bold(14), TextAlign.Center);
        flow.Paragraph(MinutesText.Council(l, data), PdfFonts.Bold(11), TextAlign.Center);
        flow.Gap(8);
        flow.Paragraph(MinutesText.When(l, data), PdfFonts.Regular(10));
        flow.Paragraph(MinutesText.Where(l, data), PdfFonts.Regular(10));
        flow.Paragraph(MinutesText.Presiding(l, data), PdfFonts.Regular(10));
        if (MinutesText.Deviation(l, data) is { } deviation)
        {
            flow.Paragraph(deviation, PdfFonts.Regular(10));
        }

        flow.Paragraph(MinutesText.Secretary(l, data), PdfFonts.Regular(10));
        flow.Gap(8);
        flow.Paragraph(MinutesText.AttendanceHeading(l), PdfFonts.Bold(11));
        Table(flow, MinutesText.AttendanceColumns(l), AttendanceWeights, MinutesText.AttendanceRows(l, data));
        flow.Gap(4);
        flow.Paragraph(MinutesText.Quorum(l, data), PdfFonts.Regular(10));
        flow.Gap(10);
        flow.Paragraph(MinutesText.AgendaHeading(l), PdfFonts.Bold(11));
        foreach (var item in data.Items)
        {
            flow.Gap(6);
            flow.Paragraph(MinutesText.ItemHeading(l, item), PdfFonts.Bold(10));
            flow.Paragraph(MinutesText.Subject(l, item.Subject), PdfFonts.Regular(9));
            if (!string.IsNullOrWhiteSpace(item.Description))
            {
                flow.Paragraph(item.Description, PdfFonts.Regular(9));
            }

            if (item.Votes.Count > 0)
            {
                Table(flow, MinutesText.VoteColumns(l), VoteWeights, MinutesText.VoteRows(l, item));
                flow.Paragraph(MinutesText.Tally(l, item), PdfFonts.Regular(9));
            }

            flow.Paragraph(MinutesText.Outcome(l, item), PdfFonts.Bold(9));
            if (MinutesText.Decision(l, item) is { } decision)
            {
                flow.Paragraph(decision, PdfFonts.Regular(9));
            }
        }

        flow.Gap(24);
        flow.Paragraph(MinutesText.SignatureLine(l, data), PdfFonts.Regular(10));
        if (MinutesText.Signed(l, data) is { } signed)
        {
            flow.Paragraph(signed, PdfFonts.Regular(8));
        }

        flow.Gap(12);
        flow.Paragraph(MinutesText.SecretarySignature(l, data), PdfFonts.Regular(10));
        return flow.Save((page, total) => PageOf(l, page, total));
    }

    private static void Table(PdfFlow flow, IReadOnlyList<string> headers, double[] weights, IEnumerable<IReadOnlyList<string>> rows)
    {
        var columns = headers.Select((h, i) => new PdfColumn(h, weights[i], i == 0 ? TextAlign.Center : TextAlign.Left)).ToList();
        new PdfTable(columns, PdfFonts.Bold(9), PdfFonts.Regular(9)).Draw(flow, rows);
    }
}
