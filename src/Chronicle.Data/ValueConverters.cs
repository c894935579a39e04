namespace Chronicle.Data;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>How the domain's value types are stored: ids as GUIDs, codes as their plain strings.</summary>
internal static class ValueConverters
{
    internal sealed class PracticeIdConverter() : ValueConverter<PracticeId, Guid>(v => v.Value, v => new PracticeId(v));

    internal sealed class StaffIdConverter() : ValueConverter<StaffId, Guid>(v => v.Value, v => new StaffId(v));

    internal sealed class PatientIdConverter() : ValueConverter<PatientId, Guid>(v => v.Value, v => new PatientId(v));

    internal sealed class ConditionIdConverter() : ValueConverter<ConditionId, Guid>(v => v.Value, v => new ConditionId(v));

    internal sealed class PayerIdConverter() : ValueConverter<Domain.Payers.PayerId, Guid>(v => v.Value, v => new Domain.Payers.PayerId(v));

    internal sealed class CoverageIdConverter() : ValueConverter<Domain.Payers.CoverageId, Guid>(v => v.Value, v => new Domain.Payers.CoverageId(v));

    internal sealed class VisitIdConverter() : ValueConverter<VisitId, Guid>(v => v.Value, v => new VisitId(v));

    internal sealed class ClinicalRecordIdConverter() : ValueConverter<ClinicalRecordId, Guid>(v => v.Value, v => new ClinicalRecordId(v));

    internal sealed class CarePlanIdConverter() : ValueConverter<Domain.CarePlans.CarePlanId, Guid>(v => v.Value, v => new Domain.CarePlans.CarePlanId(v));
    internal sealed class TimeEntryIdConverter() : ValueConverter<TimeEntryId, Guid>(v => v.Value, v => new TimeEntryId(v));

    internal sealed class RunningTimerIdConverter() : ValueConverter<RunningTimerId, Guid>(v => v.Value, v => new RunningTimerId(v));

    internal sealed class EnrollmentIdConverter() : ValueConverter<EnrollmentId, Guid>(v => v.Value, v => new EnrollmentId(v));

    internal sealed class ConsentIdConverter() : ValueConverter<ConsentId, Guid>(v => v.Value, v => new ConsentId(v));

    internal sealed class NpiConverter() : ValueConverter<Npi, string>(v => v.Value, v => Npi.Parse(v));

    internal sealed class MbiConverter() : ValueConverter<Mbi, string>(v => v.Value, v => Mbi.Parse(v));

    internal sealed class Icd10CodeConverter() : ValueConverter<Icd10Code, string>(v => v.Value, v => Icd10Code.Parse(v));

    internal sealed class SourceDateTimeConverter() : ValueConverter<SourceDateTime, string>(v => v.Text, v => SourceDateTime.Parse(v));

    internal sealed class SourceCodesConverter() : ValueConverter<SourceCodes, string>(v => v.Encoded, v => SourceCodes.Decode(v));

    internal sealed class HcpcsCodeConverter() : ValueConverter<HcpcsCode, string>(v => v.Value, v => HcpcsCode.Parse(v));
}
