using Kenes.Domain.Formation;
using Kenes.Domain.Law;
using Kenes.Infrastructure.Persistence;
using Kenes.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Kenes.Web.Features.Composition;

/// <summary>
/// R11: "The formed composition is approved by an order of the state body and posted on its
/// internet resource." Records the order and applies it to the composition in one save: the first
/// order starts the three-year term (R4); a later one changes members within the term; a renewal
/// replaces the whole composition and starts a new term. Refused while any rule is broken.
/// </summary>
[Implements("R11")]
[Implements("R4")]
public sealed class ApproveComposition(KenesDbContext db, IClock clock, IStringLocalizer<Texts> texts)
{
    public const int NumberMax = 50;

    /// <summary>Order No. 378 is in force from 4 September 2023; no council order can predate it.</summary>
    public static readonly LocalDate EarliestOrderDate = new(2023, 9, 4);

    public async Task<EditResult> HandleAsync(CompositionSnapshot snapshot, ApproveRequest request, Guid? userId, CancellationToken ct)
    {
        var council = snapshot.Council;
        var errors = new FieldErrors(texts);
        var number = errors.Text("number", request.Number, NumberMax, required: true);
        var date = ParseDate(errors, request.Date, snapshot);
        if (number is not null && snapshot.Orders.Any(o => string.Equals(o.Number, number, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("number", texts["composition.validation.number_used", number]);
        }

        if (errors.Any)
        {
            return EditResult.Invalid(errors);
        }

        if (request.Version is { } v && v != council.Version)
        {
            return EditResult.Conflict;
        }

        var renewal = snapshot.RenewalMode
            || (request.Renew == true && snapshot.Orders.Count > 0 && snapshot.Phase is CouncilPhase.TermEnding or CouncilPhase.TermEnded);
        if (!renewal && snapshot.Orders.Count > 0 && !snapshot.HasPendingChanges)
        {
            return EditResult.Invalid("composition", texts["composition.validation.nothing_to_approve"]);
        }

        // A renewal asked for in this request validates the composition it would create.
        var effective = renewal && !snapshot.RenewalMode ? WithRenewal(snapshot) : snapshot;
        if (effective.Violations.Count > 0)
        {
            return new EditResult(EditStatus.Violations, Violations: effective.Violations);
        }

        var kind = snapshot.Orders.Count == 0 ? ApprovalOrderKind.Initial : renewal ? ApprovalOrderKind.Renewal : ApprovalOrderKind.Change;
        var orderDate = date!.Value;
        var term = kind == ApprovalOrderKind.Change ? snapshot.Term! : CouncilTerm.FromOrder(orderDate);
        var now = clock.GetCurrentInstant();
        var order = new ApprovalOrder
        {
            Id = Guid.NewGuid(),
            CouncilId = council.Id,
            Number = number!,
            Date = orderDate,
            Kind = kind,
            TermStarts = term.Starts,
            TermEnds = term.Ends,
            RecordedBy = userId,
            RecordedAt = now,
        };
        db.ApprovalOrders.Add(order);

        foreach (var member in snapshot.Members)
        {
            if (member.IsDraft)
            {
                member.ApprovedByOrderId = order.Id;
            }
            else if (member.InOffice && (member.PendingRemoval || kind == ApprovalOrderKind.Renewal))
            {
                // R4: a renewal ends the old composition as a whole; a change removes the marked members.
                member.RemovedByOrderId = order.Id;
                member.PendingRemoval = false;
            }
        }

        council.TermStarts = term.Starts;
        council.TermEnds = term.Ends;
        council.Status = kind == ApprovalOrderKind.Renewal
            ? CouncilStatus.Renewed
            : StatusFor(CouncilLifecycle.PhaseOn(snapshot.Today, term));
        council.Version = Guid.NewGuid();
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = userId,
            Action = CompositionReader.ApprovedAction,
            Subject = council.Id.ToString(),
            Details = $"{kind} No. {order.Number} of {LocalDatePattern.Iso.Format(order.Date)}; term {LocalDatePattern.Iso.Format(term.Starts)}–{LocalDatePattern.Iso.Format(term.Ends)}; "
                + $"{snapshot.Members.Count(m => m.IsDraft)} approved, {snapshot.Members.Count(m => m.RemovedByOrderId == order.Id)} removed",
        });

        try
        {
            await db.SaveChangesAsync(ct);
            return new EditResult(EditStatus.Saved, Order: order);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditResult.Conflict;
        }
    }

    public static CouncilStatus StatusFor(CouncilPhase phase) => phase switch
    {
        CouncilPhase.Forming => CouncilStatus.Forming,
        CouncilPhase.Approved => CouncilStatus.Approved,
        CouncilPhase.InOffice => CouncilStatus.InOffice,
        _ => CouncilStatus.TermEnding,
    };

    private static CompositionSnapshot WithRenewal(CompositionSnapshot s) => new()
    {
        Council = s.Council,
        Members = s.Members,
        Orders = s.Orders,
        SecretaryCandidates = s.SecretaryCandidates,
        SecretaryName = s.SecretaryName,
        Today = s.Today,
        Term = s.Term,
        Phase = s.Phase,
        RenewalIntent = true,
    };

    /// <summary>
    /// The order's date: an ISO date, not in the future (Asia/Almaty), not before the order took
    /// effect, and not before the council's last order (the history reads in date order).
    /// </summary>
    private LocalDate? ParseDate(FieldErrors errors, string? text, CompositionSnapshot snapshot)
    {
        var raw = errors.Text("date", text, 10, required: true);
        if (raw is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(raw);
        if (!parsed.Success)
        {
            errors.Add("date", texts["composition.validation.date_format", errors.Label("date")]);
            return null;
        }

        var date = parsed.Value;
        if (date > snapshot.Today)
        {
            errors.Add("date", texts["composition.validation.date_future", errors.Label("date"), LocalDatePattern.Iso.Format(snapshot.Today)]);
            return null;
        }

        var earliest = snapshot.LastOrder?.Date ?? EarliestOrderDate;
        if (date < earliest)
        {
            errors.Add("date", texts["composition.validation.date_early", errors.Label("date"), LocalDatePattern.Iso.Format(earliest)]);
            return null;
        }

        return date;
    }
}
