import { XMLParser } from 'fast-xml-parser';
import { escapeXml, toOpen311Xml } from './open311-xml';

describe('Open311 XML', () => {
  const parse = (xml: string) => new XMLParser({ parseTagValue: false }).parse(xml);

  it('writes a list under its plural root, one element per entry, absent values empty', () => {
    const xml = toOpen311Xml({ root: 'service_requests', item: 'request' }, [
      { service_request_id: 'SMP-2026-000001', media_url: null, lat: -7.5, long: 112.6 },
      { service_request_id: 'SMP-2026-000002', media_url: 'https://a.id/x.jpg?a=1&b=2' },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>')).toBe(true);
    expect(xml).toContain('<media_url/>');
    expect(xml).toContain('<media_url>https://a.id/x.jpg?a=1&amp;b=2</media_url>');
    expect(parse(xml)).toEqual({
      '?xml': '',
      service_requests: {
        request: [
          { service_request_id: 'SMP-2026-000001', media_url: '', lat: '-7.5', long: '112.6' },
          { service_request_id: 'SMP-2026-000002', media_url: 'https://a.id/x.jpg?a=1&b=2' },
        ],
      },
    });
  });

  it('names nested list entries as the standard does and writes booleans as text', () => {
    const xml = toOpen311Xml(
      { root: 'discovery' },
      {
        changeset: '2026-12-07T00:00:00Z',
        endpoints: [{ url: 'https://x.id/open311/v2', formats: ['text/xml', 'application/json'] }],
        metadata: false,
        attributes: [],
      },
    );
    expect(xml).toContain(
      '<endpoints><endpoint><url>https://x.id/open311/v2</url><formats><format>text/xml</format><format>application/json</format></formats></endpoint></endpoints>',
    );
    expect(xml).toContain('<metadata>false</metadata><attributes/>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<b>"Jalan" & 'jembatan'</b>\u0001\u0007ok\n`)).toBe(
      '&lt;b&gt;&quot;Jalan&quot; &amp; &apos;jembatan&apos;&lt;/b&gt;ok\n',
    );
    const xml = toOpen311Xml({ root: 'errors', item: 'error' }, [
      { code: 400, description: '</description><code>200' },
    ]);
    expect(parse(xml).errors.error).toEqual({
      code: '400',
      description: '</description><code>200',
    });
  });
});
