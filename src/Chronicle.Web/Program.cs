using Chronicle.Application;
using Chronicle.Application.Audit;
using Chronicle.Application.Backups;
using Chronicle.Application.Claims;
using Chronicle.Application.Clock;
using Chronicle.Data;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Chronicle.Web.Api;
using Chronicle.Web.Deployment;
using Chronicle.Web.Fhir;
using Chronicle.Web.Security;
using Chronicle.Web.Security.Abuse;
using Chronicle.Web.Startup;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
var (deployment, deploymentProblems) = DeploymentOptions.Read(builder.Configuration, builder.Environment);
if (deploymentProblems.Count > 0)
{
    // Settings the operator must change: the reasons, not a stack trace.
    foreach (var problem in deploymentProblems)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
    }

    return 1;
}

var (clockNotice, clockProblem) = HostClock.Register(builder.Services,
    builder.Configuration[ClockSettings.NowKey] ?? builder.Configuration[ClockSettings.NowVariable], builder.Configuration[ClockSettings.RunsKey], builder.Environment.IsProduction());
if (clockProblem is not null)
{
    await Console.Error.WriteLineAsync($"error: {clockProblem}");
    return 1;
}

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Chronicle.Web.Presentation.PracticeClock>();
builder.Services.AddSingleton(builder.Configuration.GetSection(AuditKeySettings.SectionName).Get<AuditKeySettings>() ?? new AuditKeySettings());
var backups = builder.Configuration.GetSection(BackupSettings.SectionName).Get<BackupSettings>() ?? new BackupSettings();
builder.Services.AddSingleton(backups);
builder.Services.AddOptions<Chronicle.Application.Submission.ClearinghouseOptions>().Bind(builder.Configuration.GetSection(Chronicle.Application.Submission.ClearinghouseOptions.Section));
builder.Services.AddChronicleApplication(database);
builder.Services.AddClaimFileOptions(builder.Configuration);
if (backups.IsScheduled(database))
{
    builder.Services.AddHostedService<ScheduledBackupService>();
}

builder.Services.AddChronicleSecurity(builder.Environment);
builder.Services.AddChronicleDeployment(deployment, database);
builder.Services.AddAbuseControls(builder.Configuration);
builder.Services.AddRazorPages(o => AccessPolicies.Apply(o.Conventions))
    .AddMvcOptions(o => o.Filters.Add(new PasswordChangeRequiredFilter()));
// Names, dashes and quotes are written as characters, not numeric entities; markup is still escaped.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddProblemDetails();
builder.Services.AddChronicleApi();

var app = builder.Build();
if (clockNotice is not null)
{
    HostClock.LogNotice(app.Logger, clockNotice);
}

if (!await app.TryPrepareDatabaseAsync())
{
    return 1;
}

// First, so that every answer carries them, errors and static files included.
app.UseSecurityHeaders();
app.UseChronicleDeployment();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

// The JSON API answers errors as ProblemDetails; pages answer with the error page.
app.UseWhen(c => ApiRoutes.IsApi(c.Request.Path), api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(c => FhirRoutes.IsFhir(c.Request.Path), fhir => fhir.UseFhirErrors());
app.UseWhen(c => !ApiRoutes.IsApi(c.Request.Path) && !FhirRoutes.IsFhir(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = c => SecurityHeaders.MarkStatic(c.Context.Response.Headers) });
app.UseRouting();

// Before authentication, so that an address guessing bearer tokens is stopped before they are looked up.
app.UseAbuseControls();
app.UseAuthentication();
app.UseCrossSiteApiWriteCheck();
app.UsePasswordChangeRequiredForApis();
app.UseRefusedAccessAudit();
app.UseAuthorization();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapRazorPages();
app.MapChronicleApi();
app.MapChronicleFhir();
app.MapOpenApi().AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() =>
{
    app.AnnounceUrls();
    app.AnnounceDeployment();
});

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
