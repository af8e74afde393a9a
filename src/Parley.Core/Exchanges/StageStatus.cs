namespace Parley.Core.Exchanges;

public enum StageStatus
{
    Open,
    Closed,
}
