import { describe, expect, it } from 'vitest';

import { decodeText, detectDelimiter, parseCsv } from '../../../../src/core/pages/csv';

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode('Ссылка;Наименование');

  it('recognises a BOM and drops it', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Ссылка;Наименование',
      encoding: 'utf-8-bom',
    });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeText(utf8)).toEqual({ text: 'Ссылка;Наименование', encoding: 'utf-8' });
  });

  it('falls back to Windows-1251 for anything else', () => {
    // «Школа» in Windows-1251.
    expect(decodeText(new Uint8Array([0xd8, 0xea, 0xee, 0xeb, 0xe0]))).toEqual({
      text: 'Школа',
      encoding: 'windows-1251',
    });
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\n1\t2', '\t'],
    ['single column\nvk.com/club1', ';'],
    // Commas inside names do not outvote the delimiter found on every line.
    ['Ссылка;Наименование\nclub1;Школа, корпус 1\nclub2;Сад', ';'],
    // Delimiters inside quotes do not count.
    ['"a;b",c\n"x;y",z', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with escaped quotes, delimiters and line breaks', () => {
    const result = parseCsv('name;link\r\n"Школа ""Радуга""";club1\r\n"две\nстроки";club2\n"a;b";club3');
    expect(result.rows).toEqual([
      ['name', 'link'],
      ['Школа "Радуга"', 'club1'],
      ['две\nстроки', 'club2'],
      ['a;b', 'club3'],
    ]);
    expect(result.lines).toEqual([1, 2, 3, 5]);
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([]);
  });

  it('accepts CR, LF and CRLF line endings', () => {
    expect(parseCsv('a,1\rb,2\nc,3\r\nd,4').rows).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ]);
  });

  it('keeps empty rows inside the file and drops trailing ones', () => {
    const result = parseCsv('a;1\n\n;\nb;2\n\n;\n\n');
    expect(result.rows).toEqual([['a', '1'], [''], ['', ''], ['b', '2']]);
    expect(result.lines).toEqual([1, 2, 3, 4]);
  });

  it('ignores a BOM left in the text', () => {
    expect(parseCsv('\uFEFFa,b').rows).toEqual([['a', 'b']]);
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('')).toEqual({ rows: [], lines: [], delimiter: ';', problems: [] });
  });

  it('reports a quote that never closes and reads the cell as is', () => {
    const result = parseCsv('a;club1\n"Школа;club2\nb;club3');
    expect(result.rows).toEqual([
      ['a', 'club1'],
      ['"Школа', 'club2'],
      ['b', 'club3'],
    ]);
    expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/^Кавычка не закрыта/) }]);
  });

  it('does not let an open quote swallow the following rows', () => {
    const result = parseCsv('"Школа №1;club1\nСад "Ромашка";club2\nb;club3');
    expect(result.rows).toEqual([
      ['"Школа №1', 'club1'],
      ['Сад "Ромашка"', 'club2'],
      ['b', 'club3'],
    ]);
    expect(result.lines).toEqual([1, 2, 3]);
    expect(result.problems).toEqual([{ line: 1, message: expect.stringMatching(/^Кавычка не закрыта/) }]);
  });

  it('reports text after a closing quote and keeps it', () => {
    const result = parseCsv('x;y\n"Школа "Радуга";club1');
    expect(result.rows[1]).toEqual(['Школа Радуга"', 'club1']);
    expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/^Лишние символы/) }]);
  });
});
