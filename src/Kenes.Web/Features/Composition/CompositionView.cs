using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Kenes.Web.Features.Composition;

/// <summary>A council's composition as the staff API shows it; messages in the caller's language.</summary>
public sealed record CompositionView(
    Guid CouncilId,
    Guid Version,
    int Seats,
    string Status,
    string Phase,
    CompositionView.TermView? Term,
    string NextOrderKind,
    bool Renewal,
    CompositionView.SecretaryView? Secretary,
    CompositionView.JustificationsView Justifications,
    IReadOnlyList<CompositionView.MemberView> Members,
    IReadOnlyList<ViolationView> Violations,
    IReadOnlyList<CompositionView.OrderView> Orders,
    IReadOnlyList<SecretaryCandidate> SecretaryCandidates)
{
    public sealed record TermView(LocalDate Starts, LocalDate Ends, LocalDate WarningFrom);

    public sealed record SecretaryView(Guid UserId, string? FullName);

    public sealed record JustificationsView(string? TradeUnions, string? EmployerAssociations);

    public sealed record OrderRef(Guid Id, string Number, LocalDate Date, string Kind);

    public sealed record OrderView(Guid Id, string Number, LocalDate Date, string Kind, LocalDate TermStarts, LocalDate TermEnds);

    /// <summary>One row with its history; <c>state</c> is draft, inOffice, pendingRemoval or removed.</summary>
    public sealed record MemberView(
        Guid Id, string FullName, string Organization, string Position, int Category, string CategoryNorm, bool DeputyChair,
        string? Email, Guid? ApplicationId, string State, OrderRef? ApprovedBy, OrderRef? RemovedBy);

    public static CompositionView From(CompositionSnapshot s, IStringLocalizer texts)
    {
        OrderRef? Ref(Guid? id) => s.OrderById(id) is { } o ? new OrderRef(o.Id, o.Number, o.Date, o.Kind.ToString()) : null;
        var c = s.Council;
        return new CompositionView(
            c.Id, c.Version, c.Seats, c.Status.ToString(), s.Phase.ToString(),
            s.Term is { } t ? new TermView(t.Starts, t.Ends, t.WarningFrom) : null,
            s.NextOrderKind.ToString(), s.RenewalMode,
            c.SecretaryUserId is { } sid ? new SecretaryView(sid, s.SecretaryName) : null,
            new JustificationsView(c.TradeUnionsJustification, c.EmployerAssociationsJustification),
            s.Members.Select(m => new MemberView(
                m.Id, m.FullName, texts.Organization(m), m.Position, (int)m.Category, m.Category.NormId(), m.IsDeputyChair,
                m.Email, m.ApplicationId, Camel(m.StateOf().ToString()), Ref(m.ApprovedByOrderId), Ref(m.RemovedByOrderId))).ToList(),
            ViolationView.From(s, texts),
            s.Orders.Select(o => new OrderView(o.Id, o.Number, o.Date, o.Kind.ToString(), o.TermStarts, o.TermEnds)).ToList(),
            s.SecretaryCandidates);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A broken rule as the API reports it: the norm id, the stable code, the message in the caller's language.</summary>
public sealed record ViolationView(string Norm, string Code, string Message, Guid? MemberId)
{
    public static IReadOnlyList<ViolationView> From(CompositionSnapshot s, IStringLocalizer texts) =>
        s.Violations.Select(v => new ViolationView(v.Norm.Id, v.Code, texts.Violation(v, s), v.MemberId)).ToList();

    public static IReadOnlyList<ViolationView> From(IEnumerable<CompositionViolation> violations, CompositionSnapshot s, IStringLocalizer texts) =>
        violations.Select(v => new ViolationView(v.Norm.Id, v.Code, texts.Violation(v, s), v.MemberId)).ToList();
}
