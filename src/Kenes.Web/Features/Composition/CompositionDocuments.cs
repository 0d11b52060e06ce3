using System.Text;
using Kenes.Domain.Formation;
using Kenes.Infrastructure.Documents;
using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using DocMember = Kenes.Infrastructure.Documents.CompositionMember;
using MemberRow = Kenes.Infrastructure.Persistence.CompositionMember;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// The R11 documents in Kazakh or Russian: the draft order (DOCX) the officer takes into the state
/// body's paperwork, and the approved composition (PDF) that is published.
/// </summary>
public static class CompositionDocuments
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfType = "application/pdf";

    /// <summary>
    /// The draft order for the composition the next order would approve. Without a number the
    /// document leaves a line to fill in by hand; without a date it is dated today.
    /// </summary>
    public static byte[] DraftOrder(CompositionSnapshot s, DocumentLanguage language, string? number, LocalDate? date)
    {
        var orderDate = date ?? s.Today;
        var termEnds = s.NextOrderKind == Infrastructure.Persistence.ApprovalOrderKind.Change && s.Term is { } term
            ? term.Ends
            : CouncilTerm.FromOrder(orderDate).Ends;
        return ApprovalOrderDocx.Render(Data(s, s.Pending, language, number ?? "", orderDate, termEnds), language);
    }

    /// <summary>The composition in office under the council's latest order; null before the first order.</summary>
    public static byte[]? Approved(CompositionSnapshot s, DocumentLanguage language)
    {
        if (s.LastOrder is not { } order || s.Council.TermEnds is not { } ends)
        {
            return null;
        }

        return CompositionPdf.Render(Data(s, s.InOffice.ToList(), language, order.Number, order.Date, ends), language);
    }

    /// <summary>
    /// The approved composition as a download, for the staff page and the public portal alike (they differ
    /// only in who may find the council): 404 for no council or no approval yet, 400 for an unknown language.
    /// </summary>
    public static async Task<IActionResult> ApprovedFileAsync(Council? council, string? lang, CompositionReader reader, CancellationToken ct)
    {
        if (council is null)
        {
            return new NotFoundResult();
        }

        if (!CompositionTexts.TryParseLanguage(lang, out var language))
        {
            return new BadRequestResult();
        }

        return Approved(await reader.LoadAsync(council, ct), language) is { } pdf
            ? new FileContentResult(pdf, PdfType) { FileDownloadName = FileName(council, "composition", language, "pdf") }
            : new NotFoundResult();
    }

    /// <summary>A file name with ASCII letters, digits and dashes only, safe in any Content-Disposition.</summary>
    public static string FileName(Council council, string what, DocumentLanguage language, string extension)
    {
        var code = new StringBuilder();
        foreach (var c in council.StateBody?.Code ?? "council")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                code.Append(c);
            }
        }

        return $"kenes-{(code.Length == 0 ? "council" : code.ToString())}-{what}-{language.ToString().ToLowerInvariant()}.{extension}";
    }

    private static CompositionData Data(
        CompositionSnapshot s, IReadOnlyList<MemberRow> members, DocumentLanguage language, string number, LocalDate date, LocalDate termEnds)
    {
        var c = s.Council;
        var ru = language == DocumentLanguage.Ru;
        var rows = members
            .OrderByDescending(m => m.IsDeputyChair)
            .ThenBy(m => m.Category)
            .Select((m, i) => new DocMember(
                i + 1,
                m.FullName,
                Organization(m, language),
                $"{CompositionTexts.InLanguage(language, $"composition.category.{(int)m.Category}")} ({m.Category.NormId()})",
                m.IsDeputyChair ? CompositionTexts.InLanguage(language, "composition.deputy_chair") : null))
            .ToList();
        return new CompositionData(
            ru ? c.StateBody!.NameRu : c.StateBody!.NameKk,
            ru ? c.DirectionRu : c.DirectionKk,
            number, date, termEnds, s.SecretaryName, rows);
    }

    private static string Organization(MemberRow m, DocumentLanguage language)
    {
        var organization = string.IsNullOrWhiteSpace(m.Organization)
            ? CompositionTexts.InLanguage(language, "composition.independent_expert")
            : m.Organization;
        return string.IsNullOrWhiteSpace(m.Position) ? organization : $"{m.Position}, {organization}";
    }
}
