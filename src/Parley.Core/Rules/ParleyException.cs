namespace Parley.Core.Rules;

/// <summary>The base of every error Parley reports to a person: the message states the rule in a sentence.</summary>
public abstract class ParleyException(string message) : Exception(message);
