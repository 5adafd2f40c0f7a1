// One page's scorecard, answer first: the verdict with the rating and the one thing to do now, then
// «Что сделать сегодня», then each figure with its details.
import { useState } from 'react';
import { Div, Group, PullToRefresh, Skeleton } from '@vkontakte/vkui';
import { flagsFor, scorecardFlags, type DataFlag } from '../../core/completeness';
import { withMonitoringRatingEr } from '../../core/scorecard';
import { actionsWithPlan } from '../../core/plan/action';
import { isGone, type Category } from '../../core/types';
import { AfterFirstPaint } from '../../shared/AfterFirstPaint';
import { lazyScreen } from '../../shared/lazy-screen';
import type { MonitoringRead } from '../../data/monitoring';
import type { DatedSnapshot } from '../../data/page-snapshot';
import { PageUnavailableError } from '../../data/page-unavailable';
import type { ScorecardTool } from './actionTarget';
import { ErrorPlaceholder } from './components/ErrorPlaceholder';
import { ScorecardSkeleton } from './components/ScorecardSkeleton';
import { TodayCard } from './components/TodayCard';
import { UnavailablePage } from './components/UnavailablePage';
import { VerdictCard } from './components/VerdictCard';
import { useMonitoring } from './useMonitoring';
import { useScorecard } from './useScorecard';
import './scorecard.css';

/** The figures below the answer: their chunk is fetched once the answer has rendered (docs/performance.md). */
const ScorecardDetails = lazyScreen(
  () => import('./ScorecardDetails').then((module) => module.ScorecardDetails),
  {
    loading: (
      <Group aria-busy="true" aria-label="Загружаем подробности">
        <Div>
          <Skeleton width="45%" height={20} />
          <Skeleton width="85%" height={18} style={{ marginTop: 16 }} />
        </Div>
      </Group>
    ),
  },
);

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
  const { load, scorecard: plain } = state;
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
          actions={actionsWithPlan(card, snapshot.posts)}
          page={card.page}
          frequency={card.frequency}
          canManage={canManage}
          onOpenTool={openTool}
        />
        <AfterFirstPaint>
          {sections}
          <ScorecardDetails
            state={state}
            card={card}
            flags={flags}
            monitoring={monitoring}
            monitoringRating={monitoringRating}
            onMonitoringRatingChange={setMonitoringRating}
            canManage={canManage}
            listCategory={listCategory}
            openTool={openTool}
            settingsOpen={settingsOpen}
            onSettingsOpenChange={setSettingsOpen}
          />
        </AfterFirstPaint>
      </div>
    </PullToRefresh>
  );
}

function uniqueFlags(flags: readonly DataFlag[]): DataFlag[] {
  return flags.filter((flag, i) => flags.findIndex((other) => other.kind === flag.kind) === i);
}
