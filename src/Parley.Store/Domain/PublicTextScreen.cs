using Parley.Core;
using Parley.Core.Commands;
using Parley.Core.Events;
using Parley.Core.Exchanges;
using Parley.Core.Rules;
using Parley.Core.State;
using Parley.Matching.Screening;

namespace Parley.Store.Domain;

/// <summary>
/// Refuses public text that names someone on a list of this database (issue 13, docs/public-record.md, "No names in
/// public text"): every text of a command that reaches the public record (<see cref="PublicTexts"/>) is looked for
/// the names and dates of birth of the people on every list (<see cref="NameScreen"/>, across scripts and forms), unless
/// the press officer confirmed it (<see cref="INamesConfirmation"/>, recorded in the event); and a person's id that reads
/// as a name is refused. It lives here, at the edge that holds the lists, so the domain stays pure; it is kept in memory
/// only, built from the state and extended as lists grow, and rebuilt without the erased when an exchange is erased.
/// </summary>
internal sealed class PublicTextScreen
{
    /// <summary>The rule a refusal states.</summary>
    public const string Rule = "the text holds the name or date of birth of someone on a list of this database, which public text must not; " +
        "a press officer who must publish it confirms with namesConfirmed, which the record keeps";

    // Built from the state the first time a text needs it (reading every list's names), then kept up as lists grow: a
    // command without public text, or a CLI call whose commands name no one, never pays for it.
    private NameScreen? _names;

    /// <exception cref="InvalidFieldException">A public text of <paramref name="command"/> names someone on a list.</exception>
    /// <param name="command">The command to look through.</param>
    /// <param name="state">The state the command is decided on (what the screen is built from, the first time).</param>
    public void Check(Command command, ParleyState state)
    {
        var confirmed = command is INamesConfirmation { NamesConfirmed: true };
        // A run's thousands of candidates repeat the same few evidence digests: each text is looked for once.
        var screened = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, text) in PublicTexts.Of(command))
        {
            // A malformed id gets the decider's own message (what an id may hold); a well-formed one that reads as a name, this one.
            if (field.EndsWith(".person", StringComparison.Ordinal) && Ids.IsValid(text) && NameScreen.LooksLikeName(text))
            {
                throw new InvalidFieldException(field, null, Ids.PersonIdRule);
            }
            if (!confirmed && screened.Add(text) && NameScreen.MayName(text) && (_names ??= Build(state)).Matches(text))
            {
                throw new InvalidFieldException(field, null, Rule);
            }
        }
    }

    /// <summary>
    /// Takes in the names an event adds to a list, once the screen is built; an erasure drops it, to be built again without
    /// the erased the next time a text needs it.
    /// </summary>
    public void Apply(DomainEvent e)
    {
        if (_names is not { } names)
        {
            return;
        }
        switch (e)
        {
            case PersonListed { Details: { } details }: Add(names, details); break;
            case PersonAmended { Details: { } details }: Add(names, details); break;
            case RequestListed { Details: { } details }: Add(names, details); break;
            case RequestAmended { Details: { } details }: Add(names, details); break;
            case ExchangeErased: _names = null; break;
        }
    }

    private static NameScreen Build(ParleyState state)
    {
        var names = new NameScreen();
        foreach (var exchange in state.Exchanges.Values)
        {
            foreach (var details in exchange.Persons.Values.Select(p => p.Details).Concat(exchange.Requests.Values.Select(r => r.Details)))
            {
                if (details is not null)
                {
                    Add(names, details);
                }
            }
        }
        return names;
    }

    private static void Add(NameScreen names, PersonDetails details)
    {
        var birth = details.DateOfBirth is { } dob ? new DateOnly(dob.Year, dob.Month, dob.Day) : (DateOnly?)null;
        foreach (var name in details.Names)
        {
            names.Add(name.Text, name.Surname, birth);
        }
    }
}
