using Kenes.Domain.Formation;
using Kenes.Infrastructure.Persistence;
using NodaTime;

namespace Kenes.DataSet;

/// <summary>
/// A council's compositions over the years: a three-year term per approval order (initial, then
/// renewals), and halfway through each term a change order that replaces one member. Categories
/// follow R5 (one state-body deputy chair, at most two from education, R5.7).
/// </summary>
internal sealed class CompositionHistory
{
    private static readonly MemberCategory[] Categories =
    [
        MemberCategory.StateBody, MemberCategory.NationalChamber, MemberCategory.NationalBody, MemberCategory.Employers,
        MemberCategory.Employers, MemberCategory.TradeUnions, MemberCategory.TradeUnions, MemberCategory.EmployerAssociations,
        MemberCategory.Education, MemberCategory.Education, MemberCategory.IndependentExpert, MemberCategory.IndependentExpert,
    ];

    private readonly Random _random;
    private readonly Guid _councilId;
    private int _orderNumber;

    public List<ApprovalOrder> Orders { get; } = [];

    public List<CompositionMember> Members { get; } = [];

    private readonly List<(LocalDate From, LocalDate To, CompositionMember Member)> _spans = [];

    public CompositionHistory(Council council, LocalDate start, LocalDate today, Random random)
    {
        _random = random;
        _councilId = council.Id;
        for (var termStart = start; termStart <= today; termStart = termStart.PlusYears(3))
        {
            var termEnd = termStart.PlusYears(3).PlusDays(-1);
            var order = NewOrder(termStart.PlusDays(-10), Orders.Count == 0 ? ApprovalOrderKind.Initial : ApprovalOrderKind.Renewal, termStart, termEnd);
            foreach (var current in _spans.Where(s => s.To == LocalDate.MaxIsoValue).ToList())
            {
                Close(current, termStart, order);
            }

            var members = Categories.Select((category, i) => NewMember(category, order, i == 0, i == 1)).ToList();
            members.ForEach(m => _spans.Add((termStart, LocalDate.MaxIsoValue, m)));

            var change = termStart.PlusMonths(18);
            if (change <= today)
            {
                var changeOrder = NewOrder(change.PlusDays(-5), ApprovalOrderKind.Change, termStart, termEnd);
                var leaving = _spans.Last(s => s.To == LocalDate.MaxIsoValue && !s.Member.IsChair && !s.Member.IsDeputyChair);
                Close(leaving, change, changeOrder);
                _spans.Add((change, LocalDate.MaxIsoValue, NewMember(leaving.Member.Category, changeOrder, false, false)));
            }
        }
    }

    /// <summary>The members in office on a date (the order's term has begun and no later order removed them).</summary>
    public IReadOnlyList<CompositionMember> InOfficeOn(LocalDate date) =>
        _spans.Where(s => s.From <= date && date < s.To).Select(s => s.Member).ToList();

    private void Close((LocalDate From, LocalDate To, CompositionMember Member) span, LocalDate on, ApprovalOrder order)
    {
        _spans.Remove(span);
        _spans.Add((span.From, on, span.Member));
        span.Member.RemovedByOrderId = order.Id;
    }

    private ApprovalOrder NewOrder(LocalDate date, ApprovalOrderKind kind, LocalDate termStarts, LocalDate termEnds)
    {
        var order = new ApprovalOrder
        {
            Id = Guid.CreateVersion7(),
            CouncilId = _councilId,
            Number = $"{++_orderNumber}-{date.Year % 100:D2}/ө",
            Date = date,
            Kind = kind,
            TermStarts = termStarts,
            TermEnds = termEnds,
            RecordedAt = date.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(6)),
        };
        Orders.Add(order);
        return order;
    }

    private CompositionMember NewMember(MemberCategory category, ApprovalOrder order, bool deputy, bool chair)
    {
        var female = _random.Next(2) == 0;
        var surnames = female ? Names.FemaleSurnames : Names.MaleSurnames;
        var names = female ? Names.FemaleNames : Names.MaleNames;
        var name = $"{surnames[_random.Next(surnames.Length)]} {names[_random.Next(names.Length)]}";
        var member = new CompositionMember
        {
            Id = Guid.CreateVersion7(),
            CouncilId = _councilId,
            FullName = name,
            Organization = category == MemberCategory.IndependentExpert ? "" : Names.Organizations[_random.Next(Names.Organizations.Length)],
            Position = Names.Positions[_random.Next(Names.Positions.Length)],
            Category = category,
            IsDeputyChair = deputy,
            IsChair = chair,
            ApprovedByOrderId = order.Id,
            AddedAt = order.RecordedAt,
        };
        Members.Add(member);
        return member;
    }
}
