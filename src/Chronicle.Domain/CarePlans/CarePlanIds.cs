namespace Chronicle.Domain.CarePlans;

// Version-7 GUIDs made by the application, as the ids in Common/Ids.cs.

public readonly record struct CarePlanId(Guid Value)
{
    public static CarePlanId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
