/**
 * GeoReport v2's XML, the specification's default format: the same documents as the JSON, each
 * list under its plural root (`<services><service>…`, `<service_requests><request>…`,
 * `<errors><error>…`), an absent value as an empty element (`<media_url/>`), `true`/`false` as text.
 */

/** What a response is called in XML: its root element, and each entry's element for a list. */
export interface Open311XmlDocument {
  root: string;
  /** Set when the body is a list; a single object (service definition, discovery) has none. */
  item?: string;
}

export const OPEN311_XML_CONTENT_TYPE = 'text/xml; charset=utf-8';

/** Names of the entries of nested lists, as the specification spells them. */
const LIST_ENTRIES: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** Characters XML 1.0 cannot carry at all (control characters but tab, newline, return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `<${name}/>`;
    const entry = LIST_ENTRIES[name] ?? 'item';
    return `<${name}>${value.map((v) => element(entry, v)).join('')}</${name}>`;
  }
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    const children = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The body of a response as an XML document named by `document`. */
export function toOpen311Xml(document: Open311XmlDocument, body: unknown): string {
  const content =
    document.item && Array.isArray(body)
      ? `<${document.root}>${body.map((entry) => element(document.item as string, entry)).join('')}</${document.root}>`
      : element(document.root, body);
  return `<?xml version="1.0" encoding="utf-8"?>\n${content}\n`;
}
