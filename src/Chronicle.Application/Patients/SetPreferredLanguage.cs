namespace Chronicle.Application.Patients;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Sets or clears the language a patient prefers to be spoken to in (a BCP 47 tag such as
/// <c>es</c>), what the care manager sees before every call. Held by those who record the consent
/// conversation (<see cref="Capability.ChangeEnrollmentAndConsent"/>), whose language it usually is.
/// </summary>
public sealed class SetPreferredLanguage(EnrollmentStore store)
{
    /// <summary>The tag is not a BCP 47 language tag.</summary>
    public const string InvalidCode = "PATIENT-LANGUAGE-INVALID";

    /// <returns>Null when saved (or unchanged), else why not.</returns>
    public async Task<BusinessError?> ExecuteAsync(Guid patientId, string? tag, CancellationToken cancellationToken)
    {
        var value = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim();
        if (value is not null && !LanguageTag.IsValid(value))
        {
            return new BusinessError(InvalidCode, LanguageTag.TryParse(value).Error!);
        }

        var loaded = await store.LoadForChangeAsync(Capability.ChangeEnrollmentAndConsent, patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        // The access check reads the patient untracked; the change is made on the tracked row.
        var patient = await store.Db.Patients.SingleAsync(p => p.Id == state.Patient.Id, cancellationToken);
        if (!patient.SetPreferredLanguage(value))
        {
            return null;
        }

        var what = value is null ? "preferred language cleared" : $"preferred language set to {value}";
        return await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Update, what)], cancellationToken);
    }
}
