// QR posters: institution types and their recommended places, the A4 poster's SVG.

export * from './institution';
export * from './text';
export * from './poster-svg';
export * from './png-dpi';
