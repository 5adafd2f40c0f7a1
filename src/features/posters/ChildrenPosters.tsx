// QR posters for every page in the supervisor's list: one shared call to action, per-page SVG and
// PNG, and «Печать всех» (one document, one A4 page per poster).
import { Button, Div, Group, Header, Placeholder } from '@vkontakte/vkui';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useServices } from '../../shared/services';
import { DEFAULT_CALL_TO_ACTION, effectiveCallToAction, totalPlaces } from '../../core/posters';
import {
  loadChildrenCallToAction,
  loadChildrenPosterPages,
  saveChildrenCallToAction,
  type ChildrenPosterPages,
  type PosterPage,
} from '../../data/posters';
import { ErrorBlock } from '../../shared/ErrorBlock';
import { countOf } from '../../shared/format';
import { LoadView } from '../../shared/LoadView';
import { useLoad } from '../../shared/useLoad';
import { needsBridgeDownload } from '../../data/screen-actions';
import { describeVkError } from '../../shared/vk-error-text';
import { CallToActionField } from './components/CallToActionField';
import { ChildPosterRow } from './components/ChildPosterRow';
import { FilesNote } from './components/FilesNote';
import { PosterPreview } from './components/PosterPreview';
import { ctaFit } from './cta-fit';
import { posterSvgFor } from './render';
import { usePosterFiles } from './usePosterFiles';
import { useSaveLater } from './useSaveLater';
import './posters.css';

export interface ChildrenPostersProps {
  /** The community the app was opened from (its list of subordinate pages), null outside one. */
  parentId: number | null;
  /** Try the community's shared list first (admins). */
  tryCommunity: boolean;
}

// Genitive after «для» and «не меньше»: «для 21 страницы», «не меньше 2 плакатов».
const PAGES = ['страницы', 'страниц', 'страниц'] as const;
const POSTERS = ['плаката', 'плакатов', 'плакатов'] as const;

export function ChildrenPosters({ parentId, tryCommunity }: ChildrenPostersProps) {
  const { api, tokens, userStorage } = useServices();
  const read = useCallback(async () => {
    const [list, callToAction] = await Promise.all([
      loadChildrenPosterPages({ api, tokens, userStorage, parentId, tryCommunity }),
      loadChildrenCallToAction(userStorage, parentId).catch(() => null),
    ]);
    return { list, callToAction };
  }, [api, tokens, userStorage, parentId, tryCommunity]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Загружаем список подведомственных"
      loadingTestId="posters-loading"
      renderError={(error, retry) => (
        <ErrorBlock text={describeVkError(error)} onRetry={retry} testId="posters-error" />
      )}
    >
      {({ list, callToAction }) =>
        list.entries.length === 0 ? (
          <Placeholder title="Список подведомственных пуст" data-testid="posters-empty">
            Добавьте страницы в таблице «Подведомственные» на главном экране — здесь появятся их плакаты.
          </Placeholder>
        ) : (
          <PostersList list={list} parentId={parentId} savedText={callToAction} />
        )
      }
    </LoadView>
  );
}

function PostersList({
  list,
  parentId,
  savedText,
}: {
  list: ChildrenPosterPages;
  parentId: number | null;
  savedText: string | null;
}) {
  const { userStorage, launch } = useServices();
  const [callToAction, setCallToAction] = useState(savedText ?? DEFAULT_CALL_TO_ACTION);
  const save = useCallback(
    (text: string) => saveChildrenCallToAction(userStorage, parentId, text),
    [userStorage, parentId],
  );
  const saveFailed = useSaveLater(callToAction, save);
  const files = usePosterFiles();
  const printable = useMemo(
    () =>
      list.entries.flatMap((entry) => {
        const page = list.pages.get(entry.id);
        return page && (page.status === 'ok' || page.status === 'private') ? [page] : [];
      }),
    [list],
  );
  const places = useMemo(() => totalPlaces(printable), [printable]);
  const shownText = useDeferredValue(callToAction);
  const sample = printable[0];
  const sampleSvg = useMemo(() => (sample ? posterSvgFor(sample, shownText) : null), [sample, shownText]);

  const svgOf = (page: PosterPage) => posterSvgFor(page, effectiveCallToAction(callToAction));
  const canPrint = !needsBridgeDownload(launch.platform);
  return (
    <>
      <Group header={<Header multiline>Общий призыв</Header>}>
        {sampleSvg && sample && <PosterPreview svg={sampleSvg} alt={`Пример плаката: «${sample.name}»`} />}
        <CallToActionField
          id="posters-cta"
          label="Призыв на всех плакатах"
          value={callToAction}
          fit={ctaFit(shownText)}
          saveFailed={saveFailed}
          onChange={setCallToAction}
        />
        <Div data-testid="posters-summary">
          Плакаты для {countOf(printable.length, PAGES)}; по рекомендациям нужно повесить не меньше{' '}
          {countOf(places, POSTERS)}.
        </Div>
        {canPrint && (
          <Div>
            <Button
              size="l"
              stretched
              data-testid="posters-print-all"
              disabled={files.busy !== null || printable.length === 0}
              loading={files.busy?.action === 'print'}
              onClick={() => void files.print(printable.map(svgOf), null)}
            >
              Печать всех ({printable.length})
            </Button>
          </Div>
        )}
        <FilesNote error={files.error} canPrint={canPrint} />
      </Group>
      <Group header={<Header multiline>Страницы</Header>}>
        {list.entries.map((entry) => (
          <ChildPosterRow
            key={entry.id}
            entry={entry}
            page={list.pages.get(entry.id)}
            busy={files.busy?.id === entry.id ? files.busy.action : null}
            disabled={files.busy !== null}
            onSvg={(page) => void files.downloadSvg(page, svgOf(page))}
            onPng={(page) => void files.downloadPng(page, svgOf(page))}
          />
        ))}
      </Group>
    </>
  );
}
