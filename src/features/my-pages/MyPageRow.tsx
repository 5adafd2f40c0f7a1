// One page I administer: the row opens its scorecard; «Добавить в меню сообщества» sits under the name,
// not beside it, so on a phone the name keeps the row's width and wraps between words. The button is
// not inside the row's own button (a control inside a control is unreachable for screen readers).
import { Avatar, Button, SimpleCell } from '@vkontakte/vkui';
import type { PageInfo } from '../../core/types';
import { countOf } from '../../shared/format';
import './my-pages.css';

const MEMBERS = ['подписчик', 'подписчика', 'подписчиков'] as const;

export function MyPageRow({
  page,
  onOpen,
  onInstall,
}: {
  page: PageInfo;
  onOpen: () => void;
  onInstall: () => void;
}) {
  return (
    <div className="my-page" data-testid="my-page">
      <SimpleCell
        before={
          <Avatar
            size={48}
            src={page.hasPhoto ? (page.photo ?? undefined) : undefined}
            initials={page.name.slice(0, 1)}
            alt=""
          />
        }
        subtitle={page.membersCount === null ? undefined : countOf(page.membersCount, MEMBERS)}
        onClick={onOpen}
        chevron="always"
        multiline
        data-testid="my-page-open"
      >
        {page.name}
      </SimpleCell>
      <div className="my-page__actions">
        <Button
          size="s"
          mode="secondary"
          onClick={onInstall}
          aria-label={`Добавить в меню сообщества: ${page.name}`}
          data-testid="my-page-install"
        >
          Добавить в меню сообщества
        </Button>
      </div>
    </div>
  );
}
