namespace Parley.Core.Talks;

public enum RoundStatus
{
    Scheduled,
    InSession,
    Concluded,
}
