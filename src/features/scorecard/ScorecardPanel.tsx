// One page's scorecard: what the monitoring will see this month and what to do about it today.
import { useState } from 'react';
import { Button, Div, Footnote, Group, Header, PullToRefresh, Spacing } from '@vkontakte/vkui';
import { flagsFor, scorecardFlags, type DataFlag } from '../../core/completeness';
import { computeRating } from '../../core/rating';
import type { Category } from '../../core/types';
import { formatDateTime } from '../../shared/format';
import { timeZoneName } from './timeZones';
import { ErCard } from './components/ErCard';
import { ErrorPlaceholder } from './components/ErrorPlaceholder';
import { FrequencyCard } from './components/FrequencyCard';
import { PageHeaderCard } from './components/PageHeaderCard';
import { RatingCard } from './components/RatingCard';
import { ReachCard } from './components/ReachCard';
import { RequirementsCard } from './components/RequirementsCard';
import { ScorecardSkeleton } from './components/ScorecardSkeleton';
import { TodayCard } from './components/TodayCard';
import { ToolsCard } from './components/ToolsCard';
import { StatusMark } from '../../shared/StatusMark';
import type { MonitoringRead } from '../../data/monitoring';
import type { DatedSnapshot } from '../../data/page-snapshot';
import { useScorecard } from './useScorecard';
import { useMonitoring } from './useMonitoring';
import { MonitoringErBlock } from './components/MonitoringErBlock';
import './scorecard.css';

const POSTPONED_NOTE = {
  included: null,
  'not-requested': null,
  refused: 'Доступ к стене не выдан: отложенные посты не учтены в прогнозе.',
  error: 'ВКонтакте не отдал отложенные посты: прогноз без них.',
} as const;

interface Props {
  groupId: number;
  canManage: boolean;
  /** Opened from a supervisor's list: the category is the list's, and changing it edits the list. */
  listCategory?: { value: Category; onChange: (category: Category) => void };
  /** The page as the supervisor's refresh read it: no second read on opening. */
  known?: DatedSnapshot;
  /** The lists the supervisor's «Уточнить» already read for this page: no second read. */
  knownMonitoring?: MonitoringRead;
}

export function ScorecardContent({ groupId, canManage, listCategory, known, knownMonitoring }: Props) {
  const state = useScorecard(groupId, listCategory?.value, known);
  const { load, scorecard, settings } = state;
  const monitoring = useMonitoring(scorecard, canManage, knownMonitoring);
  // Admins see the rating as the monitoring will count it unless they switch back to the plain ER.
  const [monitoringRating, setMonitoringRating] = useState(canManage);

  if (load.status === 'loading') return <ScorecardSkeleton />;
  if (!scorecard) {
    return (
      <ErrorPlaceholder
        error={load.status === 'error' ? load.error : null}
        onRetry={() => void state.refresh()}
      />
    );
  }
  const snapshot = load.snapshot!;
  const refreshing = load.status === 'ready' && load.refreshing;
  const postponedNote = POSTPONED_NOTE[snapshot.postponed];
  const monitoringReady = monitoring?.status === 'ready' ? monitoring.monitoring : null;
  const ratingFromMonitoring = monitoringRating && monitoringReady !== null;
  const rating = ratingFromMonitoring
    ? computeRating({ ...scorecard, er: monitoringReady, options: scorecard.options })
    : scorecard.rating;
  const flags = scorecardFlags(scorecard, {
    postsComplete: snapshot.postsComplete,
    monitoringListsComplete: monitoringReady?.complete ?? null,
  });
  // With the monitoring-grade ER in the rating, that figure's gaps are the rating's too.
  const ratingFlags = uniqueFlags([
    ...flagsFor(flags, 'rating'),
    ...(ratingFromMonitoring ? flagsFor(flags, 'er-monitoring') : []),
  ]);

  return (
    <PullToRefresh onRefresh={() => void state.refresh()} isFetching={refreshing}>
      <div data-testid="scorecard-ready">
        {load.status === 'error' && (
          <Group>
            <ErrorPlaceholder error={load.error} onRetry={() => void state.refresh()} />
          </Group>
        )}
        <PageHeaderCard
          page={scorecard.page}
          category={listCategory?.value ?? settings.category}
          categorySource={listCategory ? 'list' : 'settings'}
          timeZone={settings.timeZone}
          onCategoryChange={(category) =>
            listCategory ? listCategory.onChange(category) : state.updateSettings({ category })
          }
          onTimeZoneChange={(timeZone) => state.updateSettings({ timeZone })}
        />
        <TodayCard actions={scorecard.actions} />
        <RatingCard rating={rating} flags={ratingFlags} />
        <FrequencyCard frequency={scorecard.frequency} flags={flagsFor(flags, 'frequency')} />
        {canManage && snapshot.postponed !== 'included' && (
          <Group>
            <Div>
              <Footnote>
                Отложенные посты — прогноз на текущий и будущие периоды. Чтобы их прочитать, приложению нужен
                доступ к стене сообщества (право «wall»): ВКонтакте спросит разрешение.
              </Footnote>
              {postponedNote && <StatusMark tone="unknown">{postponedNote}</StatusMark>}
              <Spacing size={8} />
              <Button mode="secondary" size="m" onClick={() => state.setExtras({ withPostponed: true })}>
                Учесть отложенные посты
              </Button>
            </Div>
          </Group>
        )}
        <ErCard er={scorecard.er} timeZone={scorecard.timeZone} flags={flagsFor(flags, 'er')}>
          {monitoring && (
            <MonitoringErBlock
              state={monitoring}
              flags={monitoringReady ? flagsFor(flags, 'er-monitoring') : []}
              useForRating={monitoringRating}
              onUseForRatingChange={setMonitoringRating}
            />
          )}
        </ErCard>
        <ReachCard
          reach={scorecard.reach}
          flags={flagsFor(flags, 'reach')}
          onRequestStats={
            canManage && !state.extras.withStats ? () => state.setExtras({ withStats: true }) : undefined
          }
        />
        <RequirementsCard
          requirements={scorecard.requirements}
          flags={flagsFor(flags, 'requirements')}
          deductionPerItem={scorecard.options.requirementDeduction}
          posWidgetsDeclared={settings.posWidgetsDeclared}
          onDeclarePosWidgets={
            canManage ? (declared) => state.updateSettings({ posWidgetsDeclared: declared }) : undefined
          }
        />
        <ToolsCard groupId={scorecard.page.id} />
        <Group header={<Header>О расчёте</Header>}>
          <Div>
            <Footnote>
              Данные на {formatDateTime(scorecard.now, scorecard.timeZone)} (
              {timeZoneName(scorecard.timeZone)}).
              {state.settingsError
                ? ' Настройки страницы не сохранились в VK Storage: они действуют до закрытия приложения.'
                : ' Категория, часовой пояс и отметка о виджетах ПОС хранятся в вашем VK Storage.'}
            </Footnote>
            <Spacing size={8} />
            <Button mode="secondary" size="m" loading={refreshing} onClick={() => void state.refresh()}>
              Обновить данные
            </Button>
          </Div>
        </Group>
      </div>
    </PullToRefresh>
  );
}

function uniqueFlags(flags: readonly DataFlag[]): DataFlag[] {
  return flags.filter((flag, i) => flags.findIndex((other) => other.kind === flag.kind) === i);
}
