using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// The officer's changes to a council's composition before the next order (R5, M6, M7, M12).
/// The council row is the aggregate's concurrency token: every change checks the Version the form
/// was opened with and writes a new one, so a stale form is refused and nothing is half-saved.
/// The rules themselves are not enforced here — a draft may break them while it is being built;
/// the page shows every violation, and only the approval order refuses them.
/// </summary>
public sealed class CompositionEditor(KenesDbContext db, IClock clock, IStringLocalizer<Texts> texts)
{
    public const int NameMax = 300;
    public const int JustificationMax = 1000;

    [Implements("R5")]
    public async Task<EditResult> AddMemberAsync(Council council, AddMemberRequest request, Guid? userId, CancellationToken ct)
    {
        var errors = new FieldErrors(texts);
        var position = errors.Text("position", request.Position, NameMax, required: false) ?? "";
        MemberCategory? category = request.Category is { } c && Enum.IsDefined((MemberCategory)c) ? (MemberCategory)c : null;
        if (request.Category is not null && category is null)
        {
            errors.Add("category", texts["composition.validation.category", errors.Label("category")]);
        }

        CompositionMember member;
        if (request.ApplicationId is { } applicationId)
        {
            var application = await db.Applications.AsNoTracking()
                .Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Admitted && a.Announcement!.CouncilId == council.Id)
                .FirstOrDefaultAsync(ct);
            if (application is null)
            {
                errors.Add("applicationId", texts["composition.validation.application", errors.Label("applicationId")]);
                return EditResult.Invalid(errors);
            }

            var alreadyIn = await db.CompositionMembers.AnyAsync(
                m => m.CouncilId == council.Id && m.ApplicationId == applicationId && m.RemovedByOrderId == null, ct);
            if (alreadyIn)
            {
                errors.Add("applicationId", texts["composition.validation.application_used"]);
            }

            // R4: an independent expert sits as one unless the officer places them elsewhere.
            category ??= application.IndependentExpert ? MemberCategory.IndependentExpert : null;
            if (category is null && request.Category is null)
            {
                errors.Add("category", texts["validation.required", errors.Label("category")]);
            }

            if (errors.Any)
            {
                return EditResult.Invalid(errors);
            }

            member = new CompositionMember
            {
                FullName = application.FullName,
                Organization = application.IndependentExpert ? "" : application.Organization?.Trim() ?? "",
                Email = application.Email,
                ApplicationId = application.Id,
            };
        }
        else
        {
            var fullName = errors.Text("fullName", request.FullName, NameMax, required: true);
            var organization = errors.Text("organization", request.Organization, NameMax, required: category != MemberCategory.IndependentExpert);
            var email = errors.Email("email", request.Email);
            if (category is null && request.Category is null)
            {
                errors.Add("category", texts["validation.required", errors.Label("category")]);
            }

            if (errors.Any)
            {
                return EditResult.Invalid(errors);
            }

            member = new CompositionMember { FullName = fullName!, Organization = organization ?? "", Email = email };
        }

        if (request.Version is { } version && version != council.Version)
        {
            return EditResult.Conflict;
        }

