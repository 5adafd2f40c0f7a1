// @vitest-environment happy-dom
// The list import refuses an enormous file by its size, before loading a byte of it.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_ID } from '../../../../src/demo/pages';
import { AddPages } from '../../../../src/features/supervisor/components/AddPages';
import { demoServices } from '../../../integration/demo-services';
import { wrap } from '../wrap';

afterEach(cleanup);

describe('AddPages', () => {
  it('refuses a file over the size limit without loading it', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<AddPages parentId={HEAD_ID} existing={[]} onConfirm={async () => {}} />, services));
    let loaded = false;
    const huge = new File(['a'], 'список.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 });
    huge.arrayBuffer = () => {
      loaded = true;
      return Promise.reject(new Error('the whole file was loaded'));
    };
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [huge] });
    fireEvent.change(input);
    expect(await screen.findByText(/Файл слишком большой: 2048,0 МБ при пределе 5 МБ/)).toBeTruthy();
    expect(loaded).toBe(false);
  });

  it('refuses a pasted list longer than a day of reading, before asking VK anything', async () => {
    const { services } = demoServices('role=admin');
    render(wrap(<AddPages parentId={HEAD_ID} existing={[]} onConfirm={async () => {}} />, services));
    const text = Array.from({ length: 5_001 }, (_, i) => `vk.com/club${219_100_000 + i}`).join('\n');
    fireEvent.change(screen.getByRole('textbox'), { target: { value: text } });
    const before = services.api.stats().requests;
    fireEvent.click(screen.getByText('Проверить'));
    expect(await screen.findByText(/Во вставленном тексте 5\s001 ссылка/)).toBeTruthy();
    expect(screen.getByText('Не удалось прочитать вставленный текст')).toBeTruthy();
    expect(services.api.stats().requests).toBe(before);
  });
});
