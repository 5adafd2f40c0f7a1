import { Button, Div, Footnote, Group, Header, Text } from '@vkontakte/vkui';
import { DataFlagMarks } from '../../../shared/DataFlagMarks';
import type { DataFlag } from '../../../core/completeness';
import type { ReachResult } from '../../../core/reach';
import { formatInt, formatPercent } from '../../../shared/format';
import { Meter, StatusMark } from '../../../shared/StatusMark';

const STATS_UNAVAILABLE: Partial<Record<NonNullable<ReachResult['statsUnavailable']>, string>> = {
  'no-rights': 'Доступ к статистике не выдан: показана оценка по просмотрам.',
  error: 'ВКонтакте не отдал статистику (её видят только администраторы сообщества): показана оценка.',
  'no-data': 'В статистике за этот месяц пока нет данных об охвате: показана оценка.',
};

const MISSING: Record<NonNullable<ReachResult['missing']>, string> = {
  'no-members': 'ВКонтакте не сообщил число подписчиков',
  'no-posts': 'В этом месяце ещё нет собственных постов',
  'no-views': 'ВКонтакте не сообщил просмотры постов',
};

interface Props {
  reach: ReachResult;
  /** Offered when exact statistics could be read with the `stats` right. */
  onRequestStats?: () => void;
  flags?: readonly DataFlag[];
}

export function ReachCard({ reach, onRequestStats, flags = [] }: Props) {
  const reached = reach.achievement !== null && reach.achievement >= 100;
  return (
    <Group
      data-testid="reach-card"
      header={
        <Header
          subtitle={
            reach.estimated ? 'оценка: средние просмотры поста ÷ подписчики' : 'по статистике сообщества'
          }
        >
          Охват аудитории
        </Header>
      }
    >
      <Div>
        <div className="sc-big-number" data-testid="reach-percent">
          {formatPercent(reach.percent)}
        </div>
        <DataFlagMarks flags={flags} />
        <Text>
          Выполнение: <b data-testid="reach-achievement">{formatPercent(reach.achievement)}</b> (ориентир —{' '}
          {formatPercent(reach.targetPercent)} подписчиков)
        </Text>
        <Footnote className="sc-footnote">
          Ориентир — допущение приложения: в методике его нет. Поэтому охват входит в рейтинг, но не меняет
          итоговое слово «выполняет» или «не выполняет».
        </Footnote>
        <Meter value={reach.achievement} tone={reached ? 'ok' : 'bad'} label="Выполнение охвата" />
        {reach.missing ? (
          <StatusMark tone="unknown">{MISSING[reach.missing]}</StatusMark>
        ) : (
          <Footnote>
            {reach.kind === 'stats' ? 'Охват' : 'Средние просмотры поста'}: {formatInt(reach.reach ?? 0)} из{' '}
            {formatInt(reach.membersCount ?? 0)} подписчиков
            {reach.estimated ? ` (постов в расчёте: ${reach.postsUsed})` : ''}
          </Footnote>
        )}
      </Div>
      {reach.statsUnavailable && STATS_UNAVAILABLE[reach.statsUnavailable] && (
        <Div>
          <StatusMark tone="unknown">{STATS_UNAVAILABLE[reach.statsUnavailable]}</StatusMark>
        </Div>
      )}
      {reach.estimated && onRequestStats && (
        <Div>
          <Footnote>
            Точный охват есть в статистике сообщества. Чтобы прочитать её, приложению нужен доступ к
            статистике: ВКонтакте спросит разрешение.
          </Footnote>
          <Button mode="secondary" size="m" onClick={onRequestStats} style={{ marginTop: 8 }}>
            {reach.statsUnavailable === 'no-rights'
              ? 'Разрешить доступ к статистике'
              : 'Показать точный охват'}
          </Button>
        </Div>
      )}
    </Group>
  );
}
