namespace Chronicle.Domain.Enrollment;

// Version-7 GUIDs made by the application, as the ids in Common/Ids.cs.

public readonly record struct EnrollmentId(Guid Value)
{
    public static EnrollmentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ConsentId(Guid Value)
{
    public static ConsentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
