using Kenes.Domain.Formation;
using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Kenes.Infrastructure.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.DataSet;

/// <param name="Scale">Share of the country: 1 = 25 state bodies and 200 councils; 1/16 ≈ 2 and 12.</param>
/// <param name="Years">History per council; every council gets the same, so a council page costs the same at every scale.</param>
/// <param name="Councils">Overrides the number of councils to add (tests grow a database in steps).</param>
public sealed record DataSetOptions(double Scale, int Years = 10, int ApplicationsPerCouncil = 500, int MeetingItems = 10, int? Councils = null);

public sealed record DataSetProgress(int CouncilsDone, int CouncilsTotal, long Rows);

/// <summary>What the load harness needs to find in the data set: a secretary and their council's pages, an open announcement.</summary>
public sealed record DataSetManifest(string SecretaryEmail, string HrEmail, Guid CouncilId, Guid LatestMeetingId, Guid ScreeningAnnouncementId, string OpenAnnouncement);

/// <summary>
/// Adds a national data set to a migrated Kenes database (issue #6): state bodies with their staff,
/// councils with years of compositions, announcements, applications with small documents, monthly
/// meetings with agenda items, attendance and votes. Deterministic for a given options value. One
/// transaction per council, so an interrupted run leaves whole councils only.
/// </summary>
public sealed class NationalDataSet(KenesDbContext db, IDocumentStorage storage)
{
    public const string EmailDomain = "bench.kenes.kz";
    public const int CouncilSeats = 12;
    private const int Present = 10;

    private readonly Random _random = new(378);
    private readonly Dictionary<string, int> _announcementNumbers = [];
    private long _rows;

    public static string SecretaryEmail(int council) => $"secretary-{council:D3}@{EmailDomain}";

    public static string OfficerEmail(string bodyCode) => $"officer-{bodyCode.ToLowerInvariant()}@{EmailDomain}";

    public Task<bool> AlreadyGeneratedAsync(CancellationToken ct) =>
        db.Users.AnyAsync(u => u.NormalizedEmail == SecretaryEmail(1).ToUpperInvariant(), ct);

    public DataSetManifest? Manifest { get; private set; }

    public async Task<long> GenerateAsync(DataSetOptions options, LocalDate today, string password, IProgress<DataSetProgress>? progress, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var existingBodies = await db.StateBodies.CountAsync(ct);
        var existingCouncils = await db.Councils.CountAsync(ct);
        var codes = await db.StateBodies.Select(b => b.Code).ToListAsync(ct);
        var unused = Names.Ministries.Where(m => !codes.Contains(m.Code)).ToList();
        var bodyCount = Math.Clamp((int)Math.Round(25 * options.Scale) - existingBodies, 1, Math.Max(1, unused.Count));
        var councilCount = options.Councils ?? Math.Max(1, (int)Math.Round(200 * options.Scale) - existingCouncils);
        var firstSecretary = await db.Users.CountAsync(u => u.Email!.StartsWith("secretary-") && u.Email.EndsWith("@" + EmailDomain), ct) + 1;
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var passwordHash = new PasswordHasher<KenesUser>().HashPassword(new KenesUser(), password);

        var bodies = unused.Take(bodyCount).Select(m => new StateBody
        {
            Id = Guid.CreateVersion7(),
            Code = m.Code,
            NameKk = $"Қазақстан Республикасының {m.Kk} министрлігі",
            NameRu = $"Министерство {m.Ru} Республики Казахстан",
            NameEn = $"Ministry of {m.En} of the Republic of Kazakhstan",
            Email = $"info@{m.Code.ToLowerInvariant()}.gov.kz",
            PostalAddress = "010000, Астана қ., Мәңгілік Ел даңғылы, 8",
        }).ToList();
        db.StateBodies.AddRange(bodies);
        foreach (var body in bodies)
        {
            AddUser(OfficerEmail(body.Code), $"{body.Code} officer", body.Id, Roles.StateBodyOfficer, roles, passwordHash);
            AddUser($"hr-{body.Code.ToLowerInvariant()}@{EmailDomain}", $"{body.Code} HR", body.Id, Roles.HrOfficer, roles, passwordHash);
        }

        await SaveAsync(ct);
        progress?.Report(new DataSetProgress(0, councilCount, _rows));

        for (var n = 1; n <= councilCount; n++)
        {
            var i = firstSecretary + n - 1;
            var body = bodies[(n - 1) % bodies.Count];
            var secretary = AddUser(SecretaryEmail(i), $"Хатшы {i:D3}", body.Id, Roles.Secretary, roles, passwordHash);
            var (council, meeting, screening, open) = AddCouncil(i, body, secretary, options, today);
            Manifest ??= new DataSetManifest(secretary.Email!, $"hr-{body.Code.ToLowerInvariant()}@{EmailDomain}", council.Id, meeting.Id, screening.Id, open?.Number ?? "");
            await AddDocumentsAsync(ct);
            await SaveAsync(ct);
            progress?.Report(new DataSetProgress(n, councilCount, _rows));
        }

        return _rows;
    }

