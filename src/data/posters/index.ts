// Reading pages for QR posters and keeping the viewer's poster choices.
export * from './pages';
export * from './children';
export * from './settings';
