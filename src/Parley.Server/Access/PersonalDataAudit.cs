namespace Parley.Server.Access;

/// <summary>
/// The audit trail of reads of personal data: one log line per read, naming who read (role and token id, never the
/// token itself), what (roster or person, by id) and how many people it held. Ids only: the line itself holds no
/// personal data, so it can go wherever the server's log goes.
/// </summary>
public sealed class PersonalDataAudit(ILogger<PersonalDataAudit> logger)
{
    public void Read(Caller caller, string what, string exchange, string? person, int persons) =>
        logger.LogInformation("Audit: personal data read: {What} of exchange {Exchange} person {Person} ({Persons} persons) by {Role} token {Token}",
            what, exchange, person ?? "-", persons, caller.RoleName, caller.TokenId ?? "none");
}
