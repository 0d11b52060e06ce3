using Microsoft.AspNetCore.Identity;

namespace Kenes.Infrastructure.Identity;

/// <summary>A person who signs in. Staff users belong to exactly one state body (DESIGN.md §4).</summary>
public sealed class KenesUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>The state body whose data this user may see; null for administrators, observers and applicants.</summary>
    public Guid? StateBodyId { get; set; }

    public string? PreferredCulture { get; set; }
}
