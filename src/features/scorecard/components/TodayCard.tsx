// «Что сделать сегодня»: at most three things that gain rating points, largest gain first, each with
// what it gains and a button that starts it. A page with nothing to fix hears «Всё в порядке» and the
// next date that matters; chores that gain nothing today wait behind a tap.
import { Icon28CheckCircleOutline } from '@vkontakte/icons';
import { CellButton, Div, Footnote, Group, Header, Text } from '@vkontakte/vkui';
import { useState } from 'react';
import type { Action } from '../../../core/actions';
import { nextOpenPeriod, type FrequencyResult } from '../../../core/frequency';
import type { PageInfo } from '../../../core/types';
import { countOf, formatDayMonth } from '../../../shared/format';
import { actionWords, gainText } from '../actionText';
import { actionTarget, type ScorecardTool } from '../actionTarget';
import { ActionButton } from './ActionButton';

/** What a busy admin reads: no more than this many items at first. */
export const FIRST_ACTIONS = 3;

/** Below half a point an action is not worth a clerk's morning: it waits with the rest. */
export const MEANINGFUL_GAIN = 0.5;

const POSTS = ['пост', 'поста', 'постов'] as const;
const TASKS = ['дело', 'дела', 'дел'] as const;

interface Props {
  actions: readonly Action[];
  page: Pick<PageInfo, 'id'>;
  frequency: FrequencyResult;
  canManage: boolean;
  onOpenTool?: (tool: ScorecardTool) => void;
}

export function TodayCard({ actions, page, frequency, canManage, onOpenTool }: Props) {
  const [expanded, setExpanded] = useState(false);
  const gaining = actions.filter((a) => a.impact >= MEANINGFUL_GAIN);
  const first = gaining.slice(0, FIRST_ACTIONS);
  const rest = actions.filter((a) => !first.includes(a));
  return (
    <Group header={<Header>Что сделать сегодня</Header>} data-testid="today">
      {first.length === 0 ? (
        <AllGood frequency={frequency} />
      ) : (
        first.map((action, index) => (
          <ActionItem
            key={`${action.kind}-${index}`}
            top={index === 0}
            index={index + 1}
            action={action}
            page={page}
            canManage={canManage}
            onOpenTool={onOpenTool}
          />
        ))
      )}
      {rest.length > 0 && !expanded && (
        <CellButton onClick={() => setExpanded(true)} data-testid="today-more">
          {first.length === 0
            ? `Можно сделать заранее: ${rest.length}`
            : `Ещё ${countOf(rest.length, TASKS)}`}
        </CellButton>
      )}
      {expanded &&
        rest.map((action, index) => (
          <ActionItem
            key={`${action.kind}-rest-${index}`}
            index={first.length + index + 1}
            action={action}
            page={page}
            canManage={canManage}
            onOpenTool={onOpenTool}
          />
        ))}
    </Group>
  );
}

function ActionItem(props: {
  /** The most valuable action: a primary button, the one the first screen shows. */
  top?: boolean;
  index: number;
  action: Action;
  page: Pick<PageInfo, 'id'>;
  canManage: boolean;
  onOpenTool?: (tool: ScorecardTool) => void;
}) {
  const { title, detail } = actionWords(props.action);
  const gain = gainText(props.action);
  return (
    <Div
      className="sc-action"
      data-testid={props.top ? 'top-action' : 'today-action'}
      data-kind={props.action.kind}
    >
      <Text weight="2">
        {props.index}. {title}
      </Text>
      {gain && (
        <Footnote className="sc-action__gain" data-testid="today-gain">
          {gain}
        </Footnote>
      )}
      <Footnote className="sc-action__detail">{detail}</Footnote>
      <ActionButton
        target={actionTarget(props.action, props.page, props.canManage)}
        onOpenTool={props.onOpenTool}
        mode={props.top ? 'primary' : 'secondary'}
      />
    </Div>
  );
}

function AllGood({ frequency }: { frequency: FrequencyResult }) {
  const next = nextOpenPeriod(frequency);
  return (
    <Div className="sc-all-good" data-testid="today-all-good">
      <Icon28CheckCircleOutline className="sc-all-good__icon" aria-hidden />
      <div>
        <Text weight="2">Всё в порядке</Text>
        <Footnote className="sc-action__detail">
          {next && next.threshold !== null
            ? `Следующая проверка — ${formatDayMonth(next.deadline)}: к этому дню в периоде ${formatDayMonth(next.firstDate)} – ${formatDayMonth(next.deadline)} нужно ${countOf(next.threshold, POSTS)} (сейчас ${next.published}${next.scheduled > 0 ? ` и ${next.scheduled} отложено` : ''}).`
            : 'Продолжайте публиковать в том же ритме.'}
        </Footnote>
      </div>
    </Div>
  );
}
