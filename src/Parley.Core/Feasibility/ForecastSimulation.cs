namespace Parley.Core.Feasibility;

/// <summary>
/// The Monte-Carlo simulation behind the forecast. Each run draws its rates once (the verifier's pace and the share who
/// decline per side, what a stage carries, the days between stages), then plays the exchange out stage by stage: the
/// stages already planned on their dates, then one every gap; at each, the people verified by then go, up to the stage's
/// capacity, as the formula allows (balanced terms 1:1, exact terms never past their number, <c>all for all</c> 1:1 until
/// a side runs out, then the floor). The verifier reaches each term's queue at the same pace. A run ends when the
/// exchange is fulfilled, when nothing more can ever go, or at the horizon. Runs are independent and seeded by number.
/// </summary>
internal static class ForecastSimulation
{
    public static ForecastOutcome Run(ForecastPlan plan, int runs, ulong seed, int stopAfterDay = ForecastPlan.HorizonDays)
    {
        var outcome = new ForecastOutcome(runs, plan.Terms);
        var run = new OneRun(plan);
        for (var i = 0; i < runs; i++)
        {
            run.PlayOut(seed, i, outcome, Math.Min(stopAfterDay, ForecastPlan.HorizonDays));
        }
        return outcome;
    }

    /// <summary>The working arrays of one run, reused run after run.</summary>
    private sealed class OneRun(ForecastPlan plan)
    {
        private readonly int[] _released = new int[plan.Terms * 2];
        private readonly int[] _available = new int[plan.Terms * 2];
        private readonly double[] _unverifiedLeft = new double[plan.Terms * 2];
        private readonly bool[] _termDone = new bool[plan.Terms];
        private readonly double[] _perDay = new double[2];
        private readonly double[] _decline = new double[2];
        private readonly double[] _interviewedShare = new double[2];
        private readonly int[] _capacityLeft = new int[2];

        public void PlayOut(ulong seed, int run, ForecastOutcome outcome, int stopAfterDay)
        {
            var random = new SimulationRandom(seed, run);
            for (var side = 0; side < 2; side++)
            {
                _perDay[side] = Math.Max(0, plan.VerifiedPerDay[side].Draw(ref random));
                _decline[side] = Math.Clamp(plan.DeclineShare[side].Draw(ref random), 0, 1);
            }
            var capacity = Math.Max(1, (int)Math.Round(plan.StageCapacity.Draw(ref random)));
            var gap = Math.Max(1, plan.DaysBetweenStages.Draw(ref random));
            Array.Copy(plan.Released0, _released, _released.Length);
            Array.Clear(_termDone);
            for (var term = 0; term < plan.Terms; term++)
            {
                outcome.TermDay[run * plan.Terms + term] = ForecastOutcome.Never;
            }
            outcome.ExchangeDay[run] = ForecastOutcome.Never;
            Refresh(0);
            if (UpdateDone(run, 0, outcome))
            {
                outcome.ExchangeDay[run] = 0;
                return;
            }
            var day = plan.LastHeldDay;
            var planned = 0;
            var stages = 0;
            while (true)
            {
                if (planned < plan.Planned.Length)
                {
                    var stage = plan.Planned[planned++];
                    day = Math.Max(stage.Day, 0);
                    _capacityLeft[0] = stage.A;
                    _capacityLeft[1] = stage.B;
                }
                else
                {
                    // The next stage a gap after the last, and not before tomorrow.
                    day = Math.Max(day + gap, 1);
                    _capacityLeft[0] = _capacityLeft[1] = capacity;
                }
                if (day > stopAfterDay)
                {
                    break;
                }
                var today = (int)day;
                Refresh(today);
                if (Release() == 0)
                {
                    if (MoreToCome(planned))
                    {
                        continue; // nobody ready yet: no stage that day
                    }
                    break;
                }
                if (stages < ForecastOutcome.StagesKept)
                {
                    outcome.StageDay[run * ForecastOutcome.StagesKept + stages] = today;
                }
                stages++;
                if (UpdateDone(run, today, outcome))
                {
                    outcome.ExchangeDay[run] = today;
                    break;
                }
            }
            outcome.StageCount[run] = stages;
        }

        /// <summary>Who is verified and not yet released by a day, and who the verifier has still to reach.</summary>
        private void Refresh(int day)
        {
            for (var side = 0; side < 2; side++)
            {
                var queue = plan.UnverifiedTotal[side];
                _interviewedShare[side] = queue == 0 ? 1 : Math.Min(1, _perDay[side] * day / queue);
            }
            for (var i = 0; i < _released.Length; i++)
            {
                var side = i & 1;
                // Rounded, not truncated: the share who decline applies to a few people as their expected number, so
                // 3 still to verify at 0.7 % declines are 3 (2.98), and a formula needing the last listed people can finish.
                var newlyVerified = (int)Math.Round((1 - _decline[side]) * _interviewedShare[side] * plan.Unverified0[i], MidpointRounding.AwayFromZero);
                _available[i] = plan.Ready0[i] + newlyVerified - (_released[i] - plan.Released0[i]);
                _unverifiedLeft[i] = plan.Unverified0[i] * (1 - _interviewedShare[side]);
            }
        }

