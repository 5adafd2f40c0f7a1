// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openListStore } from '../../../../src/data/children/list-store';
import { loadPosterSettings } from '../../../../src/data/posters';
import { HEAD_ID } from '../../../../src/demo/pages';
import { ChildrenPosters, PosterContent } from '../../../../src/features/posters';
import { PNG_DPI, PNG_SIZE, printDocument } from '../../../../src/features/posters/render';
import { DEMO_NOW, demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

afterEach(cleanup);

/** The SVG behind the preview image. */
function previewSvg(): string {
  const src = screen.getByTestId('poster-preview').getAttribute('src')!;
  expect(src.startsWith('data:image/svg+xml')).toBe(true);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

describe('PosterContent', () => {
  it('previews the poster, recommends places for the guessed type and keeps the choices', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<PosterContent groupId={HEAD_ID} />, services));
    await screen.findByTestId('poster-preview', {}, { timeout: 5000 });
    const svg = previewSvg();
    expect(svg).toContain('>Подпишитесь и<');
    expect(svg).toContain('>vk.com/lesnogorsk_adm<');
    expect(svg).toContain('id="poster-qr"');

    // «Администрация … муниципального округа» is an authority: at least five places.
    expect(screen.getByTestId('poster-places').textContent).toBe('Рекомендуем не меньше 5 мест');
    // The types are radio buttons with their whole names (a closed drop-down cut them on a phone).
    expect(screen.getByTestId('poster-type').getAttribute('data-value')).toBe('authority');
    fireEvent.click(screen.getByRole('radio', { name: /Медицинская организация/ }));
    expect(screen.getByTestId('poster-type').getAttribute('data-value')).toBe('health');
    expect(screen.getByTestId('poster-places').textContent).toBe('Рекомендуем не меньше 10 мест');
    expect(screen.getByTestId('poster-where').textContent).toContain('Регистратура');

    fireEvent.change(screen.getByTestId('poster-cta'), { target: { value: 'Новости <рядом> & с вами' } });
    // Escaped, and wrapped to two lines at 16 mm.
    await waitFor(() => expect(previewSvg()).toContain('>Новости &lt;рядом&gt;</tspan>'));
    expect(previewSvg()).toContain('>&amp; с вами</tspan>');
    // 24 of 80 characters typed: the field says how many are left instead of cutting silently.
    expect(screen.getByTestId('poster-cta-fit').textContent).toMatch(/^Осталось 56 знаков\. /);

    fireEvent.change(screen.getByTestId('poster-cta'), {
      target: { value: 'Лесногорскмуниципальныйокругнавсегда с вами' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('poster-cta-fit').textContent).toContain(
        'Слово «Лесногорскмуниципальныйокругнавсегда» не помещается в строку плаката',
      ),
    );
    fireEvent.change(screen.getByTestId('poster-cta'), { target: { value: 'Новости <рядом> & с вами' } });
    await waitFor(
      async () =>
        expect(await loadPosterSettings(services.userStorage, HEAD_ID)).toEqual({
          callToAction: 'Новости <рядом> & с вами',
          institutionType: 'health',
        }),
      { timeout: 3000 },
    );
    expect(screen.getByTestId('poster-print')).toBeTruthy();
  });

  it('reads the saved call to action back', async () => {
    const { services } = demoServices('role=admin');
    await services.userStorage.setJson('poster_219000026', {
      callToAction: 'Мы на связи',
      institutionType: null,
    });
    render(wrap(<PosterContent groupId={219000026} />, services));
    await screen.findByTestId('poster-preview', {}, { timeout: 5000 });
    expect((screen.getByTestId('poster-cta') as HTMLInputElement).value).toBe('Мы на связи');
    expect(previewSvg()).toContain('>Мы на связи<');
    // A rural settlement's administration: one place.
    expect(screen.getByTestId('poster-places').textContent).toBe('Рекомендуем 1 место');
  });

  it('says a deleted page needs no poster and warns about a private one', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<PosterContent groupId={219000027} />, services));
    expect((await screen.findByTestId('poster-gone', {}, { timeout: 5000 })).textContent).toContain(
      'удалено',
    );
    cleanup();
    render(wrap(<PosterContent groupId={219000024} />, services));
    await screen.findByTestId('poster-private', {}, { timeout: 5000 });
    expect(screen.getByTestId('poster-preview')).toBeTruthy();
  });
});

describe('ChildrenPosters', () => {
  it('points to the supervisor table when the list is empty', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<ChildrenPosters parentId={HEAD_ID} tryCommunity />, services));
    expect((await screen.findByTestId('posters-empty', {}, { timeout: 5000 })).textContent).toContain(
      '«Подведомственные»',
    );
  });

  it('lists every page, skips the deleted one and counts the places', async () => {
    const { services } = demoServices('role=admin');
    const store = await openListStore({ ...services, parentId: HEAD_ID, tryCommunity: true });
    await store.save(
      [
        { id: 219000004, name: 'Школа № 1', category: 'active' },
        { id: 219000027, name: 'ДК п. Озёрный', category: null },
        { id: 219000016, name: 'ДК «Юбилейный»', category: 'active' },
      ],
      DEMO_NOW,
    );
    render(wrap(<ChildrenPosters parentId={HEAD_ID} tryCommunity />, services));
    await screen.findByTestId('posters-summary', {}, { timeout: 5000 });
    const rows = screen.getAllByTestId('poster-row');
    expect(rows.map((row) => row.getAttribute('data-status'))).toEqual(['ok', 'gone', 'ok']);
    expect(rows[0]!.textContent).toContain('vk.com/lesnogorsk_school1');
    expect(rows[1]!.textContent).toContain('плакат не нужен');
    // School 5 + house of culture 8.
    expect(screen.getByTestId('posters-summary').textContent).toBe(
      'Плакаты для 2 страниц; по рекомендациям нужно повесить не меньше 13 плакатов.',
    );
    expect(screen.getByTestId('posters-print-all').textContent).toContain('Печать всех (2)');
    expect(previewSvg()).toContain('vk.com/lesnogorsk_school1');
  });
});

describe('printDocument', () => {
  it('is one borderless A4 page per poster', () => {
    const html = printDocument(['blob:a', 'blob:b']);
    expect(html).toContain('@page { size: A4 portrait; margin: 0 }');
    expect(html.match(/<img /g)).toHaveLength(2);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual([
      'blob:a',
      'blob:b',
    ]);
  });
});

describe('the PNG', () => {
  it('is A4 in pixels at its dpi: 1240 × 1754 at 150 dpi', () => {
    expect(PNG_DPI).toBe(150);
    expect(PNG_SIZE).toEqual({ width: 1240, height: 1754 });
  });
});
