namespace Parley.Evaluation.Names;

internal enum NameRole
{
    Surname,
    Given,
    Patronymic,
}
