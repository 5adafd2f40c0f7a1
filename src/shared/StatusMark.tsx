import './status.css';
import type { WaitStatus } from '../core/replies';
import {
  Icon16CheckCircleOutline,
  Icon16ClockOutline,
  Icon16ErrorCircleOutline,
  Icon16HelpOutline,
  Icon16WarningTriangleOutline,
} from '@vkontakte/icons';

export type Tone = 'ok' | 'bad' | 'risk' | 'pending' | 'unknown';

/** The colour of a subscriber's wait for the page's answer (core/replies waitStatus). */
export const WAIT_TONE: Record<WaitStatus, Tone> = { none: 'ok', waiting: 'risk', overdue: 'bad' };

const ICONS = {
  ok: Icon16CheckCircleOutline,
  bad: Icon16ErrorCircleOutline,
  risk: Icon16WarningTriangleOutline,
  pending: Icon16ClockOutline,
  unknown: Icon16HelpOutline,
} as const;

const CLASS = {
  ok: 'sc-status--ok',
  bad: 'sc-status--bad',
  risk: 'sc-status--risk',
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
  const toneClass = tone === 'ok' || tone === 'bad' || tone === 'risk' ? `sc-meter__fill--${tone}` : '';
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
