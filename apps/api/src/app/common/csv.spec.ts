import { CsvSyntaxError, detectSeparator, parseCsv } from './csv';

const fieldsOf = (text: string, separator: ',' | ';' = ',') =>
  parseCsv(text, separator).map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF and LF and ignores a final line break', () => {
    expect(fieldsOf('a,b\r\n1,2\n3,4\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps separators, line breaks and doubled quotes inside quoted fields', () => {
    const records = parseCsv(
      'id,isi\n1,"Jalan rusak, berlubang\r\ndi depan ""pasar"""\n2,biasa',
      ',',
    );
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'isi'],
      ['1', 'Jalan rusak, berlubang\r\ndi depan "pasar"'],
      ['2', 'biasa'],
    ]);
    // The record after a multi-line field starts on its own physical line.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads semicolon files, where commas are plain text', () => {
    expect(fieldsOf('a;b\n1,5;"x;y"', ';')).toEqual([
      ['a', 'b'],
      ['1,5', 'x;y'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf('a,,c,\n')).toEqual([['a', '', 'c', '']]);
    expect(fieldsOf('""')).toEqual([['']]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(fieldsOf('Jl. "Merdeka" 5,x')).toEqual([['Jl. "Merdeka" 5', 'x']]);
  });

  it('refuses an unclosed quote, naming the line it opened on', () => {
    expect(() => parseCsv('a,b\n1,"never closed\n2,3', ',')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"never closed\n2,3', ',');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});

describe('detectSeparator', () => {
  it('prefers the separator used more often on the header line, outside quotes', () => {
    expect(detectSeparator('trackingId;title;"a,b,c"\n1,2,3,4,5').separator).toBe(';');
    expect(detectSeparator('trackingId,title,content\n').separator).toBe(',');
  });

  it("follows Excel's sep= hint line", () => {
    expect(detectSeparator('sep=;\r\na,b;c\n')).toEqual({ separator: ';', hintLength: 7 });
  });
});
