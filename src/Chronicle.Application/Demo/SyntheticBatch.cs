namespace Chronicle.Application.Demo;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Time;

/// <summary>The rows of one batch of generated patients, in the order their tables depend on each other.</summary>
internal sealed class SyntheticBatch
{
    public List<Patient> Patients { get; } = [];

    public List<Domain.Payers.Coverage> Coverage { get; } = [];

    public List<Condition> Conditions { get; } = [];

    public List<Visit> Visits { get; } = [];

    public List<PatientEnrollments> Enrollments { get; } = [];

    public List<PatientConsents> Consents { get; } = [];

    public List<CarePlan> CarePlans { get; } = [];

    public List<TimeEntry> TimeEntries { get; } = [];

    public List<OtherBilledService> Services { get; } = [];

    public int Enrolled { get; set; }
}
