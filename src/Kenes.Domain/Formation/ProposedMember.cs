namespace Kenes.Domain.Formation;

/// <summary>
/// One person on a draft composition: an admitted candidate or a directly appointed representative,
/// with the one R5 category (or R4 independent expert) they sit in.
/// </summary>
/// <param name="UserId">The person's Kenes account, if any; compared with the secretary's (M12).</param>
public sealed record ProposedMember(Guid Id, string FullName, MemberCategory Category, bool IsDeputyChair, Guid? UserId);
