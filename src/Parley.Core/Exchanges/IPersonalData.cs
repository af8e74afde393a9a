namespace Parley.Core.Exchanges;

/// <summary>
/// Marks the part of an event that is personal data: encoders put it in the event's private part, under a
/// commitment, and never in the public part.
/// </summary>
public interface IPersonalData;
