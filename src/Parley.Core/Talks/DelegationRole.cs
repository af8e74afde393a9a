namespace Parley.Core.Talks;

public enum DelegationRole
{
    Head,
    Deputy,
    Member,
    Adviser,
}
