// Stylised pictures of the district's landmarks for the photos of the demo's posts: small SVGs as
// data URIs (no network, under 2 KB each), one per landmark and palette, built once and reused.

export const LANDMARKS = ['church', 'bridge', 'monument', 'library', 'river', 'tower', 'museum'] as const;
export type Landmark = (typeof LANDMARKS)[number];

interface Palette {
  sky: string;
  ground: string;
  sun: string;
  wall: string;
  roof: string;
  water: string;
}

/** Morning, noon, evening and winter light. */
const PALETTES: readonly Palette[] = [
  { sky: '#cfe8ff', ground: '#7fb069', sun: '#ffe08a', wall: '#f4efe6', roof: '#3d6fa8', water: '#5b9bd5' },
  { sky: '#9fd0f5', ground: '#5c9c4f', sun: '#fff3b0', wall: '#efe3c8', roof: '#2e7d5b', water: '#3f86c6' },
  { sky: '#f7c59f', ground: '#6b8f4e', sun: '#f08a4b', wall: '#f1dcc4', roof: '#8c3b3b', water: '#6d8fb8' },
  { sky: '#dfe7ef', ground: '#f7f9fb', sun: '#ffffff', wall: '#e9e4dc', roof: '#4a5f7a', water: '#9bb7d1' },
];

export const PALETTE_COUNT = PALETTES.length;

/** The landmark's shapes over a 120×80 scene whose ground starts at y = 60. */
function shapes(landmark: Landmark, c: Palette): string {
  switch (landmark) {
    case 'church':
      return (
        `<rect x='44' y='36' width='32' height='24' fill='${c.wall}'/>` +
        `<polygon points='40,37 60,24 80,37' fill='${c.roof}'/>` +
        `<rect x='54' y='14' width='12' height='12' fill='${c.wall}'/>` +
        `<path d='M52 15Q60 2 68 15Z' fill='#d9a73a'/>` +
        `<path d='M60 10V2M57 5H63' stroke='#d9a73a' stroke-width='1.2'/>` +
        `<rect x='56' y='48' width='8' height='12' fill='${c.roof}'/>`
      );
    case 'bridge':
      return (
        `<rect y='48' width='120' height='32' fill='${c.water}'/>` +
        `<path d='M4 40H116V58H108A14 12 0 0 0 80 58H74A14 12 0 0 0 46 58H40A14 12 0 0 0 12 58H4Z' fill='#b9a88e'/>` +
        `<path d='M4 37H116' stroke='${c.roof}' stroke-width='2'/>`
      );
    case 'monument':
      return (
        `<rect x='48' y='50' width='24' height='10' fill='${c.roof}'/>` +
        `<rect x='53' y='44' width='14' height='6' fill='${c.wall}'/>` +
        `<polygon points='56,44 60,8 64,44' fill='#9aa4ad'/>` +
        `<circle cx='60' cy='26' r='3' fill='#d9a73a'/>`
      );
    case 'library':
      return (
        `<rect x='30' y='34' width='60' height='26' fill='${c.wall}'/>` +
        `<polygon points='26,35 60,20 94,35' fill='${c.roof}'/>` +
        `<path d='M37 37V58M47 37V58M57 37V58M67 37V58M77 37V58M85 37V58' stroke='#c9bda6' stroke-width='3'/>` +
        `<rect x='28' y='58' width='64' height='3' fill='#b7ab94'/>`
      );
    case 'river':
      return (
        `<path d='M0 66Q30 58 60 66T120 64V80H0Z' fill='${c.water}'/>` +
        `<polygon points='14,60 20,40 26,60' fill='#2f6b3a'/><polygon points='24,60 31,34 38,60' fill='#2f6b3a'/>` +
        `<polygon points='88,60 95,38 102,60' fill='#2f6b3a'/><polygon points='100,60 106,44 112,60' fill='#2f6b3a'/>`
      );
    case 'tower':
      return (
        `<rect x='40' y='44' width='40' height='16' fill='${c.wall}'/>` +
        `<rect x='54' y='18' width='12' height='26' fill='${c.wall}'/>` +
        `<rect x='52' y='12' width='16' height='6' fill='${c.roof}'/>` +
        `<polygon points='52,12 60,4 68,12' fill='${c.roof}'/>` +
        `<rect x='57' y='24' width='6' height='8' fill='${c.roof}'/>`
      );
    case 'museum':
      return (
        `<rect x='34' y='30' width='52' height='30' fill='${c.wall}'/>` +
        `<polygon points='30,31 60,18 90,31' fill='${c.roof}'/>` +
        `<path d='M41 36h8v8h-8zM56 36h8v8h-8zM71 36h8v8h-8zM41 48h8v8h-8zM71 48h8v8h-8z' fill='${c.water}'/>` +
        `<rect x='56' y='47' width='8' height='13' fill='${c.roof}'/>`
      );
  }
}

const cache = new Map<string, string>();

/** The picture of a landmark in one of PALETTE_COUNT palettes, as a data URI (3:2, scales to any size). */
export function landmarkPicture(landmark: Landmark, palette: number): string {
  const key = `${landmark}:${palette}`;
  const known = cache.get(key);
  if (known) return known;
  const c = PALETTES[palette % PALETTES.length] ?? PALETTES[0];
  if (!c) throw new RangeError('no palette');
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'>` +
    `<rect width='120' height='80' fill='${c.sky}'/><circle cx='100' cy='14' r='7' fill='${c.sun}'/>` +
    `<rect y='60' width='120' height='20' fill='${c.ground}'/>${shapes(landmark, c)}</svg>`;
  const uri = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  cache.set(key, uri);
  return uri;
}
