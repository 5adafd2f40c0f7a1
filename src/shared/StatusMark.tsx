import './status.css';
import {
  Icon16CheckCircleOutline,
  Icon16ClockOutline,
  Icon16ErrorCircleOutline,
  Icon16HelpOutline,
} from '@vkontakte/icons';

export type Tone = 'ok' | 'bad' | 'pending' | 'unknown';

const ICONS = {
  ok: Icon16CheckCircleOutline,
  bad: Icon16ErrorCircleOutline,
  pending: Icon16ClockOutline,
  unknown: Icon16HelpOutline,
} as const;

const CLASS = {
  ok: 'sc-status--ok',
  bad: 'sc-status--bad',
  pending: 'sc-status--neutral',
  unknown: 'sc-status--neutral',
};

/** A status shown by icon and word as well as colour, so colour-blind users read it too. */
export function StatusMark({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  const Icon = ICONS[tone];
  return (
    <span className={`sc-status ${CLASS[tone]}`} data-tone={tone}>
      <Icon aria-hidden />
      {children}
    </span>
  );
}

/** A 0..100 fulfilment bar. */
export function Meter({ value, tone, label }: { value: number | null; tone?: Tone; label: string }) {
  const width = value === null ? 0 : Math.max(0, Math.min(100, value));
  const toneClass = tone === 'ok' ? 'sc-meter__fill--ok' : tone === 'bad' ? 'sc-meter__fill--bad' : '';
  return (
    <div
      className="sc-meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={width}
    >
      <div className={`sc-meter__fill ${toneClass}`} style={{ width: `${width}%` }} />
    </div>
  );
}
