using Kenes.Infrastructure.Persistence;

namespace Kenes.Web.Features.Meetings.Session;

/// <summary>The live tally: quorum (M9) and the counts of every agenda item's vote (M10). No names: members see counts.</summary>
public sealed record TallyView(Guid MeetingId, TallyView.QuorumView Quorum, Guid? PresidingMemberId, IReadOnlyList<TallyView.ItemView> Items)
{
    public sealed record QuorumView(string Norm, int MembersInOffice, int Present, int Required, bool Quorate);

    public sealed record ItemView(Guid Id, int Order, string Title, string State, int For, int Against, int Abstain, int Voted, bool? Adopted, string? DecidedBy);

    public static TallyView From(SessionState s) => new(
        s.Meeting.Id,
        new QuorumView(s.Quorum.Norm.Id, s.Quorum.MembersInOffice, s.Quorum.Present, s.Quorum.Required, s.Quorum.Quorate),
        s.PresidingMemberId,
        s.Items.Select(i => new ItemView(
            i.Id, i.Order, i.Title, i.VoteState.ToString(),
            i.Votes.Count(v => v.Choice == VoteChoice.For),
            i.Votes.Count(v => v.Choice == VoteChoice.Against),
            i.Votes.Count(v => v.Choice == VoteChoice.Abstain),
            i.Votes.Count, i.Adopted, i.DecidedBy)).ToList());
}
