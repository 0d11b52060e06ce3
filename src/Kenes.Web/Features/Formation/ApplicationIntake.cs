using System.Security.Cryptography;
using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Mail;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Kenes.Infrastructure.Time;
using Kenes.Web.Features.Calendar;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Formation;

/// <summary>
/// R8, R9, F: receives an application online or as registered by HR (paper, e-mail). Everything is
/// checked before anything is stored; files are stored first and the record with its receipt e-mail
/// is committed in one transaction; if that fails, the stored files are removed again.
/// A late application is stored and marked late, never refused.
/// </summary>
[Implements("R8")]
[Implements("R9")]
[Implements("F")]
public sealed class ApplicationIntake(
    KenesDbContext db, IDocumentStorage storage, CalendarSource calendars, IClock clock, IStringLocalizer<Texts> texts)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;
    public const long MaxRequestBytes = (MaxFiles * 2 * MaxFileBytes) + (1024 * 1024);

    public sealed record Submission(
        ApplicationFormInput Form, ApplicationChannel Channel, LocalDate? ReceivedOn,
        IReadOnlyList<UploadedFile> WrittenApplication, IReadOnlyList<UploadedFile> WorkExperience, Guid? RegisteredBy);

    public sealed record Result(CouncilApplication? Application, IReadOnlyList<FieldViolation> Violations)
    {
        public bool Ok => Application is not null;
    }

    public async Task<Result> SubmitAsync(Announcement announcement, Submission submission, CancellationToken ct)
    {
        var today = clock.TodayInAlmaty();
        var violations = Validate(announcement, submission, today, out var checkedFiles);
        var personKey = submission.Form.Email is { Length: > 0 } email ? ApplicationFormRules.NormalizeEmail(email) : "";
        if (violations.Count == 0 && await HasLiveApplicationAsync(announcement.Id, personKey, ct))
        {
            violations.Add(Violation("F", "email", "application.duplicate", "One live application per person and announcement."));
        }

        if (violations.Count > 0)
        {
            return new Result(null, violations);
        }

        var received = submission.ReceivedOn ?? today;
        var window = ApplicationWindow.For(await calendars.GetAsync(ct), announcement.PublishedOn!.Value);
        var late = window.Classify(received) == SubmissionTiming.Late;
        var form = submission.Form;
        var application = new CouncilApplication
        {
            Id = Guid.NewGuid(),
            AnnouncementId = announcement.Id,
            ReceiptNumber = NewReceiptNumber(),
            Channel = submission.Channel,
            ReceivedOn = received,
            ReceivedAt = clock.GetCurrentInstant(),
            Late = late,
            LateReason = late ? texts["application.late_reason", Iso(received), Iso(window.Closes.Date)].Value : null,
            Surname = form.Surname!.Trim(),
            FirstName = form.FirstName!.Trim(),
            Patronymic = string.IsNullOrWhiteSpace(form.Patronymic) ? null : form.Patronymic.Trim(),
            IndependentExpert = form.IndependentExpert,
            Organization = form.IndependentExpert ? null : form.Organization?.Trim(),
            Email = form.Email!.Trim(),
            PersonKey = personKey,
            Phone = ApplicationFormRules.NormalizePhone(form.Phone)!,
            ConsentAt = clock.GetCurrentInstant(),
            ConsentText = texts["application.consent"].Value,
            Status = ApplicationStatus.Submitted,
            RegisteredBy = submission.RegisteredBy,
            Version = Guid.NewGuid(),
        };

        var stored = new List<StoredDocument>();
        try
        {
            foreach (var (file, kind, type) in checkedFiles)
            {
                using var content = new MemoryStream(file.Content, writable: false);
                StoredDocument saved;
                try
                {
                    saved = await storage.SaveAsync(content, ct);
                }
                catch (DocumentStorageException ex) when (ex.DocumentName is null)
                {
                    // The storage knows no names; the applicant needs to hear which document was not stored.
                    throw new DocumentStorageException(ex.Code, ex.Message, ex.InnerException) { DocumentName = file.SafeName };
                }

                stored.Add(saved);
                application.Documents.Add(new ApplicationDocument
                {
                    Id = Guid.NewGuid(),
                    ApplicationId = application.Id,
                    Kind = kind,
                    FileName = file.SafeName,
                    ContentType = ContentTypeOf(type),
                    Length = saved.Length,
                    Sha256 = saved.Sha256,
                    StorageKey = saved.Key,
                });
            }

            db.Applications.Add(application);
            db.QueueMail(clock, application.Email,
                texts["application.mail.subject", application.ReceiptNumber].Value,
                texts["application.mail.body", application.FullName, announcement.Number, application.ReceiptNumber, Iso(received),
                    late ? texts["application.mail.late"].Value : ""].Value);
            await db.SaveChangesAsync(ct);
            return new Result(application, []);
        }
        catch (Exception ex) when (ex is DbUpdateException or DocumentStorageException or OperationCanceledException)
        {
            foreach (var file in stored)
            {
                await storage.DeleteAsync(file.Key, CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            if (ex is DbUpdateException && await HasLiveApplicationAsync(announcement.Id, personKey, CancellationToken.None))
            {
                return new Result(null, [Violation("F", "email", "application.duplicate", "One live application per person and announcement.")]);
            }

            throw;
        }
    }

    private List<FieldViolation> Validate(Announcement announcement, Submission s, LocalDate today,
        out List<(UploadedFile File, ApplicationDocumentKind Kind, DocumentFileType Type)> checkedFiles)
    {
        var violations = ApplicationFormRules.Validate(s.Form).ToList();
        violations.AddRange(ApplicationFormRules.ValidateDocuments(
            s.WrittenApplication.Count, s.WorkExperience.Count, s.Channel == ApplicationChannel.Online));
        if (s.WrittenApplication.Count + s.WorkExperience.Count > MaxFiles)
        {
            violations.Add(Violation("R9", "workExperience", "file.too_many", $"At most {MaxFiles} files."));
        }

        if (s.ReceivedOn is { } received && (received < announcement.PublishedOn || received > today))
        {
            violations.Add(Violation("R8", "receivedOn", "application.received_out_of_range", "The receipt date must be between publication and today."));
        }

        checkedFiles = [];
        foreach (var (files, kind, field) in new[]
        {
            (s.WrittenApplication, ApplicationDocumentKind.Application, "application"),
            (s.WorkExperience, ApplicationDocumentKind.WorkExperience, "workExperience"),
        })
        {
            foreach (var file in files)
            {
                var check = FileInspector.Inspect(file.Content, file.SafeName, MaxFileBytes);
                if (!check.Ok)
                {
                    violations.Add(Violation("R9", field, check.ErrorCode!, $"{file.SafeName}: {check.ErrorCode}"));
                    continue;
                }

                checkedFiles.Add((file, kind, check.Type!.Value));
            }
        }

        return violations;
    }

    private Task<bool> HasLiveApplicationAsync(Guid announcementId, string personKey, CancellationToken ct) =>
        db.Applications.AnyAsync(a => a.AnnouncementId == announcementId && a.PersonKey == personKey && a.Status != ApplicationStatus.Withdrawn, ct);

    private static FieldViolation Violation(string norm, string field, string code, string message) =>
        new(Kenes.Domain.Law.Norms.Get(norm), field, code, message);

    public static string ContentTypeOf(DocumentFileType type) => type switch
    {
        DocumentFileType.Pdf => "application/pdf",
        DocumentFileType.Jpeg => "image/jpeg",
        DocumentFileType.Png => "image/png",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>Ten characters from an unambiguous alphabet: about 50 bits, not guessable, easy to dictate.</summary>
    private static string NewReceiptNumber()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"KN-{code[..5]}-{code[5..]}";
    }
}
