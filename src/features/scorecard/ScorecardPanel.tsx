// One page's scorecard, answer first: the verdict with the rating and the one thing to do now, then
// «Что сделать сегодня», then each figure with its details.
import { useState } from 'react';
import { Button, Div, Footnote, Group, Header, PullToRefresh, Spacing } from '@vkontakte/vkui';
import { flagsFor, scorecardFlags, type DataFlag } from '../../core/completeness';
import { withMonitoringRatingEr } from '../../core/scorecard';
import { isGone, type Category } from '../../core/types';
import { formatDateTime } from '../../shared/format';
import { AfterFirstPaint } from '../../shared/AfterFirstPaint';
import { StatusMark } from '../../shared/StatusMark';
import type { MonitoringRead } from '../../data/monitoring';
import type { DatedSnapshot } from '../../data/page-snapshot';
import { PageUnavailableError } from '../../data/page-unavailable';
import type { ScorecardTool } from './actionTarget';
import { REQUIREMENTS_ANCHOR } from './actionTarget';
import { timeZoneName } from './timeZones';
import { ErCard } from './components/ErCard';
import { ErrorPlaceholder } from './components/ErrorPlaceholder';
import { FrequencyCard } from './components/FrequencyCard';
import { MonitoringErBlock } from './components/MonitoringErBlock';
import { PageSettingsSheet } from './components/PageSettingsSheet';
import { RatingCard } from './components/RatingCard';
import { ReachCard } from './components/ReachCard';
import { RequirementsCard } from './components/RequirementsCard';
import { ScorecardSkeleton } from './components/ScorecardSkeleton';
import { TodayCard } from './components/TodayCard';
import { ToolsCard } from './components/ToolsCard';
import { UnavailablePage } from './components/UnavailablePage';
import { VerdictCard } from './components/VerdictCard';
import { useMonitoring } from './useMonitoring';
import { useScorecard } from './useScorecard';
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
  /** Opens one of the app's tools (quiz and giveaway builders, poster, history) for this page. */
  onOpenTool?: (tool: ScorecardTool, groupId: number) => void;
  /** The app's other sections (subordinate pages, giveaways…), shown below the answer. */
  sections?: React.ReactNode;
}

