import { describe, expect, it } from 'vitest';

import {
  analyzeImport,
  excelMangling,
  importSizeError,
  MAX_IMPORT_BYTES,
  normalizeText,
  parseCategory,
  type ImportRow,
} from '../../../../src/core/pages/import-list';

/** The outcome of each row as [line, kind], the shape most assertions need. */
const kinds = (rows: ImportRow[]) => rows.map((row) => [row.line, row.kind]);

describe('parseCategory', () => {
  it.each([
    ['Флагманский', 'flagship'],
    ['флагман', 'flagship'],
    ['ФЛАГМАНСКАЯ ', 'flagship'],
    ['Активный', 'active'],
    ['  активный  ', 'active'],
    ['Визитка', 'card'],
    ['визитная карточка', 'card'],
    ['"Визитка"', 'card'],
    ['flagship', 'flagship'],
    ['неизвестно', null],
    ['', null],
  ])('%j → %s', (text, category) => {
    expect(parseCategory(text)).toBe(category);
  });
});

describe('excelMangling', () => {
  it.each(['12.03.2019', '1/2/19', '2019-03-12', '2,19E+08', '2.19E+8', '1.23e-5'])(
    '%s is mangled',
    (cell) => {
      expect(excelMangling(cell)).toMatch(/Excel .*формат «Текстовый»/);
    },
  );

  it.each(['219000000', 'vk.com/club1', '-5', 'school_5', '12.5'])('%s is not', (cell) => {
    expect(excelMangling(cell)).toBeNull();
  });
});

