using Parley.Core.Actors;
using Parley.Core.Commands;

namespace Parley.Store.Domain;

/// <summary>A command and who issued it (every event it produces names that actor).</summary>
public sealed record IssuedCommand(Command Command, Actor Actor);