export function ScorecardContent(props: Props) {
  const { groupId, canManage, listCategory, known, knownMonitoring, sections } = props;
  const state = useScorecard(groupId, listCategory?.value, known);
  const { load, scorecard: plain, settings } = state;
  const monitoring = useMonitoring(plain, canManage, knownMonitoring);
  // Admins see the rating as the monitoring will count it unless they switch back to the plain ER; so
  // does a supervisor whose «Уточнить» already read it (the table's row counts it too).
  const [monitoringRating, setMonitoringRating] = useState(canManage || knownMonitoring !== undefined);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const openTool = props.onOpenTool ? (tool: ScorecardTool) => props.onOpenTool?.(tool, groupId) : undefined;

  if (load.status === 'loading') return <ScorecardSkeleton />;
  if (!plain) {
    const error = load.status === 'error' ? load.error : null;
    if (error instanceof PageUnavailableError)
      return <UnavailablePage page={error.page} state={error.state} />;
    return <ErrorPlaceholder error={error} onRetry={() => void state.refresh()} />;
  }
  if (isGone(plain.page.status)) return <UnavailablePage page={plain.page} state={plain.page.status} />;

  const snapshot = load.snapshot!;
  const refreshing = load.status === 'ready' && load.refreshing;
  const postponedNote = POSTPONED_NOTE[snapshot.postponed];
  const monitoringReady = monitoring?.status === 'ready' ? monitoring.monitoring : null;
  const ratingFromMonitoring = monitoringRating && monitoringReady !== null;
  // One scorecard on screen: the rating, the verdict, the actions and the ER gap all count the same ER.
  const card = ratingFromMonitoring ? withMonitoringRatingEr(plain, monitoringReady) : plain;
  const flags = scorecardFlags(card, {
    postsComplete: snapshot.postsComplete,
    monitoringListsComplete: monitoringReady?.complete ?? null,
  });
  // With the monitoring-grade ER in the rating, that figure's gaps are the rating's too.
  const ratingFlags = uniqueFlags([
    ...flagsFor(flags, 'rating'),
    ...(ratingFromMonitoring ? flagsFor(flags, 'er-monitoring') : []),
  ]);
  const category = listCategory?.value ?? settings.category;

  return (
    <PullToRefresh onRefresh={() => void state.refresh()} isFetching={refreshing}>
      <div data-testid="scorecard-ready">
        {load.status === 'error' && (
          <Group>
            <ErrorPlaceholder error={load.error} onRetry={() => void state.refresh()} />
          </Group>
        )}
        <VerdictCard
          card={card}
          ratingFlags={ratingFlags}
          refining={monitoringRating && monitoring?.status === 'loading'}
          onOpenSettings={() => setSettingsOpen(true)}
        />
        <TodayCard
          actions={card.actions}
          page={card.page}
          frequency={card.frequency}
          canManage={canManage}
          onOpenTool={openTool}
        />
        <AfterFirstPaint>
          {sections}
          <RatingCard rating={card.rating} />
          <FrequencyCard frequency={card.frequency} flags={flagsFor(flags, 'frequency')} />
          {canManage && snapshot.postponed !== 'included' && (
            <Group>
              <Div>
                <Footnote>
                  Отложенные посты — прогноз на текущий и будущие периоды. Чтобы их прочитать, приложению
                  нужен доступ к стене сообщества: ВКонтакте спросит разрешение.
                </Footnote>
                {postponedNote && <StatusMark tone="unknown">{postponedNote}</StatusMark>}
                <Spacing size={8} />
                <Button mode="secondary" size="m" onClick={() => state.setExtras({ withPostponed: true })}>
                  Учесть отложенные посты
                </Button>
              </Div>
            </Group>
          )}
          <ErCard
            ratingEr={card.ratingEr}
            er={card.er}
            timeZone={card.timeZone}
            flags={flagsFor(flags, 'er')}
          >
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
            reach={card.reach}
            flags={flagsFor(flags, 'reach')}
            onRequestStats={
              canManage && card.reach.kind !== 'stats'
                ? () => state.setExtras({ withStats: true })
                : undefined
            }
          />
          <div id={REQUIREMENTS_ANCHOR}>
            <RequirementsCard
              requirements={card.requirements}
              flags={flagsFor(flags, 'requirements')}
              deductionPerItem={card.options.requirementDeduction}
              posWidgetsDeclared={settings.posWidgetsDeclared}
              onDeclarePosWidgets={
                canManage ? (declared) => state.updateSettings({ posWidgetsDeclared: declared }) : undefined
              }
            />
          </div>
          {openTool && <ToolsCard onOpen={openTool} />}
          <Group header={<Header>О расчёте</Header>}>
            <Div>
              <Footnote>
                Данные на {formatDateTime(card.now, card.timeZone)} ({timeZoneName(card.timeZone)}).
              </Footnote>
              <Spacing size={8} />
              <Button mode="secondary" size="m" loading={refreshing} onClick={() => void state.refresh()}>
                Обновить данные
              </Button>
            </Div>
          </Group>
          <PageSettingsSheet
            open={settingsOpen}
            onClose={() => setSettingsOpen(false)}
            category={category}
            categorySource={listCategory ? 'list' : 'settings'}
            timeZone={settings.timeZone}
            onCategoryChange={(next) =>
              listCategory ? listCategory.onChange(next) : state.updateSettings({ category: next })
            }
            onTimeZoneChange={(timeZone) => state.updateSettings({ timeZone })}
            saveFailed={Boolean(state.settingsError)}
          />
        </AfterFirstPaint>
      </div>
    </PullToRefresh>
  );
}

function uniqueFlags(flags: readonly DataFlag[]): DataFlag[] {
  return flags.filter((flag, i) => flags.findIndex((other) => other.kind === flag.kind) === i);
}
