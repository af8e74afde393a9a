using System.Globalization;
using Parley.Evaluation.Randomness;

namespace Parley.Evaluation.Population;

/// <summary>
/// The order of one list: each person's copies are slots, and the slots are shuffled into positions,
/// so that neither the order nor the ids (UA-000001, …) say who is on the other list.
/// </summary>
internal sealed class ListLayout
{
    private readonly string _prefix;
    private readonly string _format;
    private readonly int[] _slotStart;
    private readonly int[] _positionOfSlot;
    private readonly int[] _personOfPosition;
    private readonly byte[] _copyOfPosition;

    public ListLayout(string prefix, byte[] copies, Rng rng)
    {
        _prefix = prefix;
        _slotStart = new int[copies.Length + 1];
        for (var person = 0; person < copies.Length; person++)
        {
            _slotStart[person + 1] = _slotStart[person] + copies[person];
        }

        var count = _slotStart[^1];
        var positions = new int[count];
        for (var i = 0; i < count; i++)
        {
            positions[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (positions[i], positions[j]) = (positions[j], positions[i]);
        }

        _positionOfSlot = positions;
        _personOfPosition = new int[count];
        _copyOfPosition = new byte[count];
        for (var person = 0; person < copies.Length; person++)
        {
            for (var copy = 0; copy < copies[person]; copy++)
            {
                var position = positions[_slotStart[person] + copy];
                _personOfPosition[position] = person;
                _copyOfPosition[position] = (byte)copy;
            }
        }

        _format = "D" + Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
    }

    public int Count => _personOfPosition.Length;

    public int PersonAt(int position) => _personOfPosition[position];

    public int CopyAt(int position) => _copyOfPosition[position];

    public int Copies(int person) => _slotStart[person + 1] - _slotStart[person];

    public string Id(int position) => _prefix + (position + 1).ToString(_format, CultureInfo.InvariantCulture);

    public string IdOf(int person, int copy) => Id(_positionOfSlot[_slotStart[person] + copy]);
}
