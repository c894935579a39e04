namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Domain.CarePlans;

/// <summary>What every editable row shares: its id across versions and the Remove box.</summary>
public abstract class FormRow
{
    public Guid? Id { get; set; }

    public bool Remove { get; set; }
}

public sealed class ProblemRow : FormRow
{
    public string? Description { get; set; }

    public string? Code { get; set; }

    public Guid? ConditionId { get; set; }

    public string? Notes { get; set; }
}

public sealed class GoalRow : FormRow
{
    public string? Description { get; set; }

    public Guid? ProblemId { get; set; }

    public string? Measure { get; set; }

    public string? TargetValue { get; set; }

    public string? Unit { get; set; }

    public DateOnly? DueDate { get; set; }

    public GoalStatus Status { get; set; } = GoalStatus.Active;

    public List<ProgressRow> Progress { get; set; } = [];

    /// <summary>A progress note to add today.</summary>
    public string? NewProgress { get; set; }
}

public sealed class ProgressRow
{
    public DateOnly? Date { get; set; }

    public string? Note { get; set; }
}

public sealed class SymptomRow : FormRow
{
    public string? Symptom { get; set; }

    public string? WhatToDo { get; set; }

    public string? WhenToCall { get; set; }
}

public sealed class InterventionRow : FormRow
{
    public string? Description { get; set; }

    public string? Responsible { get; set; }

    public string? Frequency { get; set; }

    public Guid? ProblemId { get; set; }
}

public sealed class MedicationRow : FormRow
{
    public string? Name { get; set; }

    public string? Instructions { get; set; }

    public string? Purpose { get; set; }

    public string? Prescriber { get; set; }
}

public sealed class ReconciliationRow : FormRow
{
    public DateOnly? Date { get; set; }

    public string? By { get; set; }

    public string? Changes { get; set; }
}

public sealed class ServiceRow : FormRow
{
    public string? Service { get; set; }

    public string? Provider { get; set; }

    public string? Status { get; set; }

    public string? Contact { get; set; }
}

public sealed class CoordinationRow : FormRow
{
    public string? Party { get; set; }

    public string? Purpose { get; set; }

    public string? HowCoordinated { get; set; }
}

public sealed class TeamRow : FormRow
{
    public CareTeamKind Kind { get; set; } = CareTeamKind.Staff;

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Organization { get; set; }

    public string? Relationship { get; set; }

    /// <summary>An outside provider's NPI (10 digits).</summary>
    public string? Npi { get; set; }

    public Guid? StaffId { get; set; }

    public Guid? PortalUserId { get; set; }
}