        member.Id = Guid.NewGuid();
        member.CouncilId = council.Id;
        member.Position = position;
        member.Category = category!.Value;
        member.IsDeputyChair = request.DeputyChair == true;
        member.AddedAt = clock.GetCurrentInstant();
        // M12: linking the person to their account lets the rules see a secretary listed as a member.
        member.UserId = await UserIdByEmailAsync(member.Email, ct);
        db.CompositionMembers.Add(member);
        var result = await SaveAsync(council, userId, "composition.member.add", $"{member.Id} {member.FullName} ({member.Category.NormId()})", ct);
        return result.Status == EditStatus.Saved ? result with { Member = member } : result;
    }

    /// <summary>A proposed member is simply dropped; a member in office leaves only by the next order (R11).</summary>
    public async Task<EditResult> RemoveMemberAsync(Council council, Guid memberId, Guid? version, Guid? userId, CancellationToken ct)
    {
        var member = await CurrentMemberAsync(council, memberId, ct);
        if (member is null)
        {
            return EditResult.NotFound;
        }

        if (version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        if (member.IsDraft)
        {
            db.CompositionMembers.Remove(member);
        }
        else
        {
            member.PendingRemoval = true;
        }

        return await SaveAsync(council, userId, "composition.member.remove", $"{member.Id} {member.FullName}", ct);
    }

    /// <summary>Takes back a removal not yet ordered.</summary>
    public async Task<EditResult> RestoreMemberAsync(Council council, Guid memberId, Guid? version, Guid? userId, CancellationToken ct)
    {
        var member = await CurrentMemberAsync(council, memberId, ct);
        if (member is null || !member.PendingRemoval)
        {
            return EditResult.NotFound;
        }

        if (version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        member.PendingRemoval = false;
        return await SaveAsync(council, userId, "composition.member.restore", $"{member.Id} {member.FullName}", ct);
    }

    /// <summary>M7: the deputy chair is the state body's deputy first head; the rules check there is exactly one.</summary>
    [Implements("M7")]
    public async Task<EditResult> SetDeputyChairAsync(Council council, Guid memberId, DeputyChairRequest request, Guid? userId, CancellationToken ct)
    {
        var member = await CurrentMemberAsync(council, memberId, ct);
        if (member is null)
        {
            return EditResult.NotFound;
        }

        if (request.Value is null)
        {
            return EditResult.Invalid("value", texts["validation.required", texts["composition.field.value"]]);
        }

        if (request.Version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        member.IsDeputyChair = request.Value.Value;
        return await SaveAsync(council, userId, "composition.deputy_chair", $"{member.Id} {member.FullName}: {member.IsDeputyChair}", ct);
    }

    /// <summary>M12: the secretary is a state-body employee (the Secretary role of the council's state body).</summary>
    [Implements("M12")]
    public async Task<EditResult> SetSecretaryAsync(Council council, SecretaryRequest request, IReadOnlyList<SecretaryCandidate> candidates,
        Guid? userId, CancellationToken ct)
    {
        if (request.UserId is { } id && candidates.All(s => s.UserId != id))
        {
            return EditResult.Invalid("userId", texts["composition.validation.secretary", texts["composition.field.userId"]]);
        }

        if (request.Version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        council.SecretaryUserId = request.UserId;
        return await SaveAsync(council, userId, "composition.secretary", request.UserId?.ToString() ?? "none", ct);
    }

    /// <summary>R5.5, R5.6 "(if any)": why a category is left empty, recorded by the state body.</summary>
    [Implements("R5.5")]
    [Implements("R5.6")]
    public async Task<EditResult> SetJustificationsAsync(Council council, JustificationsRequest request, Guid? userId, CancellationToken ct)
    {
        var errors = new FieldErrors(texts);
        var unions = errors.Text("tradeUnions", request.TradeUnions, JustificationMax, required: false, multiline: true);
        var associations = errors.Text("employerAssociations", request.EmployerAssociations, JustificationMax, required: false, multiline: true);
        if (errors.Any)
        {
            return EditResult.Invalid(errors);
        }

        if (request.Version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        council.TradeUnionsJustification = unions;
        council.EmployerAssociationsJustification = associations;
        return await SaveAsync(council, userId, "composition.justifications", $"R5.5: {unions} | R5.6: {associations}", ct);
    }

    /// <summary>R4: after the 90-day warning the officer chooses to renew; the next order becomes a renewal.</summary>
    [Implements("R4")]
    public async Task<EditResult> MarkRenewalAsync(Council council, CompositionSnapshot snapshot, Guid? version, Guid? userId, CancellationToken ct)
    {
        if (snapshot.Phase is not (CouncilPhase.TermEnding or CouncilPhase.TermEnded))
        {
            return EditResult.Invalid("renew", texts["composition.validation.renewal_early"]);
        }

        if (version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        return await SaveAsync(council, userId, CompositionReader.RenewalIntentAction, "renewal", ct);
    }

    private Task<CompositionMember?> CurrentMemberAsync(Council council, Guid memberId, CancellationToken ct) =>
        db.CompositionMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.CouncilId == council.Id && m.RemovedByOrderId == null, ct);

    private async Task<Guid?> UserIdByEmailAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<EditResult> SaveAsync(Council council, Guid? userId, string action, string details, CancellationToken ct)
    {
        council.Version = Guid.NewGuid();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            UserId = userId,
            Action = action,
            Subject = council.Id.ToString(),
            Details = details.Length > 4000 ? details[..4000] : details,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return new EditResult(EditStatus.Saved);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Conflict;
        }
    }
}
