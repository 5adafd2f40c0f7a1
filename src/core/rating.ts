// The composite rating (Dialog Regions dashboard): 50% frequency + 30% ER achievement + 20% reach
// achievement, minus points per missing minimum requirement, clamped to 0..100.

import type { ErResult } from './er';
import type { FrequencyResult } from './frequency';
import { OPTION_SOURCES, resolveOptions, type OptionSource, type OptionsOverride } from './options';
import type { ReachResult } from './reach';
import type { RequirementsResult } from './requirements';
import { round2 } from './round';

export type RatingComponentId = 'frequency' | 'er' | 'reach';

/**
 * - `scored`: the component has a 0..100 score;
 * - `no-data`: it could have one but the data is missing (handled by options.nullComponentPolicy);
 * - `not-assessed`: it does not apply (frequency of a business card) and is always left out.
 */
export type RatingComponentStatus = 'scored' | 'no-data' | 'not-assessed';

export interface RatingComponent {
  id: RatingComponentId;
  /** Configured weight (0.5 / 0.3 / 0.2 by default). */
  weight: number;
  weightSource: OptionSource;
  status: RatingComponentStatus;
  /** 0..100 fulfilment; null unless scored. */
  score: number | null;
  /** Whether the component enters the total (false when excluded). */
  counted: boolean;
  /** Weight after rescaling over the counted components, 4 decimals (0 when not counted). */
  effectiveWeight: number;
  /** score × effectiveWeight, 2 decimals (0 when not counted or no data counted as zero). */
  points: number;
}

export interface RatingResult {
  /** 0..100, 2 decimals; null when no component can be counted. */
  total: number | null;
  components: [RatingComponent, RatingComponent, RatingComponent];
  /** Weighted sum before the deduction, 2 decimals; null with total. */
  beforeDeduction: number | null;
  deduction: {
    perRequirement: number;
    source: OptionSource;
    /** Missing requirements that subtract points. */
    count: number;
    points: number;
  };
  /** Every component scored: the total rests on full data. */
  complete: boolean;
}

export interface RatingInput {
  frequency: Pick<FrequencyResult, 'assessed' | 'score'>;
  er: Pick<ErResult, 'achievement'>;
  reach: Pick<ReachResult, 'achievement'>;
  requirements: Pick<RequirementsResult, 'deductedCount'>;
  options?: OptionsOverride;
}

/**
 * total = clamp(Σ scoreᵢ × wᵢ ÷ Σ wᵢ − deduction × missing, 0, 100) over the counted components.
 * With every component scored and weights summing to 1 this is exactly the dashboard's weighted
 * sum; a `no-data` component is dropped (weights rescaled) or counted as 0 per nullComponentPolicy.
 */
export function computeRating(input: RatingInput): RatingResult {
  const options = resolveOptions(input.options);
  const raw: Array<{ id: RatingComponentId; status: RatingComponentStatus; score: number | null }> = [
    {
      id: 'frequency',
      status: !input.frequency.assessed
        ? 'not-assessed'
        : input.frequency.score === null
          ? 'no-data'
          : 'scored',
      score: input.frequency.assessed ? input.frequency.score : null,
    },
    { id: 'er', status: input.er.achievement === null ? 'no-data' : 'scored', score: input.er.achievement },
    {
      id: 'reach',
      status: input.reach.achievement === null ? 'no-data' : 'scored',
      score: input.reach.achievement,
    },
  ];
  const counts = (status: RatingComponentStatus) =>
    status === 'scored' || (status === 'no-data' && options.nullComponentPolicy === 'zero');
  const countedWeight = raw.reduce((total, c) => total + (counts(c.status) ? options.weights[c.id] : 0), 0);

  const isCounted = (c: (typeof raw)[number]) => counts(c.status) && countedWeight > 0;
  const effectiveWeightOf = (c: (typeof raw)[number]) =>
    isCounted(c) ? options.weights[c.id] / countedWeight : 0;
  const components = raw.map((c): RatingComponent => ({
    id: c.id,
    weight: options.weights[c.id],
    weightSource: OPTION_SOURCES.weights,
    status: c.status,
    score: c.score,
    counted: isCounted(c),
    effectiveWeight: Math.round(effectiveWeightOf(c) * 10_000) / 10_000,
    points: round2((c.score ?? 0) * effectiveWeightOf(c)),
  })) as RatingResult['components'];

  const deduction = {
    perRequirement: options.requirementDeduction,
    source: OPTION_SOURCES.requirementDeduction,
    count: input.requirements.deductedCount,
    points: round2(options.requirementDeduction * input.requirements.deductedCount),
  };
  const anyCounted = components.some((c) => c.counted);
  // Summed from unrounded terms so the total does not inherit the per-component rounding.
  const weighted = raw.reduce((total, c) => total + (c.score ?? 0) * effectiveWeightOf(c), 0);
  const beforeDeduction = anyCounted ? round2(weighted) : null;
  return {
    total: anyCounted ? round2(clamp(weighted - deduction.points, 0, 100)) : null,
    components,
    beforeDeduction,
    deduction,
    complete: components.every((c) => c.status !== 'no-data'),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
