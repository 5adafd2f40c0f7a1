// Downloads and printing with their busy and error states, shared by the page's poster and the
// supervisor's list. Inside VK's native clients downloadBlob goes through the bridge.
import { useCallback, useState } from 'react';
import { useServices } from '../../shared/services';
import { posterFileName } from '../../core/posters';
import { downloadBlob } from '../../shared/download';
import { printPosters, svgBlob, svgToPng } from './render';

export type PosterAction = 'svg' | 'png' | 'print';

export interface PosterFiles {
  /** What is being prepared, with the page it is for (null for printing several). */
  busy: { action: PosterAction; id: number | null } | null;
  error: string | null;
  downloadSvg(page: { id: number; screenName: string | null }, svg: string): Promise<void>;
  downloadPng(page: { id: number; screenName: string | null }, svg: string): Promise<void>;
  print(svgs: readonly string[], id: number | null): Promise<void>;
}

const FAILED: Record<PosterAction, string> = {
  svg: 'Не удалось сохранить SVG. Попробуйте ещё раз или скачайте PNG.',
  png: 'Не удалось подготовить PNG. Попробуйте ещё раз или скачайте SVG.',
  print: 'Не удалось открыть печать. Скачайте PNG или SVG и распечатайте файл.',
};

export function usePosterFiles(): PosterFiles {
  const { bridge, launch } = useServices();
  const platform = launch.platform;
  const [busy, setBusy] = useState<PosterFiles['busy']>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async (action: PosterAction, id: number | null, work: () => Promise<void>) => {
    setBusy({ action, id });
    setError(null);
    try {
      await work();
    } catch (err) {
      console.warn('Poster action failed', action, err);
      setError(FAILED[action]);
    } finally {
      setBusy(null);
    }
  }, []);

  const downloadSvg = useCallback<PosterFiles['downloadSvg']>(
    (page, svg) =>
      run('svg', page.id, () =>
        downloadBlob({ bridge, platform }, posterFileName(page, 'svg'), svgBlob(svg)),
      ),
    [run, bridge, platform],
  );
  const downloadPng = useCallback<PosterFiles['downloadPng']>(
    (page, svg) =>
      run('png', page.id, async () =>
        downloadBlob({ bridge, platform }, posterFileName(page, 'png'), await svgToPng(svg)),
      ),
    [run, bridge, platform],
  );
  const print = useCallback<PosterFiles['print']>(
    (svgs, id) => run('print', id, () => printPosters(svgs)),
    [run],
  );
  return { busy, error, downloadSvg, downloadPng, print };
}
