namespace Chronicle.IntegrationTests.Security;

using System.Net;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Every role, and nobody signed in, against every page: what each may open (200), what sends them
/// to sign in, what is refused (403), and which records are answered as not existing (404).
/// </summary>
public sealed class AuthorizationMatrixTests(DemoApps apps) : IClassFixture<DemoApps>
{
    private const string Ok = "200";
    private const string SignIn = "sign-in";
    private const string Refused = "403";
    private const string NotFound = "404";
    private const string ToHome = "to /";
    private const string ToRecords = "to /MyRecord";
    private const string Unauthorized = "401";

    /// <summary>The columns of <see cref="Table"/>.</summary>
    private static readonly string[] Columns =
        ["anonymous", Roles.Admin, Roles.BillingPractitioner, Roles.CareManager, Roles.Biller, Roles.Auditor, Roles.Patient, Roles.Caregiver, Roles.OutsideProvider];

    /// <summary>{RB1001} stands for that patient's id. RB1001 is the demo patient and the caregiver's; RB1002 is shared with the outside provider.</summary>
    private static readonly (string Page, string[] Expected)[] Table =
    [
        //                                anonymous admin   practitioner care-mgr biller auditor patient caregiver provider
        ("/",                            [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Eligibility",                 [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Eligibility?program=ccm",     [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Patients",                    [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Patients/{RB1001}",           [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Patients/{RB1002}",           [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Patients/{RB1001}/Access",    [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/Account/Invitation/unknown",  [Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/Admin/Users",                 [SignIn, Ok,     Refused, Refused, Refused, Refused, Refused, Refused, Refused]),
        ("/Admin/Backups",               [SignIn, Ok,     Refused, Refused, Refused, Refused, Refused, Refused, Refused]),
        ("/Admin/Tokens",                [SignIn, Ok,     Refused, Refused, Refused, Refused, Refused, Refused, Refused]),
        ("/Admin/TimeRules",             [SignIn, Ok,     Refused, Refused, Refused, Refused, Refused, Refused, Refused]),
        ("/Admin/Charges",               [SignIn, Ok,     Refused, Refused, Ok,     Refused, Refused, Refused, Refused]),
        ("/Admin/BillingSetting",        [SignIn, Ok,     Refused, Refused, Refused, Refused, Refused, Refused, Refused]),
        ("/Audit",                       [SignIn, Ok,     Refused, Refused, Refused, Ok,     Refused, Refused, Refused]),
        ("/Billing?month=2026-03",       [SignIn, Ok,     Ok,     Refused, Ok,     Refused, Refused, Refused, Refused]),
        ("/Billing/Dashboard?month=2026-03", [SignIn, Ok, Ok,     Refused, Ok,     Refused, Refused, Refused, Refused]),
        ("/Billing/Denials",             [SignIn, Ok,     Ok,     Refused, Ok,     Refused, Refused, Refused, Refused]),
        ("/Audit?patient=RB1001",        [SignIn, Ok,     Refused, Refused, Refused, Ok,     Refused, Refused, Refused]),
        ("/MyRecord",                    [SignIn, Refused, Refused, Refused, Refused, Refused, Ok,   Ok,      Ok]),
        ("/MyRecord/{RB1001}",           [SignIn, Refused, Refused, Refused, Refused, Refused, Ok,   Ok,      NotFound]),
        ("/MyRecord/{RB1002}",           [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Ok]),
        ("/MyRecord/CarePlan/{RB1001}",  [SignIn, Refused, Refused, Refused, Refused, Refused, Ok,   Ok,      NotFound]),
        ("/MyRecord/CarePlan/{RB1002}",  [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Ok]),
        ("/MyRecord/CarePlan/{RB1001}?handler=Pdf", [SignIn, Refused, Refused, Refused, Refused, Refused, Ok, Ok, NotFound]),
        ("/MyRecord/CarePlan/{RB1002}?handler=Pdf", [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Ok]),
        ("/MyRecord/Consent/{RB1001}",   [SignIn, Refused, Refused, Refused, Refused, Refused, Ok,   Ok,      Refused]),
        ("/MyRecord/Consent/{RB1002}",   [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Refused]),
        ("/MyRecord/Consent/{RB1001}?stop=ccm", [SignIn, Refused, Refused, Refused, Refused, Refused, Ok, Ok, Refused]),
        ("/MyRecord/Statements/{RB1001}", [SignIn, Refused, Refused, Refused, Refused, Refused, Ok,  Ok,      Refused]),
        ("/MyRecord/Statements/{RB1002}", [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Refused]),
        ("/MyRecord/Statements/{RB1002}?handler=Pdf&claim=00000000-0000-0000-0000-000000000001", [SignIn, Refused, Refused, Refused, Refused, Refused, NotFound, NotFound, Refused]),
        ("/Notices",                     [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/ClaimAudit",                  [SignIn, Ok,     Ok,     Refused, Ok,    Ok,     Refused, Refused, Refused]),
        ("/ClaimAudit/C0000000000000000000", [SignIn, NotFound, NotFound, Refused, NotFound, NotFound, Refused, Refused, Refused]),
        ("/Account/ChangePassword",      [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/Account/TwoFactor",           [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/Account/SignOut",             [SignIn, Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/Account/SignIn",              [Ok,     ToHome, ToHome, ToHome, ToHome, ToHome, ToRecords, ToRecords, ToRecords]),
        ("/Account/SignInCode",          [ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage, ToSignInPage]),
        ("/no/such/page",                [SignIn, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),
        ("/health",                      [Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/api/v1/patients",             [Unauthorized, Ok, Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/api/v1/patients/{RB1001}",    [Unauthorized, Ok, Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/fhir/metadata",               [Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/fhir/Patient",                [Unauthorized, Ok, Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/fhir/Patient/{RB1001}",       [Unauthorized, Ok, Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/fhir/Patient/{RB1001}/$everything", [Unauthorized, Ok, Ok, Ok,   Ok,     Ok,     Refused, Refused, Refused]),
        ("/api/v1/patients/{RB1001}/time", [Unauthorized, Ok, Ok,   Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/api/v1/time/summary?month=2026-11", [Unauthorized, Ok, Ok, Ok,   Ok,     Ok,     Refused, Refused, Refused]),
        ("/api/v1/enrollments",          [Unauthorized, Ok, Ok,     Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/api/v1/patients/{RB1001}/enrollment", [Unauthorized, Ok, Ok, Ok,     Ok,     Ok,     Refused, Refused, Refused]),
        ("/openapi/v1.json",             [Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
        ("/css/site.css",                [Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok,      Ok,      Ok]),
    ];

    /// <summary>The code step without a pending sign-in sends everyone back to the sign-in form.</summary>
    private const string ToSignInPage = "to /Account/SignIn";

    public static TheoryData<string, string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
            {
                foreach (var (page, expected) in Table)
                {
                    for (var i = 0; i < Columns.Length; i++)
                    {
                        data.Add(provider, Columns[i], page, expected[i]);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_the_expected_answer_for_each_page(string provider, string role, string page, string expected)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.ClientAsync(role);
        var url = page;
        foreach (var mrn in new[] { "RB1001", "RB1002" })
        {
            url = url.Replace($"{{{mrn}}}", (await app.PatientIdAsync(mrn)).ToString(), StringComparison.Ordinal);
        }

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var actual = (int)response.StatusCode switch
        {
            200 => Ok,
            401 => Unauthorized,
            403 => Refused,
            404 => NotFound,
            302 when WebSignIn.RedirectPath(response) == "/Account/SignIn" && response.Headers.Location!.OriginalString.Contains("ReturnUrl=", StringComparison.Ordinal) => SignIn,
            302 => "to " + WebSignIn.RedirectPath(response),
            var other => other.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.True(expected == actual, $"{role} GET {page}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
        if (actual == Refused && !page.StartsWith("/api/", StringComparison.Ordinal) && !page.StartsWith("/fhir/", StringComparison.Ordinal))
        {
            Assert.Contains("Not allowed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }
}
