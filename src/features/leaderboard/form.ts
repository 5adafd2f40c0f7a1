// The settings form's values and their validation: pure, so every message is tested without a
// screen. Points go through the core's validatePoints (the same rule the data layer keeps); custom
// dates are whole local days in the page's zone.
import {
  CUSTOM_MAX_DAYS,
  DEFAULT_POINTS,
  customPeriod,
  validatePoints,
  type LeaderboardPeriod,
  type PeriodKind,
  type PointRules,
} from '../../core/leaderboard';
import { unixToLocalInput } from '../../shared/local-time';

export interface SettingsForm {
  /** As typed. */
  like: string;
  comment: string;
  repost: string;
  period: PeriodKind;
  /** 'YYYY-MM-DD' (a native date input's value), read in the page's zone. */
  customFrom: string;
  customTo: string;
}

/** `points`: the three together (all zero). */
export type SettingsField = keyof PointRules | 'points' | 'custom';
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export type SettingsCheck =
  | { ok: true; points: PointRules; period: PeriodKind; custom: LeaderboardPeriod | null }
  | { ok: false; errors: SettingsErrors };

const POINT_FIELDS: readonly (keyof PointRules)[] = ['like', 'comment', 'repost'];

export function formFromSettings(
  settings: { points: PointRules; period: PeriodKind; custom: LeaderboardPeriod | null },
  timeZone: string,
): SettingsForm {
  return {
    like: String(settings.points.like),
    comment: String(settings.points.comment),
    repost: String(settings.points.repost),
    period: settings.period,
    customFrom: settings.custom ? unixToLocalInput(settings.custom.from, timeZone).slice(0, 10) : '',
    customTo: settings.custom ? unixToLocalInput(settings.custom.to, timeZone).slice(0, 10) : '',
  };
}

/** A typed number: digits only (no "1e1", no "2.0"), else NaN so validatePoints refuses it. */
function parsePoints(raw: string): number {
  const text = raw.trim();
  return /^-?\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
}

export function checkSettingsForm(form: SettingsForm, timeZone: string): SettingsCheck {
  const errors: SettingsErrors = {};
  const points: PointRules = {
    like: parsePoints(form.like),
    comment: parsePoints(form.comment),
    repost: parsePoints(form.repost),
  };
  // One field at a time against the defaults, so each message lands under its own field.
  for (const field of POINT_FIELDS) {
    const [problem] = validatePoints({ ...DEFAULT_POINTS, [field]: points[field] });
    if (problem !== undefined) errors[field] = problem;
  }
  if (Object.keys(errors).length === 0 && allZero(points))
    errors.points = 'Хотя бы одно действие должно приносить очки, иначе рейтинг останется пустым.';

  let custom: LeaderboardPeriod | null = null;
  if (form.period === 'custom') {
    const problem = customProblem(form, timeZone);
    if (typeof problem === 'string') errors.custom = problem;
    else custom = problem;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, points, period: form.period, custom };
}

function customProblem(form: SettingsForm, timeZone: string): string | LeaderboardPeriod {
  if (form.customFrom.trim() === '' || form.customTo.trim() === '')
    return 'Укажите первый и последний день периода.';
  const period = customPeriod(form.customFrom.trim(), form.customTo.trim(), timeZone);
  if (period === null) return 'Последний день не может быть раньше первого.';
  if (period.to - period.from >= CUSTOM_MAX_DAYS * 86_400)
    return `Период не длиннее ${CUSTOM_MAX_DAYS} дней: иначе обновление рейтинга займёт слишком много времени.`;
  return period;
}

/** All three zero: nobody could score, the table would stay empty. */
function allZero(points: PointRules): boolean {
  return points.like === 0 && points.comment === 0 && points.repost === 0;
}
