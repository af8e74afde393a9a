using Parley.Core.Actors;


namespace Parley.Core.Commands;

/// <summary>A command and who issued it (every event it produces names that actor).</summary>
public sealed record IssuedCommand(Command Command, Actor Actor);
