namespace Parley.Core.Exchanges;

/// <summary>A name as one side wrote it, in whatever script, with its parts where the list gave them separately.</summary>
public sealed record PersonName(string Text, string? Surname = null, string? Given = null, string? Patronymic = null);