        /// <summary>One stage: each term as the formula allows, then the floor; returns how many went.</summary>
        private int Release()
        {
            var moved = 0;
            for (var term = 0; term < plan.Terms; term++)
            {
                int a = term * 2, b = a + 1;
                if (plan.Balanced[term])
                {
                    var k = Min(Need(a), Need(b), _available[a], _available[b], _capacityLeft[0], _capacityLeft[1]);
                    moved += Take(a, k) + Take(b, k);
                }
                else if (plan.AllForAll[term])
                {
                    var kA = Math.Min(_available[a], _capacityLeft[0]);
                    var kB = Math.Min(_available[b], _capacityLeft[1]);
                    var k = Math.Min(kA, kB);
                    // 1:1, except that a side may release more once the other has no one left under the term.
                    var releaseA = kA > k && RunsOut(b, k) ? kA : k;
                    var releaseB = kB > k && RunsOut(a, k) ? kB : k;
                    moved += Take(a, releaseA) + Take(b, releaseB);
                }
                else
                {
                    moved += Take(a, Min(Need(a), _available[a], _capacityLeft[0]));
                    moved += Take(b, Min(Need(b), _available[b], _capacityLeft[1]));
                }
            }
            if (plan.Floor > 0)
            {
                moved += TowardsFloor();
            }
            return moved;
        }

        /// <summary>When the terms are met but a side's total is short of the floor, more under the terms with no cap.</summary>
        private int TowardsFloor()
        {
            var moved = 0;
            for (var side = 0; side < 2; side++)
            {
                var shortOf = plan.Floor - Total(side);
                for (var term = 0; term < plan.Terms && shortOf > 0; term++)
                {
                    var i = term * 2 + side;
                    if (plan.Kind[i] != ForecastPlan.QuantityKind.AtLeast)
                    {
                        continue;
                    }
                    var k = plan.Balanced[term]
                        ? Min(shortOf, Math.Min(_available[term * 2], _available[term * 2 + 1]), _capacityLeft[0], _capacityLeft[1])
                        : Min(shortOf, _available[i], _capacityLeft[side]);
                    moved += plan.Balanced[term] ? Take(term * 2, k) + Take(term * 2 + 1, k) : Take(i, k);
                    shortOf -= k;
                }
            }
            return moved;
        }

        private bool UpdateDone(int run, int day, ForecastOutcome outcome)
        {
            var all = true;
            for (var term = 0; term < plan.Terms; term++)
            {
                if (!_termDone[term] && SideDone(term * 2) && SideDone(term * 2 + 1))
                {
                    _termDone[term] = true;
                    outcome.TermDay[run * plan.Terms + term] = day;
                }
                all &= _termDone[term];
            }
            return all && (plan.Floor == 0 || (Total(0) >= plan.Floor && Total(1) >= plan.Floor));
        }

        private bool SideDone(int i) => plan.Kind[i] switch
        {
            ForecastPlan.QuantityKind.Exactly => _released[i] == plan.Count[i],
            ForecastPlan.QuantityKind.AtLeast => _released[i] >= plan.Count[i],
            _ => _available[i] == 0 && _unverifiedLeft[i] < 0.5,
        };

        private int Need(int i) => plan.Kind[i] switch
        {
            ForecastPlan.QuantityKind.Exactly or ForecastPlan.QuantityKind.AtLeast => Math.Max(0, plan.Count[i] - _released[i]),
            _ => _available[i],
        };

        private bool RunsOut(int i, int releasing) => _available[i] - releasing == 0 && _unverifiedLeft[i] < 0.5;

        private bool MoreToCome(int planned)
        {
            if (planned < plan.Planned.Length)
            {
                return true;
            }
            for (var side = 0; side < 2; side++)
            {
                if (_interviewedShare[side] < 1 && _perDay[side] > 0)
                {
                    return true;
                }
            }
            return false;
        }

        private int Take(int i, int k)
        {
            if (k <= 0)
            {
                return 0;
            }
            _released[i] += k;
            _available[i] -= k;
            _capacityLeft[i & 1] -= k;
            return k;
        }

        private int Total(int side)
        {
            var total = 0;
            for (var term = 0; term < plan.Terms; term++)
            {
                total += _released[term * 2 + side];
            }
            return total;
        }

        private static int Min(int a, int b, int c) => Math.Min(a, Math.Min(b, c));

        private static int Min(int a, int b, int c, int d) => Math.Min(Math.Min(a, b), Math.Min(c, d));

        private static int Min(int a, int b, int c, int d, int e, int f) => Math.Min(Min(a, b, c), Min(d, e, f));
    }
}