    private KenesUser AddUser(string email, string fullName, Guid bodyId, string role, Dictionary<string, Guid> roles, string passwordHash)
    {
        var user = new KenesUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            FullName = fullName,
            StateBodyId = bodyId,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
        _rows += 2;
        return user;
    }

    private readonly List<(CouncilApplication Application, byte[] Content)> _pendingDocuments = [];
    private readonly List<Vote> _votes = [];

    private (Council Council, Meeting Latest, Announcement Screening, Announcement? Open) AddCouncil(int index, StateBody body, KenesUser secretary, DataSetOptions options, LocalDate today)
    {
        var sector = Names.Sectors[(index - 1) % Names.Sectors.Length];
        var round = (index - 1) / Names.Sectors.Length;
        var suffix = round == 0 ? "" : $" ({round + 1})";
        var start = new LocalDate(today.Year - options.Years, today.Month, 1);
        var council = new Council
        {
            Id = Guid.CreateVersion7(),
            StateBodyId = body.Id,
            DirectionKk = sector.Kk + suffix,
            DirectionRu = sector.Ru + suffix,
            DirectionEn = sector.En + suffix,
            Seats = CouncilSeats,
            Status = CouncilStatus.InOffice,
            SecretaryUserId = secretary.Id,
            CreatedAt = Instant.FromUtc(start.Year, start.Month, 1, 4, 0).Minus(Duration.FromDays(90)),
            Version = Guid.NewGuid(),
        };
        db.Councils.Add(council);
        _rows++;

        var history = new CompositionHistory(council, start, today, _random);
        db.ApprovalOrders.AddRange(history.Orders);
        db.CompositionMembers.AddRange(history.Members);
        _rows += history.Orders.Count + history.Members.Count;
        (council.TermStarts, council.TermEnds) = (history.Orders[^1].TermStarts, history.Orders[^1].TermEnds);

        // Every tenth council is taking applications now (a change of composition under way).
        var open = index % 10 == 1 ? AddAnnouncement(council, body, today.PlusDays(-(index % 7) - 1), 20, decided: false) : null;
        var perAnnouncement = Math.Max(1, (options.ApplicationsPerCouncil - (open is null ? 0 : 20)) / history.Orders.Count);
        var past = history.Orders.Select(order => AddAnnouncement(council, body, order.Date.PlusDays(-60), perAnnouncement, decided: true)).ToList();

        var months = options.Years * 12;
        Meeting? latest = null;
        for (var m = 0; m < months; m++)
        {
            var date = start.PlusMonths(m).PlusDays(14);
            latest = AddMeeting(council, m + 1, date, today, history.InOfficeOn(date), options.MeetingItems);
        }

        return (council, latest!, past[^1], open);
    }

