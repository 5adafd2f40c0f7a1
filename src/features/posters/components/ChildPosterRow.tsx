import { Button, ButtonGroup, Div, SimpleCell } from '@vkontakte/vkui';
import { guessInstitutionType, INSTITUTIONS, pageLink } from '../../../core/posters';
import type { ChildEntry } from '../../../data/children/list-store';
import type { PosterPage } from '../../../data/posters';
import type { PosterAction } from '../usePosterFiles';
import { placesText } from '../text';

interface Props {
  entry: ChildEntry;
  /** undefined: VK no longer knows the page. */
  page: PosterPage | undefined;
  busy: PosterAction | null;
  disabled: boolean;
  onSvg: (page: PosterPage) => void;
  onPng: (page: PosterPage) => void;
}

/** One page of the supervisor's list: its link, type and places, and its own downloads. */
export function ChildPosterRow({ entry, page, busy, disabled, onSvg, onPng }: Props) {
  if (!page || page.status === 'deleted' || page.status === 'banned')
    return (
      <SimpleCell
        multiline
        data-testid="poster-row"
        data-poster-id={entry.id}
        data-status="gone"
        subtitle={
          page ? 'Сообщество удалено или заблокировано — плакат не нужен' : 'Страница не найдена ВКонтакте'
        }
      >
        {entry.name}
      </SimpleCell>
    );
  const type = guessInstitutionType(page.name, page.activity).type;
  const subtitle = [
    pageLink(page).text,
    `${INSTITUTIONS[type].label}: ${placesText(INSTITUTIONS[type].places).toLowerCase()}`,
    page.status === 'private' ? 'закрытое сообщество — откройте его' : null,
  ]
    .filter(Boolean)
    .join(' · ');
  // The downloads sit under the name, not beside it: on a phone the name keeps the whole width.
  return (
    <div data-testid="poster-row" data-poster-id={page.id} data-status={page.status}>
      <SimpleCell multiline subtitle={subtitle}>
        {page.name}
      </SimpleCell>
      <Div className="poster-row__files">
        <ButtonGroup gap="s" mode="horizontal">
          {(['svg', 'png'] as const).map((format) => (
            <Button
              key={format}
              size="s"
              mode="secondary"
              data-testid={`poster-row-${format}`}
              aria-label={`Скачать ${format.toUpperCase()}: ${page.name}`}
              loading={busy === format}
              disabled={disabled}
              onClick={() => (format === 'svg' ? onSvg(page) : onPng(page))}
            >
              Скачать {format.toUpperCase()}
            </Button>
          ))}
        </ButtonGroup>
      </Div>
    </div>
  );
}
