using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Kenes.Web.Features.Account;

public static class IdentityServices
{
    public static IServiceCollection AddKenesIdentity(this IServiceCollection services)
    {
        services.AddIdentity<KenesUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // Twelve characters of four classes, of which at least eight different: "Aaaaaaaaaa1!" is refused.
                options.Password.RequiredUniqueChars = 8;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<KenesDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<KenesClaimsPrincipalFactory>();

        // API clients use opaque bearer tokens protected by the same shared data-protection keys.
        services.AddScoped<TwoFactorSettings>();

        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
            options.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "kenes.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // Keys in the database, so every web node can read cookies and tokens issued by another.
        services.AddDataProtection().PersistKeysToDbContext<KenesDbContext>().SetApplicationName("Kenes");

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(
                Roles.StateBodyOfficer, Roles.HrOfficer, Roles.Secretary, Roles.Administrator, Roles.Observer))
            .AddPolicy(Policies.ManageCouncils, p => p.RequireRole(Roles.StateBodyOfficer, Roles.Administrator))
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        return services;
    }
}