    private Announcement AddAnnouncement(Council council, StateBody body, LocalDate published, int applications, bool decided)
    {
        var key = $"{body.Code}-{published.Year}";
        var seq = _announcementNumbers[key] = _announcementNumbers.GetValueOrDefault(key) + 1;
        var at = published.AtStartOfDayInZone(Infrastructure.Time.ClockServiceCollectionExtensions.Almaty).ToInstant().Plus(Duration.FromHours(10));
        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(),
            CouncilId = council.Id,
            Number = $"{key}-{seq:D3}",
            Status = AnnouncementStatus.Published,
            DirectionKk = council.DirectionKk,
            DirectionRu = council.DirectionRu,
            DirectionEn = council.DirectionEn,
            DocumentsKk = "Өтініш (1-қосымша); еңбек өтілін растайтын құжат",
            DocumentsRu = "Заявление (приложение 1); документ, подтверждающий стаж",
            DocumentsEn = "Application (Annex 1); proof of work experience",
            PostalAddress = body.PostalAddress,
            Email = body.Email,
            PublishedOn = published,
            PublishedAt = at,
            SubmissionDeadline = published.PlusDays(21),
            ScreeningDeadline = published.PlusDays(35),
            Revision = 1,
            Version = Guid.NewGuid(),
            CreatedAt = at.Minus(Duration.FromDays(2)),
        };
        db.Announcements.Add(announcement);
        _rows++;
        for (var i = 1; i <= applications; i++)
        {
            AddApplication(announcement, i, at.Plus(Duration.FromHours(i)), decided);
        }

