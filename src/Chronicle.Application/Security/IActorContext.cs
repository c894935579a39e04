namespace Chronicle.Application.Security;

/// <summary>The actor of the current request or command, supplied by the host (web or CLI).</summary>
public interface IActorContext
{
    Actor Current { get; }
}

/// <summary>A fixed actor: the CLI operator, background work, tests.</summary>
public sealed class FixedActorContext(Actor actor) : IActorContext
{
    public Actor Current { get; } = actor;
}
