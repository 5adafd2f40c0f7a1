// A page's last three months (publications by period, ER by month, members) and its best time to
// post, computed by the core from one read of the wall (docs/history.md).
import { Group, Placeholder } from '@vkontakte/vkui';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { countOf } from '../../shared/format';
import { ProgressLine } from '../../shared/ProgressLine';
import { StatusMark } from '../../shared/StatusMark';
import { describeVkError } from '../../shared/vk-error-text';
import { BestTimeSection } from './components/BestTimeSection';
import { ErSection } from './components/ErSection';
import { MembersSection } from './components/MembersSection';
import { PeriodsSection } from './components/PeriodsSection';
import { POST_FORMS } from './text';
import { useHistory } from './useHistory';
import './history.css';

export interface HistoryContentProps {
  groupId: number;
  /** The viewer manages the page: the statistics (members by month) may be asked for. */
  canManage: boolean;
}

export function HistoryContent({ groupId, canManage }: HistoryContentProps) {
  const { load, progress, history, members, requestMembers } = useHistory(groupId);
  const { state } = load;
  if (state.status === 'loading')
    return (
      <Group>
        <ProgressLine
          percent={null}
          text={progress ? `Читаем стену: ${countOf(progress.read, POST_FORMS)}` : null}
          label="Читаем посты за три месяца"
          testId="history-loading"
        />
      </Group>
    );
  if (state.status === 'error')
    return (
      <Group>
        <ErrorBlock text={describeVkError(state.error)} onRetry={load.reload} testId="history-error" />
      </Group>
    );
  if (!history) return null;
  const data = state.value;
  const currentMonth = history.months[history.months.length - 1] ?? '';
  return (
    <div data-testid="history">
      {!data.complete && (
        <Group>
          <StatusMark tone="unknown">
            Прочитаны не все посты за три месяца: стена слишком длинная. Числа ниже — по прочитанным.
          </StatusMark>
        </Group>
      )}
      {history.ownPosts === 0 ? (
        <Group>
          <Placeholder title="За три месяца нет собственных постов" data-testid="history-empty">
            Истории публикаций и вовлечённости (ER) пока нет: здесь появятся графики, когда на стене будут
            посты сообщества.
          </Placeholder>
        </Group>
      ) : (
        <>
          <PeriodsSection periods={history.periods} />
          <ErSection er={history.er} currentMonth={currentMonth} />
        </>
      )}
      <MembersSection
        membersToday={data.page.membersCount}
        months={history.members}
        currentMonth={currentMonth}
        state={members}
        canManage={canManage}
        onRequest={requestMembers}
      />
      {history.ownPosts > 0 && (
        <BestTimeSection bestTime={history.bestTime} timeZone={history.timeZone} now={data.fetchedAt} />
      )}
    </div>
  );
}
