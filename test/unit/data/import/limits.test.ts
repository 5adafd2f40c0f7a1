// Imports that cannot exhaust memory: hostile spreadsheets and long lists are refused quickly with a
// Russian message, whatever they declare. Every file is built here, byte by byte.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';

import {
  analyzeImport,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_UNPACKED_BYTES,
} from '../../../../src/core/pages/import-list';
import { ImportFileError, previewImportFile, readImportFile } from '../../../../src/data/import/read-file';
import { cellAddress } from '../../../../src/data/import/xlsx';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx: one sheet whose <sheetData> is `rowsXml`, optional shared strings and parts. */
function xlsx(rowsXml: string, options: { shared?: string[]; dimension?: string; extra?: Zippable } = {}) {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="${NS}">${options.dimension ? `<dimension ref="${options.dimension}"/>` : ''}<sheetData>${rowsXml}</sheetData></worksheet>`,
    ),
    ...options.extra,
  };
  if (options.shared) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<sst xmlns="${NS}">${options.shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    );
  }
  return zipSync(files, { level: 9 });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;

/** A list of `count` pages under a «Ссылка» header, as rows of an XLSX. */
function xlsxList(count: number) {
  let rows = row(1, '<c r="A1" t="s"><v>0</v></c>');
  for (let i = 1; i <= count; i++) rows += row(i + 1, `<c r="A${i + 1}"><v>${219_000_000 + i}</v></c>`);
  return xlsx(rows, { shared: ['Ссылка'] });
}

/** Runs `work` and returns its result or the error it threw (how long it takes is the bench's job). */
async function outcome<T>(work: () => Promise<T>): Promise<{ value: T | Error }> {
  try {
    return { value: await work() };
  } catch (error) {
    return { value: error as Error };
  }
}

describe('XLSX: read by the cells that exist', () => {
  it('refuses a 1.5 KB file with a cell at XFD1048576 in milliseconds, naming the row', async () => {
    const bytes = xlsx(
      row(1, inline('A1', 'Ссылка')) +
        row(2, inline('A2', 'club1')) +
        row(1_048_576, inline('XFD1048576', 'x')),
      {
        dimension: 'A1:XFD1048576',
      },
    );
    expect(bytes.length).toBeLessThan(1_600);
    const heap = process.memoryUsage().heapUsed;
    const { value } = await outcome(() => readImportFile({ name: 'list.xlsx', bytes }));
    expect(value).toBeInstanceOf(ImportFileError);
    expect((value as Error).message).toMatch(
      /^В файле больше 10\u00a0000 строк \(данные есть и в строке 1\u00a0048\u00a0576\)/,
    );
    expect((value as Error).message).toMatch(/читать записи примерно 5\u00a0000 раз в сутки/);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a cell at ZZ20000 at once (it used to cost 5 s and 370 MB)', async () => {
    const bytes = xlsx(row(1, inline('A1', 'club1')) + row(20_000, inline('ZZ20000', 'x')));
    const { value } = await outcome(() => readImportFile({ name: 'list.xlsx', bytes }));
    expect((value as Error).message).toMatch(/данные есть и в строке 20\u00a0000/);
  });

  it('refuses content far to the right, naming its cell', async () => {
    const bytes = xlsx(row(1, inline('A1', 'club1') + inline('ZZ5', 'заметка')));
    await expect(readImportFile({ name: 'list.xlsx', bytes })).rejects.toThrow(
      /^В файле есть данные далеко справа от списка \(ячейка ZZ5\): читаются только первые 100 столбцов/,
    );
  });

  it('ignores a declared dimension and empty cells far away: only content counts', async () => {
    const bytes = xlsx(
      row(1, inline('A1', 'Ссылка')) +
        row(2, inline('A2', 'club1') + '<c r="XFD2" s="0"/>') +
        row(1_048_576, '<c r="XFD1048576"><v></v></c>'),
      { dimension: 'A1:XFD1048576' },
    );
    const { value } = await outcome(() => previewImportFile({ name: 'list.xlsx', bytes }));
    const read = value as Awaited<ReturnType<typeof previewImportFile>>;
    expect(read.rows).toEqual([['Ссылка'], ['club1']]);
    expect(read.preview.rows.map((r) => [r.line, r.kind])).toEqual([[2, 'ok']]);
  });

  it(`refuses a part that unpacks past ${MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024} MB (a zip bomb), whatever the archive declares`, async () => {
    // 30 MB of spaces between two rows deflate to a few tens of kilobytes.
    const padding = ' '.repeat(30 * 1024 * 1024);
    const bytes = xlsx(row(1, inline('A1', 'club1')) + padding + row(2, inline('A2', 'club2')));
    expect(bytes.length).toBeLessThan(200_000);
    const { value } = await outcome(() => readImportFile({ name: 'list.xlsx', bytes }));
    expect((value as Error).message).toBe(
      'Файл Excel после распаковки больше 20 МБ — для списка страниц это слишком много. ' +
        'Скопируйте список на новый лист без лишних данных или сохраните его как CSV.',
    );
  });

  it('does not inflate parts it does not need (a bomb in an unrelated part is never opened)', async () => {
    const bomb = new Uint8Array(40 * 1024 * 1024);
    const bytes = xlsx(row(1, inline('A1', 'club1')), { extra: { 'xl/media/bomb.bin': bomb } });
    const read = await readImportFile({ name: 'list.xlsx', bytes });
    expect(read.rows).toEqual([['club1']]);
  });

  it(`imports ${MAX_IMPORT_ROWS} rows and refuses ${MAX_IMPORT_ROWS + 1}, with the reason`, async () => {
    const ok = await previewImportFile({ name: 'list.xlsx', bytes: xlsxList(MAX_IMPORT_ROWS) });
    expect(ok.preview.error).toBeNull();
    expect(ok.preview.summary.ok).toBe(MAX_IMPORT_ROWS);
    expect(ok.rows[MAX_IMPORT_ROWS]).toEqual([String(219_000_000 + MAX_IMPORT_ROWS)]);

    const over = await previewImportFile({ name: 'list.xlsx', bytes: xlsxList(MAX_IMPORT_ROWS + 1) });
    expect(over.preview.error).toBe(
      'В списке 5\u00a0001 строка с данными, а можно не больше 5\u00a0000. ВКонтакте позволяет приложению ' +
        'читать записи примерно 5\u00a0000 раз в сутки, поэтому более длинный список не получится обновлять. ' +
        'Разделите его на части не больше 5\u00a0000 страниц.',
    );
  });

  it('reads shared strings, rich text, booleans, formulas and escapes as before', async () => {
    const bytes = xlsx(
      row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>') +
        row(
          2,
          '<c r="A2" t="str"><f>A1</f><v>club_x0031_</v></c><c r="B2" t="b"><v>1</v></c>' +
            '<c r="C2" t="inlineStr"><is><r><t>Шко</t></r><r><t>ла</t></r><rPh><t>ignored</t></rPh></is></c>' +
            '<c r="D2" t="e"><v>#N/A</v></c><c r="E2"><v>2.19E+8</v></c>',
        ),
      { shared: ['Ссылка', 'A &amp; B'] },
    );
    const read = await readImportFile({ name: 'x.xlsx', bytes });
    expect(read.rows).toEqual([
      ['Ссылка', 'A & B', '', '', ''],
      ['club1', 'ИСТИНА', 'Школа', '', '219000000'],
    ]);
  });

  it('names cells as Excel does', () => {
    expect([cellAddress(1, 1), cellAddress(5, 26), cellAddress(5, 27), cellAddress(20_000, 702)]).toEqual([
      'A1',
      'Z5',
      'AA5',
      'ZZ20000',
    ]);
    expect(cellAddress(1_048_576, 16_384)).toBe('XFD1048576');
  });
});

describe('CSV: long lists and Excel exponents', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('refuses a list of 125,000 rows without overflowing the stack', async () => {
    const text = ['Ссылка', ...Array.from({ length: 125_000 }, (_, i) => `club${i + 1}`)].join('\n');
    const { value } = await outcome(() => readImportFile({ name: 'list.csv', bytes: encode(text) }));
    expect(value).toBeInstanceOf(ImportFileError);
    expect((value as Error).message).toMatch(
      /^В файле больше 10\u00a0000 строк \(данные есть и в строке 10\u00a0001\)/,
    );
  });

  it('analyses 125,000 rows given directly without a spread into a call, and refuses them', () => {
    const rows = [['Ссылка'], ...Array.from({ length: 125_000 }, (_, i) => [`club${i + 1}`])];
    const preview = analyzeImport(rows);
    expect(preview.error).toMatch(/^В списке 125\u00a0000 строк с данными, а можно не больше 5\u00a0000\./);
  });

  it('refuses 5,001 rows and imports 5,000 (trailing empty lines are free)', async () => {
    const list = (n: number) =>
      ['Ссылка', ...Array.from({ length: n }, (_, i) => `club${i + 1}`)].join('\r\n') +
      '\r\n;\r\n'.repeat(20_000);
    const ok = await previewImportFile({ name: 'list.csv', bytes: encode(list(MAX_IMPORT_ROWS)) });
    expect(ok.preview.error).toBeNull();
    expect(ok.preview.summary.ok).toBe(MAX_IMPORT_ROWS);
    const over = await previewImportFile({ name: 'list.csv', bytes: encode(list(MAX_IMPORT_ROWS + 1)) });
    expect(over.preview.error).toMatch(/^В списке 5\u00a0001 строка с данными/);
  });

  it('refuses a non-empty cell beyond column 100 but drops trailing empty ones', async () => {
    const wideEmpty = `Ссылка${';'.repeat(500)}\nclub1${';'.repeat(500)}\n`;
    const read = await readImportFile({ name: 'list.csv', bytes: encode(wideEmpty) });
    expect(read.rows[1]).toHaveLength(100);
    const wideFull = `Ссылка\nclub1${';'.repeat(150)}заметка\n`;
    await expect(readImportFile({ name: 'list.csv', bytes: encode(wideFull) })).rejects.toThrow(
      /\(строка 2, столбец 151\)/,
    );
  });

  it('keeps a one-column list of Excel exponents one column and reports the mangled ids', async () => {
    const { preview, ...read } = await previewImportFile({
      name: 'list.csv',
      bytes: encode('2,19E+08\n2,19E+08\nhttps://vk.com/club5\n-1,5E+07\n'),
    });
    expect(read.delimiter).toBe(';');
    expect(read.rows).toEqual([['2,19E+08'], ['2,19E+08'], ['https://vk.com/club5'], ['-1,5E+07']]);
    expect(preview.rows.map((r) => [r.line, r.kind])).toEqual([
      [1, 'excel-mangled'],
      [2, 'excel-mangled'],
      [3, 'ok'],
      [4, 'excel-mangled'],
    ]);
    expect(preview.rows[0]?.reason).toBe(
      'Excel превратил номер сообщества в «2,19E+08»: последние цифры номера потеряны. ' +
        'Задайте столбцу формат «Текстовый» и вставьте ссылки или номера заново.',
    );
    // Nothing became community 2.
    expect(preview.rows.some((r) => r.ref?.kind === 'group' && r.ref.id === 2)).toBe(false);
  });

  it('still finds a real comma delimiter, and `;` beside exponents', async () => {
    const comma = await readImportFile({ name: 'a.csv', bytes: encode('Ссылка,Название\nclub1,Школа\n') });
    expect(comma.delimiter).toBe(',');
    const semicolon = await readImportFile({
      name: 'b.csv',
      bytes: encode('Ссылка;Название\n2,19E+08;Школа\nclub2;Сад\n'),
    });
    expect(semicolon).toMatchObject({
      delimiter: ';',
      rows: [
        ['Ссылка', 'Название'],
        ['2,19E+08', 'Школа'],
        ['club2', 'Сад'],
      ],
    });
  });
});
