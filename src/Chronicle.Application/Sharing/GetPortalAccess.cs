namespace Chronicle.Application.Sharing;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Everyone who can see a patient's record from outside the practice, and how: the patient's own
/// sign-in, caregivers with their grants, outside providers, and the invitations sent.
/// </summary>
public sealed class GetPortalAccess(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PortalAccess>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var found = await PortalManagers.PatientAsync(access, patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var now = clock.GetUtcNow();
        var own = await db.Users.AsNoTracking().Where(u => u.PatientId == patient.Id).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        var caregivers = await db.CaregiverGrants.AsNoTracking().Where(g => g.PatientId == patient.Id)
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { g.Id, u.DisplayName, u.Email, g.GrantedAt, g.ExpiresAt, g.RevokedAt })
            .ToListAsync(cancellationToken);
        var providers = await db.ProviderShares.AsNoTracking().Where(g => g.PatientId == patient.Id)
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { g.Id, u.DisplayName, u.Email, g.GrantedAt, g.ExpiresAt, g.RevokedAt })
            .ToListAsync(cancellationToken);
        var invitations = await db.PortalInvitations.AsNoTracking().Where(i => i.PatientId == patient.Id).ToListAsync(cancellationToken);

        await audit.RecordAsync(AuditEntry.Read("portal access", patient.Id, patient.PracticeId), cancellationToken);
        return new PortalAccess(
            patient.Id.Value,
            $"{patient.FirstName} {patient.LastName}",
            patient.Mrn,
            own,
            [.. caregivers.OrderByDescending(g => g.GrantedAt).Select(g => new GrantRow(g.Id.Value, g.DisplayName, g.Email ?? string.Empty, g.GrantedAt, g.ExpiresAt, g.RevokedAt, StateOf(g.GrantedAt, g.ExpiresAt, g.RevokedAt, now)))],
            [.. providers.OrderByDescending(g => g.GrantedAt).Select(g => new GrantRow(g.Id.Value, g.DisplayName, g.Email ?? string.Empty, g.GrantedAt, g.ExpiresAt, g.RevokedAt, StateOf(g.GrantedAt, g.ExpiresAt, g.RevokedAt, now)))],
            [.. invitations.OrderByDescending(i => i.IssuedAt).Select(i => new InvitationRow(i.Id, i.Kind, i.InviteeName, i.Email, i.Relationship, i.IssuedAt, i.IssuedBy, i.ExpiresAt, i.AccessUntil, i.StateAt(now)))],
            PortalManagers.MayManage(access.Actor));
    }

    private static string StateOf(DateTimeOffset granted, DateTimeOffset expires, DateTimeOffset? revoked, DateTimeOffset now) =>
        revoked is not null && revoked <= now ? "revoked"
        : now >= expires ? "expired"
        : now < granted ? "not yet in force"
        : "active";
}

public sealed record PortalAccess(
    Guid PatientId,
    string PatientName,
    string Mrn,
    string? PatientSignIn,
    IReadOnlyList<GrantRow> Caregivers,
    IReadOnlyList<GrantRow> OutsideProviders,
    IReadOnlyList<InvitationRow> Invitations,
    bool MayManage);

/// <param name="State">"active", "expired", "revoked" or "not yet in force".</param>
public sealed record GrantRow(Guid Id, string Name, string Email, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string State);

public sealed record InvitationRow(
    Guid Id,
    PortalInviteeKind Kind,
    string Name,
    string Email,
    string? Relationship,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AccessUntil,
    PortalInvitationState State);
