using Kenes.Infrastructure.Identity;
using Kenes.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Kenes.Infrastructure.Demo;

/// <summary>Fills an empty database with the demo state bodies, councils and accounts. Idempotent.</summary>
public sealed class DemoSeeder(KenesDbContext db, UserManager<KenesUser> users, IClock clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (!await db.StateBodies.AnyAsync(ct))
        {
            var now = clock.GetCurrentInstant();
            foreach (var (body, council) in DemoStateBodies.Create())
            {
                council.CreatedAt = now;
                db.StateBodies.Add(body);
                db.Councils.Add(council);
                if (body.Code == DemoStateBodies.Agriculture)
                {
                    var announcement = DemoFormation.PastAnnouncement(council, body, now.InZone(Time.ClockServiceCollectionExtensions.Almaty).Date, now);
                    db.Announcements.Add(announcement);
                    db.Applications.AddRange(DemoFormation.Applications(announcement, now));
                }
            }

            await db.SaveChangesAsync(ct);
        }

        var bodies = await db.StateBodies.ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new KenesUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                StateBodyId = account.StateBodyCode is null ? null : bodies[account.StateBodyCode],
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }

        await SeedEnergyCompositionAsync(ct);
    }

    /// <summary>Puts the energy council in office once the demo accounts exist (its members and secretary are demo users).</summary>
    private async Task SeedEnergyCompositionAsync(CancellationToken ct)
    {
        var council = await db.Councils.Include(c => c.StateBody).FirstAsync(c => c.StateBody!.Code == DemoStateBodies.Energy, ct);
        if (await db.CompositionMembers.AnyAsync(m => m.CouncilId == council.Id, ct))
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var chair = await users.FindByEmailAsync("chair@demo.kenes.kz");
        var member = await users.FindByEmailAsync("member@demo.kenes.kz");
        var secretary = await users.FindByEmailAsync("secretary@demo.kenes.kz");
        var (order, members) = DemoComposition.InOffice(council, now.InZone(Time.ClockServiceCollectionExtensions.Almaty).Date, now, chair?.Id, member?.Id);
        council.SecretaryUserId = secretary?.Id;
        council.Version = Guid.NewGuid();
        db.ApprovalOrders.Add(order);
        db.CompositionMembers.AddRange(members);
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
