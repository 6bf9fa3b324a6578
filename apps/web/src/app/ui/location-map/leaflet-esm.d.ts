// Leaflet's package points only at its CommonJS build; its ES module build lets the app bundle
// it without CommonJS warnings. The types are @types/leaflet's.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
