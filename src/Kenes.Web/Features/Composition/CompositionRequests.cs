namespace Kenes.Web.Features.Composition;

/// <summary>
/// Adds a member: an admitted candidate (<see cref="ApplicationId"/> set; name, organization and
/// e-mail come from the application) or a directly appointed representative (the state body, the
/// National Chamber, the National body: R5.1–R5.3). <see cref="Category"/> is the R5 subparagraph
/// 1–7, or 8 for an independent expert (R4).
/// </summary>
public sealed record AddMemberRequest(
    Guid? ApplicationId, string? FullName, string? Organization, string? Position, int? Category, string? Email,
    bool? DeputyChair, Guid? Version);

public sealed record DeputyChairRequest(bool? Value, Guid? Version);

public sealed record SecretaryRequest(Guid? UserId, Guid? Version);

public sealed record JustificationsRequest(string? TradeUnions, string? EmployerAssociations, Guid? Version);

/// <summary>The state body's order (R11): its number and date (ISO yyyy-MM-dd); <see cref="Renew"/> asks for a renewal (R4).</summary>
public sealed record ApproveRequest(string? Number, string? Date, bool? Renew, Guid? Version);

public sealed record VersionRequest(Guid? Version);
