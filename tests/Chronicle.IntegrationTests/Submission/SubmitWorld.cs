namespace Chronicle.IntegrationTests.Submission;

using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Cli.Hosting;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.Interop.X12;

/// <summary>
/// The claims world (March 2026) with three more patients like CL1001 (Original Medicare, 45
/// minutes, consent, care plan), closed and approved: four claims of 99490 + 99439 ready to submit. Runs the CLI with the
/// Clearinghouse settings a test gives.
/// </summary>
internal sealed class SubmitWorld : IAsyncDisposable
{
    public static readonly string[] Billable = ["CL1001", "CL2001", "CL2002", "CL2003"];

    private SubmitWorld(ClaimsWorld claims) => Claims = claims;

    public ClaimsWorld Claims { get; }

    public static async Task<SubmitWorld> CreateAsync(string provider)
    {
        var claims = await ClaimsWorld.CreateAsync(provider);
        var added = new[] { ("CL2001", "Grace", "Holloway", "5AC5DE6FG71"), ("CL2002", "Walter", "Pruitt", "6AC5DE6FG72"), ("CL2003", "Irene", "Lindqvist", "7AC5DE6FG73") };
        await claims.ImportAsync("patients", "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n" +
            string.Concat(added.Select(p => $"{p.Item1},{p.Item2},{p.Item3},1949-02-03,female,{p.Item4},7 Lake Road,Lakeside,IL,60601,,false\n")));
        // Original Medicare like the claims world's own patients: without primary coverage a claim is blocked (NO-COVERAGE).
        await claims.ImportAsync("coverage", CoverageFixtures.OriginalMedicare([.. added.Select(p => (p.Item1, p.Item4))]));
        var mrns = added.Select(p => p.Item1).ToList();
        await claims.ImportAsync("conditions", "mrn,code,onset_date,abatement_date,chronic\n" + string.Concat(mrns.Select(m => $"{m},E11.9,2015-04-01,,true\n{m},I10,2012-01-01,,true\n")));
        await claims.ImportAsync("visits", "mrn,date,code,npi\n" + string.Concat(mrns.Select(m => $"{m},2026-01-05,99214,{ClaimsWorld.DoctorNpi}\n")));
        await claims.ImportAsync("enrollments", "mrn,program,billing_npi,start_date,end_date,care_manager\n" + string.Concat(mrns.Select(m => $"{m},ccm,{ClaimsWorld.DoctorNpi},2026-01-10,,CT-02\n")));
        await claims.ImportAsync("consents", "mrn,program,billing_npi,date,method,decision,disclosures,obtained_by,revoked_on\n" +
            string.Concat(mrns.Select(m => $"{m},ccm,{ClaimsWorld.DoctorNpi},2026-01-10,verbal,accepted,availability;cost-sharing;one-practitioner;right-to-stop,CT-02,\n")));
        await claims.CarePlansAsync(mrns);
        await claims.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
            // On days of their own: one person's overlapping minutes count once across patients (ADR 0160).
            string.Concat(mrns.Select((m, i) => $"{m},ccm,CT-02,2026-03-0{(2 * i) + 2}T09:00,25,phone-call,,false\n{m},ccm,CT-02,2026-03-0{(2 * i) + 3}T14:30,20,care-coordination,,false\n")));
        var world = new SubmitWorld(claims);
        Assert.Equal(0, (await claims.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await claims.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        return world;
    }

    /// <summary>The CLI with these Clearinghouse settings on top of the database's.</summary>
    public async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> clearinghouse, params string[] args)
    {
        var settings = new Dictionary<string, string?>(Claims.Database.Settings);
        foreach (var (key, value) in clearinghouse)
        {
            settings[key] = value;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(string.Empty);
        var exitCode = await ChronicleCli.RunAsync([.. args, "--practice", ClaimsWorld.PracticeNpi], new CliConsole(output, error, outputRedirected: true, input), settings);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The month's claims by MRN, as 'claims list --json' prints them.</summary>
    public async Task<Dictionary<string, JsonElement>> ListAsync()
    {
        var list = ClaimsWorld.Json(await Claims.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json"));
        return list.GetProperty("claims").EnumerateArray().Where(c => Billable.Contains(c.GetProperty("mrn").GetString()))
            .ToDictionary(c => c.GetProperty("mrn").GetString()!);
    }

    /// <summary>The claim file as submitted, read back: its control number and claims by number.</summary>
    public static (long ControlNumber, IReadOnlyList<ReadClaim> Claims) Read(string path)
    {
        var read = Claim837Reader.Read(File.ReadAllText(path));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return (read.Contents.InterchangeControlNumber!.Value, read.Contents.Claims);
    }

    public ValueTask DisposeAsync() => Claims.DisposeAsync();
}
