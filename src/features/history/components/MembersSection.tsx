import { Button, Div, Footnote, Group, Header, Spinner, Text } from '@vkontakte/vkui';
import type { MonthMembers } from '../../../core/history/members';
import { ErrorBlock } from '../../../shared/ErrorBlock';
import { formatInt } from '../../../shared/format';
import { StatusMark } from '../../../shared/StatusMark';
import { describeVkError } from '../../../shared/vk-error-text';
import type { MembersState } from '../useHistory';
import { monthTitle } from '../text';

interface Props {
  membersToday: number | null;
  months: MonthMembers[] | null;
  /** YYYY-MM of the month in progress: its count is today's, not a month's end. */
  currentMonth: string;
  state: MembersState;
  canManage: boolean;
  onRequest: () => void;
}

function signed(n: number): string {
  return n > 0 ? `+${formatInt(n)}` : n < 0 ? `−${formatInt(-n)}` : '0';
}

export function MembersSection({ membersToday, months, currentMonth, state, canManage, onRequest }: Props) {
  return (
    <Group
      header={
        <Header multiline subtitle="На конец каждого месяца, за текущий — на сегодня">
          Подписчики
        </Header>
      }
    >
      <Div data-testid="history-members">
        <Text>
          Сейчас:{' '}
          <b data-testid="history-members-today">
            {membersToday === null ? 'нет данных' : formatInt(membersToday)}
          </b>
        </Text>
        {months ? (
          <>
            <ul className="history-list">
              {months.map((m) => (
                <li key={m.month} data-testid="history-members-month" data-members={m.atEnd}>
                  {monthTitle(m.month)}: {formatInt(m.atEnd)}{' '}
                  {m.month === currentMonth ? 'на сегодня' : 'на конец месяца'} ({signed(m.net)}: пришли{' '}
                  {formatInt(m.subscribed)}, ушли {formatInt(m.unsubscribed)})
                </li>
              ))}
            </ul>
            <Footnote>
              ВКонтакте сообщает только сегодняшнее число подписчиков. Число на конец месяца — это сегодняшнее
              минус подписки и плюс отписки всех следующих дней по статистике сообщества.
            </Footnote>
          </>
        ) : (
          <MembersWithout state={state} canManage={canManage} onRequest={onRequest} />
        )}
      </Div>
    </Group>
  );
}

function MembersWithout({ state, canManage, onRequest }: Pick<Props, 'state' | 'canManage' | 'onRequest'>) {
  if (!canManage)
    return (
      <StatusMark tone="unknown">
        История подписчиков есть только в статистике сообщества, а её видят лишь руководители страницы:
        показано сегодняшнее число.
      </StatusMark>
    );
  if (state.status === 'loading') return <Spinner size="m" aria-label="Читаем статистику" />;
  if (state.status === 'error')
    return (
      <ErrorBlock text={describeVkError(state.error)} onRetry={onRequest} testId="history-members-error" />
    );
  return (
    <>
      {state.status === 'refused' && (
        <StatusMark tone="unknown">Доступ к статистике не выдан: история подписчиков не показана.</StatusMark>
      )}
      <Footnote style={{ marginTop: 8 }}>
        ВКонтакте сообщает только сегодняшнее число подписчиков. Число по месяцам восстанавливается по
        статистике сообщества (кто подписался и отписался), а для неё приложению нужен доступ к статистике
        сообщества: ВКонтакте спросит разрешение.
      </Footnote>
      <Button
        mode="secondary"
        size="m"
        onClick={onRequest}
        style={{ marginTop: 8 }}
        data-testid="history-members-request"
      >
        Показать подписчиков по месяцам
      </Button>
    </>
  );
}
