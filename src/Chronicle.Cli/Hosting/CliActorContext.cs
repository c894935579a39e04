namespace Chronicle.Cli.Hosting;

using Chronicle.Application.Security;

/// <summary>
/// The command's actor: the operator (system) until --as names a staff user, whom the run then
/// resolves before the command's body starts; nothing changes it afterwards.
/// </summary>
internal sealed class CliActorContext(Actor operatorActor) : IActorContext
{
    public Actor Current { get; set; } = operatorActor;
}
