import {
  Icon16CheckCircleOutline,
  Icon16ErrorCircleOutline,
  Icon16HelpOutline,
  Icon16WarningTriangleOutline,
  Icon28CheckCircleOutline,
  Icon28ErrorCircleOutline,
  Icon28HelpOutline,
  Icon28WarningTriangleOutline,
} from '@vkontakte/icons';
import type { VerdictStatus } from '../core/verdict';
import { StatusMark } from './StatusMark';
import { VERDICT_TONE, VERDICT_WORD } from './verdict-text';

/** The verdict word with its icon and colour («Не выполняет»). */
export function VerdictMark({ status }: { status: VerdictStatus }) {
  return <StatusMark tone={VERDICT_TONE[status]}>{VERDICT_WORD[status]}</StatusMark>;
}

const ICONS = {
  16: {
    ok: Icon16CheckCircleOutline,
    risk: Icon16WarningTriangleOutline,
    fail: Icon16ErrorCircleOutline,
    unknown: Icon16HelpOutline,
  },
  28: {
    ok: Icon28CheckCircleOutline,
    risk: Icon28WarningTriangleOutline,
    fail: Icon28ErrorCircleOutline,
    unknown: Icon28HelpOutline,
  },
} as const;

/** The verdict's icon alone (beside its word, which carries the meaning). */
export function VerdictIcon({ status, size }: { status: VerdictStatus; size: 16 | 28 }) {
  const Icon = ICONS[size][status];
  return <Icon aria-hidden />;
}
