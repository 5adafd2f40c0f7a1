import {
  Icon28CheckCircleOutline,
  Icon28ErrorCircleOutline,
  Icon28HelpOutline,
  Icon28WarningTriangleOutline,
} from '@vkontakte/icons';
import type { VerdictStatus } from '../core/verdict';
import { StatusMark } from './StatusMark';
import { VERDICT_TONE, VERDICT_WORD } from './verdict-text';

/** The verdict word with its icon and colour («Не выполняет»), at text size. */
export function VerdictMark({ status }: { status: VerdictStatus }) {
  return <StatusMark tone={VERDICT_TONE[status]}>{VERDICT_WORD[status]}</StatusMark>;
}

const ICONS = {
  ok: Icon28CheckCircleOutline,
  risk: Icon28WarningTriangleOutline,
  fail: Icon28ErrorCircleOutline,
  unknown: Icon28HelpOutline,
} as const;

/** The verdict's large icon (beside its word in the scorecard's headline, which carries the meaning). */
export function VerdictIcon({ status }: { status: VerdictStatus }) {
  const Icon = ICONS[status];
  return <Icon aria-hidden />;
}
