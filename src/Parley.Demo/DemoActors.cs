using Parley.Core.Actors;

namespace Parley.Demo;

/// <summary>Who acts in the demo: the mediator, each party's officer, the neutral verifier and the press officer.</summary>
public static class DemoActors
{
    public static readonly Actor Mediator = new(ActorRole.Mediator, "demo:mediator");
    public static readonly Actor Russia = new(ActorRole.Party, "demo:ru-officer", "RU");
    public static readonly Actor Ukraine = new(ActorRole.Party, "demo:ua-officer", "UA");
    public static readonly Actor Verifier = new(ActorRole.Verifier, "demo:verifier");
    public static readonly Actor Press = new(ActorRole.Press, "demo:press");

    public static Actor Of(string party) => party == "RU" ? Russia : Ukraine;
}
