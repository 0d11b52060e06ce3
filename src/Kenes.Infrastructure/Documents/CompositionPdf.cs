using Kenes.Infrastructure.Documents.Pdf;
using Kenes.Infrastructure.Documents.Text;
using static Kenes.Infrastructure.Documents.Text.Wording;

namespace Kenes.Infrastructure.Documents;

/// <summary>
/// The composition approved by the state body's order (R11), as the annex to that order: what is published on the
/// state body's internet resource. Members are listed with their R5 category and their role (M7); the secretary
/// (M12) is named below the table because the secretary is not a member.
/// </summary>
public static class CompositionPdf
{
    private static readonly double[] Weights = [4, 22, 28, 28, 18];

    public static byte[] Render(CompositionData data, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(data);
        var l = language;
        using var flow = new PdfFlow(CompositionText.Title(l, data.DirectionName), l);

        var stampX = flow.Left + (flow.Width * 0.55);
        foreach (var line in CompositionText.AnnexStamp(l, data))
        {
            flow.Paragraph(line, PdfFonts.Regular(10), TextAlign.Left, stampX, flow.Right - stampX);
        }

        flow.Gap(18);
        flow.Paragraph(CompositionText.Title(l, data.DirectionName), PdfFonts.Bold(13), TextAlign.Center);
        flow.Gap(4);
        flow.Paragraph(CompositionText.Term(l, data), PdfFonts.Regular(10), TextAlign.Center);
        flow.Gap(10);

        var columns = CompositionText.Columns(l)
            .Select((header, i) => new PdfColumn(header, Weights[i], i == 0 ? TextAlign.Center : TextAlign.Left))
            .ToList();
        new PdfTable(columns, PdfFonts.Bold(9), PdfFonts.Regular(9))
            .Draw(flow, data.Members.Select(m => CompositionText.Cells(l, m)));

        if (CompositionText.Secretary(l, data) is { } secretary)
        {
            flow.Gap(10);
            flow.Paragraph(secretary, PdfFonts.Regular(10));
        }

        return flow.Save((page, total) => PageOf(l, page, total));
    }
}
