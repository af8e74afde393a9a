using System.Collections.Immutable;

namespace Parley.Core.Broadcast.Live;

/// <summary>
/// The words of an automatic entry, before they are put in a language: which text (<see cref="Kind"/>, the event's wire
/// name, with a variant where one event is worded two ways) and its public values by name, so that each language's
/// text places them in its own order.
/// </summary>
public sealed record AutoText(string Kind, ImmutableArray<TextArgument> Arguments)
{
    public object? this[string name]
    {
        get
        {
            foreach (var argument in Arguments)
            {
                if (argument.Name == name)
                {
                    return argument.Value;
                }
            }
            return null;
        }
    }
}
