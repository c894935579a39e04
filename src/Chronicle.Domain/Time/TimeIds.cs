namespace Chronicle.Domain.Time;

// Version-7 GUIDs made by the application, as the ids in Common/Ids.cs.

public readonly record struct TimeEntryId(Guid Value)
{
    public static TimeEntryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct RunningTimerId(Guid Value)
{
    public static RunningTimerId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
