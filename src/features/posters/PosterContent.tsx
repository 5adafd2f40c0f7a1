// A page's printable QR poster: a live preview, the call to action, the institution type with how
// many posters to hang and where, and the SVG / PNG downloads and printing.
import { Banner, Button, Div, Group, Header, Placeholder } from '@vkontakte/vkui';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useServices } from '../../shared/services';
import {
  DEFAULT_CALL_TO_ACTION,
  effectiveCallToAction,
  guessInstitutionType,
  pageLink,
} from '../../core/posters';
import {
  fetchPosterPages,
  loadPosterSettings,
  savePosterSettings,
  type PosterPage,
  type PosterSettings,
} from '../../data/posters';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { LoadView } from '../../shared/LoadView';
import { useLoad } from '../../shared/useLoad';
import { needsBridgeDownload } from '../../data/screen-actions';
import { describeVkError } from '../../shared/vk-error-text';
import { CallToActionField } from './components/CallToActionField';
import { FilesNote } from './components/FilesNote';
import { PlacesBlock } from './components/PlacesBlock';
import { PosterPreview } from './components/PosterPreview';
import { ctaFit } from './cta-fit';
import { posterSvgFor } from './render';
import { PRIVATE_PAGE_NOTE } from './text';
import { usePosterFiles, type PosterAction } from './usePosterFiles';
import { useSaveLater } from './useSaveLater';
import './posters.css';

export interface PosterContentProps {
  groupId: number;
}

export function PosterContent({ groupId }: PosterContentProps) {
  const { api, userStorage } = useServices();
  const read = useCallback(async () => {
    const [pages, settings] = await Promise.all([
      fetchPosterPages(api, [groupId]),
      // Unreadable settings only mean the defaults.
      loadPosterSettings(userStorage, groupId).catch(() => null),
    ]);
    return { page: pages.get(groupId) ?? null, settings };
  }, [api, userStorage, groupId]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Готовим плакат"
      loadingTestId="poster-loading"
      renderError={(error, retry) => (
        <ErrorBlock text={describeVkError(error)} onRetry={retry} testId="poster-error" />
      )}
    >
      {({ page, settings }) => {
        if (page === null)
          return (
            <Placeholder title="Страница не найдена" data-testid="poster-gone">
              ВКонтакте нет сообщества с номером {groupId}. Проверьте ссылку.
            </Placeholder>
          );
        if (page.status === 'deleted' || page.status === 'banned')
          return (
            <Placeholder title="Сообщество удалено или заблокировано" data-testid="poster-gone">
              QR-код вёл бы на недоступную страницу. Плакат для «{page.name}» не нужен.
            </Placeholder>
          );
        return <PosterEditor page={page} settings={settings} />;
      }}
    </LoadView>
  );
}

function PosterEditor({ page, settings }: { page: PosterPage; settings: PosterSettings | null }) {
  const { userStorage, launch } = useServices();
  const [choices, setChoices] = useState<PosterSettings>(
    () => settings ?? { callToAction: DEFAULT_CALL_TO_ACTION, institutionType: null },
  );
  const save = useCallback(
    (value: PosterSettings) => savePosterSettings(userStorage, page.id, value),
    [userStorage, page.id],
  );
  const saveFailed = useSaveLater(choices, save);
  const files = usePosterFiles();
  const guess = useMemo(() => guessInstitutionType(page.name, page.activity), [page]);
  const shownText = useDeferredValue(choices.callToAction);
  const svg = useMemo(() => posterSvgFor(page, shownText), [page, shownText]);
  const link = pageLink(page);
  const canPrint = !needsBridgeDownload(launch.platform);
  const current = () => posterSvgFor(page, effectiveCallToAction(choices.callToAction));
  const actions: { action: PosterAction; label: string; run: () => void }[] = [
    { action: 'svg', label: 'Скачать SVG', run: () => void files.downloadSvg(page, current()) },
    { action: 'png', label: 'Скачать PNG', run: () => void files.downloadPng(page, current()) },
    ...(canPrint
      ? [{ action: 'print' as const, label: 'Печать', run: () => void files.print([current()], page.id) }]
      : []),
  ];
  const type = choices.institutionType ?? guess.type;
  return (
    <>
      {page.status === 'private' && (
        <Banner data-testid="poster-private" title="Закрытое сообщество" subtitle={PRIVATE_PAGE_NOTE} />
      )}
      <Group header={<Header multiline>Плакат А4</Header>}>
        <PosterPreview svg={svg} alt={`Плакат с QR-кодом страницы «${page.name}»: ${link.text}`} />
        <CallToActionField
          id="poster-cta"
          label="Призыв на плакате"
          value={choices.callToAction}
          fit={ctaFit(shownText)}
          saveFailed={saveFailed}
          onChange={(callToAction) => setChoices((current) => ({ ...current, callToAction }))}
        />
        <Div>
          {/* A grid, not a row: on a phone each button gets the whole width and its full name. */}
          <div className="poster-actions">
            {actions.map(({ action, label, run }, index) => (
              <Button
                key={action}
                size="l"
                stretched
                mode={index === 0 ? 'primary' : 'secondary'}
                data-testid={action === 'print' ? 'poster-print' : `poster-download-${action}`}
                loading={files.busy?.action === action}
                disabled={files.busy !== null}
                onClick={run}
              >
                {label}
              </Button>
            ))}
          </div>
        </Div>
        <FilesNote error={files.error} canPrint={canPrint} />
      </Group>
      <PlacesBlock
        type={type}
        guess={guess}
        overridden={choices.institutionType !== null}
        onChange={(picked) =>
          setChoices((current) => ({
            ...current,
            // Picking the guessed type again returns to the guess (a later rename re-guesses).
            institutionType: picked === guess.type && guess.basis !== 'default' ? null : picked,
          }))
        }
      />
    </>
  );
}