        return announcement;
    }

    private void AddApplication(Announcement announcement, int n, Instant received, bool decided)
    {
        var female = _random.Next(2) == 0;
        var surname = Pick(female ? Names.FemaleSurnames : Names.MaleSurnames);
        var first = Pick(female ? Names.FemaleNames : Names.MaleNames);
        var patronymic = Pick(female ? Names.FemalePatronymics : Names.MalePatronymics);
        var independent = _random.Next(5) == 0;
        var admitted = _random.Next(10) < 7;
        var application = new CouncilApplication
        {
            Id = Guid.CreateVersion7(),
            AnnouncementId = announcement.Id,
            ReceiptNumber = $"{announcement.Number}-{n:D4}",
            Channel = (ApplicationChannel)(_random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 }),
            ReceivedOn = announcement.PublishedOn!.Value.PlusDays(n % 20),
            ReceivedAt = received,
            Surname = surname,
            FirstName = first,
            Patronymic = patronymic,
            IndependentExpert = independent,
            Organization = independent ? null : Pick(Names.Organizations),
            Email = $"applicant-{announcement.Number.ToLowerInvariant()}-{n}@example.kz",
            Phone = $"+7 7{_random.Next(0, 100):D2} {_random.Next(100, 1000)} {_random.Next(1000, 10000)}",
            PersonKey = $"{announcement.Number}-{n}",
            ConsentAt = received,
            ConsentText = "Дербес деректерді жинауға және өңдеуге келісемін.",
            Status = !decided ? ApplicationStatus.Submitted : admitted ? ApplicationStatus.Admitted : ApplicationStatus.Rejected,
            DecisionReason = !decided || admitted ? null : "R9.1: өтініш 1-қосымшаға сәйкес келмейді",
            DecidedAt = decided ? received.Plus(Duration.FromDays(20)) : null,
            Version = Guid.NewGuid(),
        };
        db.Applications.Add(application);
        _rows++;
        _pendingDocuments.Add((application, SmallPdf(application)));
    }

    /// <summary>A one-page PDF of about 700 bytes naming the applicant, so every file and hash differs.</summary>
    private static byte[] SmallPdf(CouncilApplication application) =>
        System.Text.Encoding.UTF8.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n" +
            $"% {application.ReceiptNumber} {application.FullName}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task AddDocumentsAsync(CancellationToken ct)
    {
        var stored = new ApplicationDocument[_pendingDocuments.Count];
        // Several files in flight: each save waits for its own flush to disk.
        await Parallel.ForAsync(0, _pendingDocuments.Count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (i, token) =>
        {
            var (application, content) = _pendingDocuments[i];
            using var stream = new MemoryStream(content);
            var saved = await storage.SaveAsync(stream, token);
            stored[i] = new ApplicationDocument
            {
                Id = Guid.CreateVersion7(),
                ApplicationId = application.Id,
                Kind = ApplicationDocumentKind.Application,
                FileName = $"otinish-{application.ReceiptNumber}.pdf",
                ContentType = "application/pdf",
                Length = saved.Length,
                Sha256 = saved.Sha256,
                StorageKey = saved.Key,
            };
        });
        db.ApplicationDocuments.AddRange(stored);
        _rows += stored.Length;
        _pendingDocuments.Clear();
    }

    private Meeting AddMeeting(Council council, int number, LocalDate date, LocalDate today, IReadOnlyList<CompositionMember> members, int itemCount)
    {
        var held = date < today;
        var at = date.AtStartOfDayInZone(Infrastructure.Time.ClockServiceCollectionExtensions.Almaty).ToInstant();
        var presiding = members.FirstOrDefault(m => m.IsChair) ?? members[0];
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(),
            CouncilId = council.Id,
            Number = number,
            Date = date,
            StartsAt = new LocalTime(10, 0),
            Mode = (MeetingMode)_random.Next(3),
            Place = "Астана қ., Мәңгілік Ел даңғылы, 8, 305-бөлме",
            Status = held ? MeetingStatus.Held : MeetingStatus.Planned,
            NoticeSentOn = date.PlusDays(-10),
            PresidingMemberId = held ? presiding.Id : null,
            Version = Guid.NewGuid(),
            CreatedAt = at.Minus(Duration.FromDays(30)),
        };
        db.Meetings.Add(meeting);
        _rows++;

        var present = members.OrderBy(_ => _random.Next()).Take(Present).ToList();
        if (held)
        {
            foreach (var member in present)
            {
                db.Attendance.Add(new Attendance { Id = Guid.CreateVersion7(), MeetingId = meeting.Id, MemberId = member.Id, Mode = AttendanceMode.InPerson, RecordedAt = at.Plus(Duration.FromHours(5)) });
            }

            _rows += present.Count;
        }

        for (var order = 1; order <= itemCount; order++)
        {
            var item = new AgendaItem
            {
                Id = Guid.CreateVersion7(),
                MeetingId = meeting.Id,
                Order = order,
                Title = Pick(Names.AgendaTitles),
                Description = "Баяндамашы: салалық кеңестің хатшысы.",
                Subject = (AgendaSubject)_random.Next(8),
                VoteState = held ? VoteState.Closed : VoteState.NotStarted,
                Version = Guid.NewGuid(),
            };
            db.AgendaItems.Add(item);
            _rows++;
            if (!held)
            {
                continue;
            }

            var votesFor = 0;
            foreach (var member in present)
            {
                var choice = _random.Next(10) switch { < 8 => VoteChoice.For, < 9 => VoteChoice.Against, _ => VoteChoice.Abstain };
                votesFor += choice == VoteChoice.For ? 1 : 0;
                _votes.Add(new Vote { Id = Guid.CreateVersion7(), AgendaItemId = item.Id, MemberId = member.Id, Choice = choice, CastAt = at.Plus(Duration.FromHours(5 + order / 10.0)) });
            }

            _rows += present.Count;
            item.Adopted = votesFor * 2 > present.Count;
            item.Decision = item.Adopted == true ? "Шешім қабылданды." : "Шешім қабылданбады.";
        }

        return meeting;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        if (_votes.Count > 0 && db.Database.IsNpgsql())
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                await VoteCopy.WriteAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), _votes, ct);
                await transaction.CommitAsync(ct);
            });
        }
        else
        {
            db.Votes.AddRange(_votes);
            await db.SaveChangesAsync(ct);
        }

        _votes.Clear();
        db.ChangeTracker.Clear();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
