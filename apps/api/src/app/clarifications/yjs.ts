import type * as YModule from 'yjs' with { 'resolution-mode': 'import' };

/**
 * yjs is an ES module package with a CommonJS build (`dist/yjs.cjs`, its `require` export), and
 * the API is compiled to CommonJS: the types come from the ES module, the code from `require`
 * (one copy of yjs in the process, which Yjs insists on).
 */
export const Y = require('yjs') as typeof YModule;
export type YDoc = YModule.Doc;
