namespace Chronicle.IntegrationTests.Audit;

using Chronicle.Application.Audit;
using Chronicle.Data;

/// <summary>The key file beside a new embedded database, made by many starters at once.</summary>
public sealed class AuditKeyFileTests
{
    [Fact]
    public async Task Starters_racing_on_a_new_database_all_sign_with_the_one_key_that_landed()
    {
        var folder = Directory.CreateTempSubdirectory("chronicle-keys-");
        try
        {
            var settings = new AuditKeySettings { KeyFile = Path.Combine(folder.FullName, "audit-keys.json") };
            var database = new DatabaseOptions();
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var starters = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                await go.Task;
                return AuditKeyFile.Load(settings, database).Current!.Id;
            })).ToList();
            go.SetResult();
            var ids = await Task.WhenAll(starters);

            Assert.Single(ids.Distinct());
            Assert.Equal(ids[0], AuditKeyFile.Load(settings, database).Current!.Id);
            Assert.Equal(["audit-keys.json"], folder.GetFiles().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