describe('importSizeError', () => {
  it('accepts up to 5 MB and explains the limit above it', () => {
    expect(importSizeError(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeError(MAX_IMPORT_BYTES + 1)).toMatch(/^Файл слишком большой: 5,0 МБ при пределе 5 МБ/);
    expect(importSizeError(12 * 1024 * 1024)).toMatch(/12,0 МБ/);
  });
});

describe('normalizeText', () => {
  it('lower-cases, trims, collapses spaces and reads ё as е', () => {
    expect(normalizeText('  Учреждённое   Имя ')).toBe('учрежденное имя');
  });
});

describe('analyzeImport', () => {
  it('gives every row an outcome with its line', () => {
    const rows = [
      ['Наименование', 'Ссылка', 'Категория'],
      ['Школа №1', 'https://vk.com/club1', 'Флагманский'],
      ['Школа №2', 'vk.com/school2', 'активный '],
      ['', '', ''],
      ['Школа №1 (повтор)', 'club1', 'активный'],
      ['Директор', 'vk.com/id5', ''],
      ['Сайт', 'https://school3.ru', ''],
      ['Сад', 'Сад №5', 'визитка'],
      ['Дата', '12.03.2019', ''],
      ['Экспонента', '2,19E+08', ''],
      ['Без ссылки', '', 'активный'],
      ['Библиотека', '-77', 'непонятно'],
    ];
    const preview = analyzeImport(rows);
    expect(preview.header).toEqual({ line: 1, cells: rows[0] });
    expect(preview.columns).toEqual({ ref: 1, name: 0, category: 2, detectedBy: 'header' });
    expect(preview.error).toBeNull();
    expect(kinds(preview.rows)).toEqual([
      [2, 'ok'],
      [3, 'ok'],
      [4, 'empty'],
      [5, 'duplicate'],
      [6, 'user-link'],
      [7, 'external-link'],
      [8, 'invalid'],
      [9, 'excel-mangled'],
      [10, 'excel-mangled'],
      [11, 'invalid'],
      [12, 'ok'],
    ]);
    expect(preview.rows[0]).toMatchObject({
      ref: { kind: 'group', id: 1 },
      name: 'Школа №1',
      category: 'flagship',
      reason: null,
      warnings: [],
    });
    expect(preview.rows[1]).toMatchObject({ ref: { kind: 'screen', name: 'school2' }, category: 'active' });
    expect(preview.rows[3]).toMatchObject({
      duplicateOf: 2,
      reason: 'Повтор: эта страница уже есть в строке 2',
    });
    expect(preview.rows[4]?.reason).toBe('Ссылка на личную страницу, а не на сообщество');
    expect(preview.rows[7]?.reason).toMatch(/^Excel превратил номер в дату \(12\.03\.2019\)/);
    expect(preview.rows[8]?.reason).toMatch(
      /^Excel превратил номер сообщества в «2,19E\+08»: последние цифры номера потеряны\. Задайте столбцу формат «Текстовый»/,
    );
    expect(preview.rows[9]?.reason).toBe('Нет ссылки или номера сообщества');
    expect(preview.rows[10]).toMatchObject({
      ref: { kind: 'group', id: 77 },
      category: null,
      warnings: ['Неизвестная категория «непонятно»: выберите флагманский, активный или визитку'],
    });
    expect(preview.summary).toEqual({
      total: 11,
      ok: 3,
      skipped: 8,
      warnings: 1,
      duplicate: 1,
      empty: 1,
      'user-link': 1,
      'external-link': 1,
      invalid: 2,
      'excel-mangled': 2,
    });
  });

  it('uses the line numbers of the file when given', () => {
    const preview = analyzeImport([['Ссылка'], ['club1'], ['club1']], { lines: [1, 2, 5] });
    expect(kinds(preview.rows)).toEqual([
      [2, 'ok'],
      [5, 'duplicate'],
    ]);
    expect(preview.rows[1]?.duplicateOf).toBe(2);
  });

  it.each([
    [['Адрес страницы', 'Название', 'Тип паблика'], { ref: 0, name: 1, category: 2 }],
    [['URL', 'Учреждение'], { ref: 0, name: 1, category: null }],
    [['  категория:', 'ИДЕНТИФИКАТОР', 'Полное наименование'], { ref: 1, name: 2, category: 0 }],
    [['Наименование', 'Категория', 'Страница в ВК'], { ref: 2, name: 0, category: 1 }],
  ])('finds columns by the header %j', (header, columns) => {
    const preview = analyzeImport([header, ['x', 'y', 'z']]);
    expect(preview.columns).toEqual({ ...columns, detectedBy: 'header' });
  });

  it('picks the better of two link-like columns', () => {
    const preview = analyzeImport([
      ['ID', 'Ссылка'],
      ['', 'vk.com/club1'],
      ['', 'vk.com/club2'],
    ]);
    expect(preview.columns.ref).toBe(1);
  });

  it('finds columns by content without a header', () => {
    const preview = analyzeImport([
      ['активный', 'МБОУ СОШ №1 г. Казани', 'vk.com/club1'],
      ['визитка', 'Детский сад «Ромашка»', 'school2'],
    ]);
    expect(preview.header).toBeNull();
    expect(preview.columns).toEqual({ ref: 2, name: 1, category: 0, detectedBy: 'content' });
    expect(kinds(preview.rows)).toEqual([
      [1, 'ok'],
      [2, 'ok'],
    ]);
    expect(preview.rows[1]).toMatchObject({ name: 'Детский сад «Ромашка»', category: 'card' });
  });

  it('reads a single bare column of ids', () => {
    const preview = analyzeImport([['123'], ['-456'], ['club789']]);
    expect(preview.rows.map((row) => row.ref)).toEqual([
      { kind: 'group', id: 123 },
      { kind: 'group', id: 456 },
      { kind: 'group', id: 789 },
    ]);
  });

  it('reports a title block above the header', () => {
    const preview = analyzeImport([
      ['Список учреждений Казанского района', ''],
      ['', ''],
      ['Наименование', 'Ссылка'],
      ['Школа', 'club1'],
    ]);
    expect(preview.header?.line).toBe(3);
    expect(kinds(preview.rows)).toEqual([
      [1, 'invalid'],
      [2, 'empty'],
      [4, 'ok'],
    ]);
    expect(preview.rows[0]?.reason).toBe('Строка над заголовком таблицы, не список страниц');
  });

  it('says so when no column holds links, and still lists every row', () => {
    const preview = analyzeImport([
      ['Наименование', 'Категория'],
      ['Школа', 'активный'],
    ]);
    expect(preview.error).toMatch(/^Не нашли столбец со ссылками/);
    expect(kinds(preview.rows)).toEqual([[2, 'invalid']]);
  });

  it('handles an empty file', () => {
    const preview = analyzeImport([]);
    expect(preview.rows).toEqual([]);
    expect(preview.error).toBeNull();
    expect(preview.summary.total).toBe(0);
  });
});

describe('analyzeImport: header words inside data', () => {
  it('does not take a data row with a link for the header', () => {
    const preview = analyzeImport([
      ['Учреждение культуры', 'vk.com/linkoln'],
      ['Школа', 'vk.com/club2'],
    ]);
    expect(preview.header).toBeNull();
    expect(kinds(preview.rows)).toEqual([
      [1, 'ok'],
      [2, 'ok'],
    ]);
  });
});
