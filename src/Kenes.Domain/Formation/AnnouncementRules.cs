using Kenes.Domain.Calendar;
using Kenes.Domain.Law;
using NodaTime;

namespace Kenes.Domain.Formation;

/// <summary>R6–R7: what an announcement on creating a sectoral council must state, and the deadlines it publishes.</summary>
public static class AnnouncementRules
{
    public const int MaxDirectionLength = 300;
    public const int MaxDocumentsLength = 4000;
    public const int MaxPostalAddressLength = 500;
    public const int MaxEmailLength = EmailAddress.MaxLength;

    /// <summary>
    /// R7: "The announcement on creating a sectoral council states: …" — every field problem of the
    /// draft, in the order of R7's subparagraphs. An empty list means it may be published.
    /// </summary>
    [Implements("R7")]
    public static IReadOnlyList<FieldViolation> Validate(AnnouncementDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return [.. Direction(d), .. Documents(d), .. Addresses(d)];
    }

    /// <summary>
    /// R6: "the state body publishes an announcement on creating the sectoral council on its internet
    /// resource"; R7.3: the announcement states "the deadlines for submitting documents".
    /// The deadlines are computed from the publication date, never typed in, so the published text
    /// and the R8 acceptance and R10 screening checks cannot disagree: the application window (R8)
    /// and the screening deadline (R10) that follows it.
    /// </summary>
    [Implements("R6")]
    [Implements("R7.3")]
    public static (ApplicationWindow Window, Deadline Screening) Deadlines(WorkingDayCalendar cal, LocalDate publishedOn)
    {
        ArgumentNullException.ThrowIfNull(cal);
        var window = ApplicationWindow.For(cal, publishedOn);
        return (window, ScreeningDeadline.For(cal, window));
    }

    /// <summary>R7.1: "the name of the sectoral direction" — in each of the three languages of the portal.</summary>
    [Implements("R7.1")]
    private static IEnumerable<FieldViolation> Direction(AnnouncementDraft d)
    {
        // Interpretation: the portal is trilingual (DESIGN.md §4), so the direction is required in
        // Kazakh, Russian and English; a name is one line.
        var norm = Norms.Get("R7.1");
        return TextChecks.Present(
            TextChecks.RequiredText(norm, FieldNames.DirectionKk, "the sectoral direction in Kazakh", d.DirectionKk, MaxDirectionLength),
            TextChecks.RequiredText(norm, FieldNames.DirectionRu, "the sectoral direction in Russian", d.DirectionRu, MaxDirectionLength),
            TextChecks.RequiredText(norm, FieldNames.DirectionEn, "the sectoral direction in English", d.DirectionEn, MaxDirectionLength));
    }

    /// <summary>R7.2: "the list of documents required for inclusion in the sectoral council under paragraph 9".</summary>
    [Implements("R7.2")]
    private static IEnumerable<FieldViolation> Documents(AnnouncementDraft d)
    {
        // Interpretation: the list is free text written by the officer; Kenes requires it in every
        // language but does not parse it for the two R9 documents (the form pre-fills them).
        var norm = Norms.Get("R7.2");
        return TextChecks.Present(
            TextChecks.RequiredText(norm, FieldNames.DocumentsKk, "the list of documents in Kazakh", d.DocumentsKk, MaxDocumentsLength, multiline: true),
            TextChecks.RequiredText(norm, FieldNames.DocumentsRu, "the list of documents in Russian", d.DocumentsRu, MaxDocumentsLength, multiline: true),
            TextChecks.RequiredText(norm, FieldNames.DocumentsEn, "the list of documents in English", d.DocumentsEn, MaxDocumentsLength, multiline: true));
    }

    /// <summary>R7.4: "the postal and e-mail addresses to which the documents are sent".</summary>
    [Implements("R7.4")]
    private static IEnumerable<FieldViolation> Addresses(AnnouncementDraft d)
    {
        var norm = Norms.Get("R7.4");
        return TextChecks.Present(
            TextChecks.RequiredText(norm, FieldNames.PostalAddress, "the postal address", d.PostalAddress, MaxPostalAddressLength, multiline: true),
            TextChecks.Email(norm, FieldNames.Email, "the e-mail address", d.Email));
    }
}
