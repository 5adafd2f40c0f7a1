import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import writeExcelFile, { type SheetData } from 'write-excel-file/universal';

import { MAX_IMPORT_BYTES } from '../../../../src/core/pages/import-list';
import {
  cellText,
  ImportFileError,
  previewImportFile,
  readImportFile,
} from '../../../../src/data/import/read-file';

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/imports/${name}`, import.meta.url))),
});

const outcomes = (rows: { line: number; kind: string }[]) => rows.map((row) => [row.line, row.kind]);

async function xlsx(sheet: SheetData): Promise<Uint8Array> {
  const blob = await writeExcelFile(sheet).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('readImportFile: CSV', () => {
  it('reads a Windows-1251 file with `;` as Russian Excel saves it', async () => {
    const { preview, ...read } = await previewImportFile(fixture('cp1251-semicolon.csv'));
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';', problems: [] });
    expect(preview.header).toEqual({ line: 2, cells: ['Наименование', 'Ссылка', 'Категория'] });
    expect(outcomes(preview.rows)).toEqual([
      [1, 'invalid'],
      [3, 'ok'],
      [4, 'ok'],
      [5, 'empty'],
      [6, 'duplicate'],
      [7, 'user-link'],
      [8, 'external-link'],
      [9, 'excel-mangled'],
      [10, 'excel-mangled'],
      [11, 'ok'],
    ]);
    expect(preview.rows[1]).toMatchObject({
      name: 'МБОУ «СОШ № 1»',
      ref: { kind: 'group', id: 101 },
      category: 'flagship',
    });
    expect(preview.rows[2]).toMatchObject({
      name: 'Детский сад «Ёлочка»',
      ref: { kind: 'screen', name: 'elochka_sad' },
      category: 'active',
    });
    expect(preview.rows[4]?.reason).toBe('Повтор: эта страница уже есть в строке 3');
    expect(preview.rows[9]).toMatchObject({
      category: null,
      warnings: [expect.stringMatching(/непонятная/)],
    });
    expect(preview.summary).toMatchObject({ total: 10, ok: 3, skipped: 7, warnings: 1 });
  });

  it('reads a UTF-8 file with BOM and `,`, with quoted names', async () => {
    const { preview, ...read } = await previewImportFile(fixture('utf8-bom-comma.csv'));
    expect(read).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' });
    expect(preview.columns).toEqual({ ref: 0, name: 1, category: 2, detectedBy: 'header' });
    expect(preview.rows.map((row) => [row.line, row.kind, row.name, row.category, row.ref])).toEqual([
      [2, 'ok', 'Управление образования, г. Казань', 'flagship', { kind: 'group', id: 201 }],
      [3, 'ok', 'Школа "Радуга"', 'card', { kind: 'screen', name: 'school_202' }],
      [4, 'ok', 'Спортшкола', 'active', { kind: 'group', id: 203 }],
      [5, 'invalid', 'Лента', 'active', null],
    ]);
  });

  it('recovers from broken quoting and reports its line', async () => {
    const { preview, problems } = await previewImportFile(fixture('broken-quoting.csv'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^Кавычка не закрыта/) }]);
    expect(preview.rows.map((row) => [row.line, row.kind, row.name])).toEqual([
      [2, 'ok', 'Школа № 1'],
      [3, 'ok', '"Школа № 2'],
      [4, 'ok', 'Детский сад "Ромашка"'],
      [5, 'ok', 'Лицей "Интеллект"'],
    ]);
  });

  it('refuses a file above 5 MB before reading it', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    await expect(readImportFile({ name: 'big.csv', bytes })).rejects.toThrow(ImportFileError);
    await expect(readImportFile({ name: 'big.csv', bytes })).rejects.toThrow(/^Файл слишком большой/);
  });

  it('refuses the legacy .xls format with advice', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]);
    await expect(readImportFile({ name: 'list.dat', bytes })).rejects.toThrow(/\.xls/);
  });
});

describe('readImportFile: XLSX', () => {
  it('reads the first sheet, keeps long ids exact and flags dates', async () => {
    const bytes = await xlsx([
      ['Наименование', 'ID', 'Категория'],
      ['Школа', 219000000, 'Активный'],
      ['Сад', 'https://vk.com/club5', 'визитка'],
      [null, null, null],
      ['Лицей', { value: new Date(Date.UTC(2019, 2, 12)), format: 'dd.mm.yyyy' }, 'активный'],
      ['Сайт', 'https://lyceum.ru', null],
    ]);
    // The extension does not matter: the zip signature says XLSX.
    const { preview, ...read } = await previewImportFile({ name: 'список', bytes });
    expect(read).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, problems: [] });
    expect(read.rows[1]).toEqual(['Школа', '219000000', 'Активный']);
    expect(outcomes(preview.rows)).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'empty'],
      [5, 'excel-mangled'],
      [6, 'external-link'],
    ]);
    expect(preview.rows[0]?.ref).toEqual({ kind: 'group', id: 219000000 });
    expect(preview.rows[3]?.reason).toMatch(/^Excel превратил номер в дату \(12\.03\.2019\)/);
  });

  it('trusts the bytes over the extension', async () => {
    const bytes = await xlsx([['Ссылка'], ['club1']]);
    const read = await readImportFile({ name: 'renamed.xls', bytes });
    expect(read).toMatchObject({ format: 'xlsx', rows: [['Ссылка'], ['club1']] });
  });

  it('explains a damaged .xlsx', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(readImportFile({ name: 'list.xlsx', bytes })).rejects.toThrow(
      /^Не удалось прочитать файл Excel/,
    );
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [' текст ', 'текст'],
    ['219000000', '219000000'],
    ['2.19E+8', '219000000'],
    ['1.5E-3', '1.5E-3'],
    [true, 'ИСТИНА'],
    [new Date(Date.UTC(2019, 2, 12)), '12.03.2019'],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
