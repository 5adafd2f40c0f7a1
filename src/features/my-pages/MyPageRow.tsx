// One page I administer: the row opens its scorecard and says its verdict at a glance («Не выполняет ·
// рейтинг 43 %»), so the pages can be compared without opening each. «Добавить в меню сообщества» and
// «Подведомственные» sit under the name, not beside it, so on a phone the name keeps the row's width
// and wraps between words. The buttons are not inside the row's own button (a control inside a
// control is unreachable for screen readers).
import { Avatar, Button, SimpleCell, Spinner } from '@vkontakte/vkui';
import { rowVerdict, unavailableText, type SupervisorRow } from '../../core/pages/supervisor-table';
import type { PageInfo } from '../../core/types';
import type { VerdictReason } from '../../core/verdict';
import { countOf, formatPercent } from '../../shared/format';
import { reasonText } from '../../shared/verdict-text';
import { VerdictMark } from '../../shared/VerdictMark';
import './my-pages.css';

const MEMBERS = ['подписчик', 'подписчика', 'подписчиков'] as const;

interface Props {
  page: PageInfo;
  /** The page's judged row; undefined while it is read, 'failed' when the read stopped. */
  row: SupervisorRow | 'failed' | undefined;
  onOpen: () => void;
  onInstall: () => void;
  onOpenChildren: () => void;
}

export function MyPageRow({ page, row, onOpen, onInstall, onOpenChildren }: Props) {
  const verdict = row && row !== 'failed' ? rowVerdict(row) : null;
  return (
    <div className="my-page" data-testid="my-page" data-status={verdict?.status}>
      <SimpleCell
        before={
          <Avatar
            size={48}
            src={page.hasPhoto ? (page.photo ?? undefined) : undefined}
            initials={page.name.slice(0, 1)}
            alt=""
          />
        }
        subtitle={
          <>
            {row && row !== 'failed' && verdict ? (
              <span className="my-page__verdict" data-testid="my-page-verdict">
                <VerdictMark status={verdict.status} />
                <span>{verdictDetails(row, verdict.reasons)}</span>
              </span>
            ) : row === 'failed' ? (
              <span className="my-page__verdict">Рейтинг не посчитан: откройте страницу</span>
            ) : (
              <span className="my-page__verdict">
                <Spinner size="s" aria-hidden />
                <span>Считаем рейтинг…</span>
              </span>
            )}
            {page.membersCount !== null && (
              <span className="my-page__members">{countOf(page.membersCount, MEMBERS)}</span>
            )}
          </>
        }
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
          onClick={onOpenChildren}
          aria-label={`Подведомственные страницы: ${page.name}`}
          data-testid="my-page-children"
        >
          Подведомственные
        </Button>
        <Button
          size="s"
          mode="link"
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

/** After the word: the rating and what fails, or why there are no figures. */
function verdictDetails(row: SupervisorRow, reasons: readonly VerdictReason[]): string {
  if (row.state !== 'ok') return unavailableText(row);
  const rating = row.scorecard.rating.total;
  return [...(rating === null ? [] : [`рейтинг ${formatPercent(rating)}`]), ...reasons.map(reasonText)].join(
    ' · ',
  );
}
