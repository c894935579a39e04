using Chronicle.Application;
using Chronicle.Data;
using Chronicle.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddChronicleApplication(database);
builder.Services.AddRazorPages();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddProblemDetails();

var app = builder.Build();

await app.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseStaticFiles();
app.UseRouting();
app.MapHealthChecks("/health");
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() => app.AnnounceUrls());

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
