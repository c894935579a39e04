namespace Chronicle.Application.Audit;

using System.Globalization;
using System.Text;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

/// <summary>
/// Counts, per patient, what a use case creates, updates and deletes, by watching each
/// SaveChanges of its context: the patient row itself and every row with a PatientId (conditions,
/// visits, clinical records and whatever is added later). <see cref="RecordAsync"/> then appends
/// one event per patient changed, such as "csv conditions import: condition 3 created, 1 updated",
/// in the caller's transaction. Chunked imports that clear the change tracker between saves still
/// give one event per patient for the whole file.
/// </summary>
public sealed class PatientChangeAudit : IDisposable
{
    private static readonly string[] Verbs = ["created", "updated", "deleted"];

    private readonly AuditTrail _trail;
    private readonly ChronicleDbContext _db;
    private readonly string _action;
    private readonly string _what;
    private readonly Dictionary<PatientId, PatientChanges> _patients = [];
    private bool _watching = true;

    internal PatientChangeAudit(AuditTrail trail, ChronicleDbContext db, string action, string what)
    {
        _trail = trail;
        _db = db;
        _action = action;
        _what = what;
        db.SavingChanges += OnSavingChanges;
    }

    /// <summary>Patients changed so far.</summary>
    public int PatientCount => _patients.Count;

    /// <summary>Appends one event per patient changed (counting changes still pending), then stops watching.</summary>
    public async Task RecordAsync(CancellationToken cancellationToken)
    {
        Collect();
        Dispose();
        var entries = _patients
            .Select(p => new AuditEntry(_action, $"{_what}: {p.Value.Describe()}", p.Key, p.Value.PracticeId))
            .ToList();
        _patients.Clear();
        await _trail.RecordAsync(entries, cancellationToken);
    }

    /// <summary>
    /// Counts the rows the caller is about to take out of the change tracker and write by the bulk
    /// path (they would otherwise never pass through SaveChanges), then stops tracking them.
    /// </summary>
    public void CountAndDetach(IReadOnlyList<EntityEntry> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        foreach (var entry in added)
        {
            Count(entry);
            entry.State = EntityState.Detached;
        }
    }

    public void Dispose()
    {
        if (_watching)
        {
            _db.SavingChanges -= OnSavingChanges;
            _watching = false;
        }
    }

    private void OnSavingChanges(object? sender, SavingChangesEventArgs e) => Collect();

    private void Collect()
    {
        foreach (var entry in _db.ChangeTracker.Entries())
        {
            Count(entry);
        }
    }

    private void Count(EntityEntry entry)
    {
        var verb = entry.State switch
        {
            EntityState.Added => 0,
            EntityState.Modified => 1,
            EntityState.Deleted => 2,
            _ => -1,
        };
        if (verb < 0 || PatientOf(entry) is not { } patientId)
        {
            return;
        }

        if (!_patients.TryGetValue(patientId, out var changes))
        {
            changes = new PatientChanges(Value<PracticeId>(entry, nameof(Patient.PracticeId)));
            _patients.Add(patientId, changes);
        }

        changes.Count(entry.Entity is Patient ? null : KindName(entry.Metadata.ClrType.Name), verb);
    }

    private static PatientId? PatientOf(EntityEntry entry) =>
        entry.Entity is Patient patient ? patient.Id : Value<PatientId>(entry, "PatientId");

    private static T? Value<T>(EntityEntry entry, string name)
        where T : struct =>
        entry.Metadata.FindProperty(name) is { } property && (property.ClrType == typeof(T) || property.ClrType == typeof(T?))
            ? (T?)entry.CurrentValues[property]
            : null;

    /// <summary>"ClinicalRecord" → "clinical record".</summary>
    private static string KindName(string typeName)
    {
        var words = new StringBuilder(typeName.Length + 4);
        foreach (var c in typeName)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private sealed class PatientChanges(PracticeId? practiceId)
    {
        private readonly SortedDictionary<string, int[]> _records = new(StringComparer.Ordinal);
        private int? _self;

        public PracticeId? PracticeId { get; } = practiceId;

        /// <summary>Counts a change of the patient row (kind null) or of one of their records.</summary>
        public void Count(string? kind, int verb)
        {
            if (kind is null)
            {
                // A patient created in this unit of work stays "created" whatever follows.
                _self = _self is 0 ? 0 : verb;
                return;
            }

            if (!_records.TryGetValue(kind, out var counts))
            {
                counts = new int[Verbs.Length];
                _records.Add(kind, counts);
            }

            counts[verb]++;
        }

        /// <summary>"patient created; condition 3 created; visit 1 created, 1 updated".</summary>
        public string Describe()
        {
            var parts = new List<string>();
            if (_self is { } self)
            {
                parts.Add($"patient {Verbs[self]}");
            }

            foreach (var (kind, counts) in _records)
            {
                var verbs = Enumerable.Range(0, Verbs.Length)
                    .Where(i => counts[i] > 0)
                    .Select(i => string.Create(CultureInfo.InvariantCulture, $"{counts[i]} {Verbs[i]}"));
                parts.Add($"{kind} {string.Join(", ", verbs)}");
            }

            return string.Join("; ", parts);
        }
    }
}
