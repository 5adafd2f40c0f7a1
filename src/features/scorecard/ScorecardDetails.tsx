// The scorecard below its answer: each figure with its details, the tools, the page's settings. Its
// own chunk, fetched while the answer renders (ScorecardPanel): the verdict and «Что сделать сегодня»
// need none of this code, and a phone on a slow line shows them sooner without it.
import { Button, Div, Footnote, Group, Header, Spacing } from '@vkontakte/vkui';
import { flagsFor, type DataFlag } from '../../core/completeness';
import type { Scorecard } from '../../core/scorecard';
import type { Category } from '../../core/types';
import { formatDateTime } from '../../shared/format';
import { StatusMark } from '../../shared/StatusMark';
import type { ScorecardTool } from './actionTarget';
import { REQUIREMENTS_ANCHOR } from './actionTarget';
import { timeZoneName } from './timeZones';
import { ErCard } from './components/ErCard';
import { FrequencyCard } from './components/FrequencyCard';
import { MonitoringErBlock } from './components/MonitoringErBlock';
import { PageSettingsSheet } from './components/PageSettingsSheet';
import { RatingCard } from './components/RatingCard';
import { RepliesCard } from './components/RepliesCard';
import { ReachCard } from './components/ReachCard';
import { RequirementsCard } from './components/RequirementsCard';
import { ToolsCard } from './components/ToolsCard';
import type { MonitoringState } from './useMonitoring';
import type { ScorecardState } from './useScorecard';

const POSTPONED_NOTE = {
  included: null,
  'not-requested': null,
  refused: 'Доступ к стене не выдан: отложенные посты не учтены в прогнозе.',
  error: 'ВКонтакте не отдал отложенные посты: прогноз без них.',
} as const;

export interface ScorecardDetailsProps {
  state: ScorecardState;
  /** The scorecard on screen (with the monitoring-grade ER when that is chosen). */
  card: Scorecard;
  flags: readonly DataFlag[];
  monitoring: MonitoringState | null;
  monitoringRating: boolean;
  onMonitoringRatingChange: (use: boolean) => void;
  canManage: boolean;
  listCategory?: { value: Category; onChange: (category: Category) => void };
  openTool?: (tool: ScorecardTool) => void;
  settingsOpen: boolean;
  onSettingsOpenChange: (open: boolean) => void;
}

export function ScorecardDetails(props: ScorecardDetailsProps) {
  const { state, card, flags, monitoring, monitoringRating, canManage, listCategory, openTool } = props;
  const {
    onMonitoringRatingChange: setMonitoringRating,
    settingsOpen,
    onSettingsOpenChange: setSettingsOpen,
  } = props;
  const { load, settings } = state;
  const snapshot = load.status === 'loading' ? null : load.snapshot;
  if (!snapshot) return null;
  const refreshing = load.status === 'ready' && load.refreshing;
  const postponedNote = POSTPONED_NOTE[snapshot.postponed];
  const monitoringReady = monitoring?.status === 'ready' ? monitoring.monitoring : null;
  const category = listCategory?.value ?? settings.category;

  return (
    <>
      <RepliesCard
        groupId={card.page.id}
        posts={snapshot.posts}
        month={card.month}
        timeZone={card.timeZone}
        now={card.now}
        canManage={canManage}
        onOpen={openTool ? () => openTool('replies') : undefined}
      />
      <RatingCard rating={card.rating} />
      <FrequencyCard frequency={card.frequency} flags={flagsFor(flags, 'frequency')} />
      {canManage && snapshot.postponed !== 'included' && (
        <Group>
          <Div>
            <Footnote>
              Отложенные посты — прогноз на текущий и будущие периоды. Чтобы их прочитать, приложению нужен
              доступ к стене сообщества: ВКонтакте спросит разрешение.
            </Footnote>
            {postponedNote && <StatusMark tone="unknown">{postponedNote}</StatusMark>}
            <Spacing size={8} />
            <Button mode="secondary" size="m" onClick={() => state.setExtras({ withPostponed: true })}>
              Учесть отложенные посты
            </Button>
          </Div>
        </Group>
      )}
      <ErCard ratingEr={card.ratingEr} er={card.er} timeZone={card.timeZone} flags={flagsFor(flags, 'er')}>
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
          canManage && card.reach.kind !== 'stats' ? () => state.setExtras({ withStats: true }) : undefined
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
    </>
  );
}
