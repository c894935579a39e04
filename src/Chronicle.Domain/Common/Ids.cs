namespace Chronicle.Domain.Common;

// Typed ids keep a patient id from being passed where a practice id is meant. They wrap
// version-7 GUIDs made by the application, so rows can be created in batches without a
// round trip for an identity value and still sort roughly by creation.

public readonly record struct PracticeId(Guid Value)
{
    public static PracticeId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct StaffId(Guid Value)
{
    public static StaffId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct PatientId(Guid Value)
{
    public static PatientId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ConditionId(Guid Value)
{
    public static ConditionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct VisitId(Guid Value)
{
    public static VisitId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ClinicalRecordId(Guid Value)
{
    public static ClinicalRecordId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
