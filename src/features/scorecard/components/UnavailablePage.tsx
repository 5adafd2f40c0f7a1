// A page whose figures cannot be read: deleted, banned, or closed to the viewer. Each says which page,
// what happened and what to do; none offers a retry that cannot help.
import { Icon56BlockOutline, Icon56DeleteOutline, Icon56LockOutline } from '@vkontakte/icons';
import { Button, Group, Placeholder } from '@vkontakte/vkui';
import type { PageInfo } from '../../../core/types';
import type { UnreadableState } from '../../../data/page-unavailable';

const TEXT: Record<UnreadableState, { title: string; body: string }> = {
  deleted: {
    title: 'Сообщество удалено',
    body: 'Его больше нет во ВКонтакте, поэтому рейтинг не считается. Если страница была в списке подведомственных, уберите её оттуда или замените новой страницей учреждения.',
  },
  banned: {
    title: 'Сообщество заблокировано',
    body: 'ВКонтакте заблокировал сообщество: его записи никто не видит, и мониторинг считает, что страница не выполняет показатели. Администратору страницы нужно обратиться в поддержку ВКонтакте.',
  },
  private: {
    title: 'Закрытое сообщество',
    body: 'Его записи видят только участники, поэтому приложение не может их посчитать. Попросите администратора страницы добавить вас в участники — или открыть сообщество: мониторинг оценивает открытые страницы.',
  },
};

const ICONS = { deleted: Icon56DeleteOutline, banned: Icon56BlockOutline, private: Icon56LockOutline };

export function UnavailablePage({ page, state }: { page: PageInfo; state: UnreadableState }) {
  const Icon = ICONS[state];
  const { title, body } = TEXT[state];
  const link = `https://vk.com/${page.screenName || `club${page.id}`}`;
  return (
    <Group data-testid="page-unavailable" data-state={state}>
      <Placeholder
        icon={<Icon aria-hidden />}
        title={title}
        action={
          state === 'deleted' ? null : (
            <Button
              size="m"
              mode="secondary"
              Component="a"
              href={link}
              target="_blank"
              rel="noopener noreferrer"
            >
              Открыть во ВКонтакте
            </Button>
          )
        }
      >
        <span className="sc-unavailable__name" data-testid="page-name">
          {page.name && page.name !== 'DELETED' ? page.name : `club${page.id}`}
        </span>
        {body}
      </Placeholder>
    </Group>
  );
}
