/**
 * Still-life scenes drawn as SVG, one per kind of product, each in several variants (palette,
 * shapes, arrangement), so the demo catalogue shows a believable photo on every product and two
 * products of the same kind rarely look alike. No text: librsvg's fonts differ by machine.
 */
export const SCENES = ['ceramics', 'textile', 'craft', 'tea', 'food', 'drink', 'herb', 'plant', 'landscape'] as const;
export type Scene = (typeof SCENES)[number];
export const VARIANTS_PER_SCENE = 3;

const W = 640;
const H = 480;

/** A small deterministic generator: the same variant draws the same picture on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h) % 360},${Math.round(s)}%,${Math.round(l)}%)`;

function backdrop(r: () => number, hue: number): string {
  const wall = hsl(hue, 25 + r() * 20, 82 + r() * 8);
  const table = hsl(hue + 20 + r() * 30, 30 + r() * 25, 45 + r() * 20);
  return (
    `<defs><linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${wall}"/><stop offset="1" stop-color="${hsl(hue, 20, 70)}"/></linearGradient>` +
    `<radialGradient id="shine" cx="0.35" cy="0.3" r="0.7"><stop offset="0" stop-color="#fff" stop-opacity="0.55"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#wall)"/><rect y="${H * 0.68}" width="${W}" height="${H * 0.32}" fill="${table}"/>` +
    `<ellipse cx="${W / 2}" cy="${H * 0.86}" rx="${W * 0.34}" ry="${H * 0.05}" fill="#000" opacity="0.18"/>`
  );
}

function ceramics(r: () => number): string {
  const glaze = [hsl(210, 60, 35), hsl(160, 35, 55), hsl(30, 45, 50), hsl(0, 0, 92)][Math.floor(r() * 4)]!;
  const pieces: string[] = [];
  const count = 1 + Math.floor(r() * 3);
  for (let i = 0; i < count; i++) {
    const cx = W * (0.25 + (0.5 * (i + 0.5)) / count) + (r() - 0.5) * 40;
    const h = 170 + r() * 170;
    const w = 70 + r() * 60;
    const base = H * 0.84;
    pieces.push(
      `<path d="M${cx - w * 0.35},${base} C${cx - w * 1.2},${base - h * 0.45} ${cx - w * 0.25},${base - h * 0.75} ${cx - w * 0.22},${base - h} L${cx + w * 0.22},${base - h} C${cx + w * 0.25},${base - h * 0.75} ${cx + w * 1.2},${base - h * 0.45} ${cx + w * 0.35},${base} Z" fill="${glaze}"/>` +
        `<path d="M${cx - w * 0.62},${base - h * 0.45} Q${cx},${base - h * 0.3} ${cx + w * 0.62},${base - h * 0.45}" stroke="${hsl(45, 70, 80)}" stroke-width="${4 + r() * 6}" fill="none" opacity="0.8"/>` +
        `<circle cx="${cx - w * 0.2}" cy="${base - h * 0.55}" r="${w * 0.5}" fill="url(#shine)"/>`,
    );
  }
  return pieces.join('');
}

function textile(r: () => number): string {
  const hue = r() * 360;
  const bands: string[] = [];
  for (let i = 0; i < 7; i++) {
    const y = H * 0.2 + i * 48 + r() * 10;
    bands.push(`<path d="M0,${y} C${W * 0.3},${y - 60 - r() * 40} ${W * 0.6},${y + 70 + r() * 40} ${W},${y - 10}" stroke="${hsl(hue + i * 9, 55 + r() * 25, 40 + i * 5)}" stroke-width="${40 + r() * 20}" fill="none" opacity="0.92"/>`);
  }
  return bands.join('') + `<rect width="${W}" height="${H}" fill="url(#shine)"/>`;
}

function craft(r: () => number): string {
  const hue = 25 + r() * 20;
  const x = W * 0.28;
  const y = H * 0.42;
  const w = W * 0.44;
  const h = H * 0.4;
  const lines: string[] = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${hsl(hue, 50, 38)}"/>`];
  if (r() < 0.5) {
    for (let i = 1; i < 12; i++) lines.push(`<line x1="${x + (w * i) / 12}" y1="${y}" x2="${x + (w * i) / 12}" y2="${y + h}" stroke="${hsl(hue, 45, 60)}" stroke-width="6"/>`);
    for (let j = 1; j < 7; j++) lines.push(`<line x1="${x}" y1="${y + (h * j) / 7}" x2="${x + w}" y2="${y + (h * j) / 7}" stroke="${hsl(hue, 40, 28)}" stroke-width="5"/>`);
  } else {
    lines.push(`<rect x="${x + 14}" y="${y + 14}" width="${w - 28}" height="${h - 28}" rx="10" fill="${hsl(0, 60, 22)}"/>`);
    for (let i = 0; i < 5; i++) lines.push(`<circle cx="${x + w * (0.2 + r() * 0.6)}" cy="${y + h * (0.25 + r() * 0.5)}" r="${8 + r() * 16}" fill="${hsl(45, 80, 60 + r() * 20)}" opacity="0.9"/>`);
  }
  return lines.join('') + `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="url(#shine)"/>`;
}

function tea(r: () => number): string {
  const cup = hsl(200 + r() * 40, 30, 88);
  const cx = W * (0.4 + r() * 0.2);
  const leaves: string[] = [];
  for (let i = 0; i < 9; i++) {
    const lx = W * (0.12 + r() * 0.76);
    const ly = H * (0.72 + r() * 0.2);
    leaves.push(`<ellipse cx="${lx}" cy="${ly}" rx="${18 + r() * 14}" ry="${8 + r() * 5}" transform="rotate(${r() * 180} ${lx} ${ly})" fill="${hsl(95 + r() * 30, 45, 28 + r() * 15)}"/>`);
  }
  return (
    leaves.join('') +
    `<path d="M${cx - 90},${H * 0.5} L${cx + 90},${H * 0.5} Q${cx + 80},${H * 0.8} ${cx},${H * 0.8} Q${cx - 80},${H * 0.8} ${cx - 90},${H * 0.5} Z" fill="${cup}"/>` +
    `<ellipse cx="${cx}" cy="${H * 0.5}" rx="90" ry="18" fill="${hsl(70 + r() * 20, 55, 42)}"/>` +
    `<path d="M${cx - 20},${H * 0.44} q15,-40 0,-80 M${cx + 20},${H * 0.44} q15,-40 0,-80" stroke="#fff" stroke-width="5" fill="none" opacity="0.6"/>`
  );
}

function food(r: () => number): string {
  const plateY = H * 0.72;
  const parts = [`<ellipse cx="${W / 2}" cy="${plateY}" rx="${W * 0.3}" ry="${H * 0.1}" fill="#f4f1ea"/><ellipse cx="${W / 2}" cy="${plateY}" rx="${W * 0.24}" ry="${H * 0.075}" fill="#e6e1d6"/>`];
  const kind = Math.floor(r() * 3);
  if (kind === 0) {
    // Square cakes wrapped in leaves (bánh chưng), tied with strings.
    const n = 1 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const s = 120 + r() * 40;
      const x = W / 2 - (n * s) / 2 + i * s + (r() - 0.5) * 20;
      const y = plateY - s * 0.9;
      parts.push(`<rect x="${x}" y="${y}" width="${s - 12}" height="${s * 0.8}" rx="8" fill="${hsl(110 + r() * 20, 45, 30 + r() * 10)}"/>`);
      parts.push(`<line x1="${x + s * 0.3}" y1="${y}" x2="${x + s * 0.3}" y2="${y + s * 0.8}" stroke="#d9c9a3" stroke-width="4"/><line x1="${x}" y1="${y + s * 0.45}" x2="${x + s - 12}" y2="${y + s * 0.45}" stroke="#d9c9a3" stroke-width="4"/>`);
    }
  } else {
    const n = 5 + Math.floor(r() * 8);
    const hue = kind === 1 ? 30 + r() * 20 : 0 + r() * 50;
    for (let i = 0; i < n; i++) {
      parts.push(`<circle cx="${W / 2 + (r() - 0.5) * W * 0.36}" cy="${plateY - 20 - r() * 60}" r="${22 + r() * 22}" fill="${hsl(hue + r() * 15, 60, 40 + r() * 25)}"/>`);
    }
  }
  return parts.join('') + `<rect width="${W}" height="${H}" fill="url(#shine)" opacity="0.5"/>`;
}

function drink(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const cx = W * (0.3 + (0.4 * (i + 0.5)) / n);
    const h = 260 + r() * 80;
    const liquid = hsl(r() * 60, 60, 30 + r() * 30);
    const base = H * 0.84;
    parts.push(
      `<path d="M${cx - 40},${base} L${cx - 40},${base - h * 0.62} Q${cx - 40},${base - h * 0.75} ${cx - 14},${base - h * 0.82} L${cx - 14},${base - h} L${cx + 14},${base - h} L${cx + 14},${base - h * 0.82} Q${cx + 40},${base - h * 0.75} ${cx + 40},${base - h * 0.62} L${cx + 40},${base} Z" fill="${liquid}" opacity="0.9"/>` +
        `<rect x="${cx - 40}" y="${base - h * 0.45}" width="80" height="${h * 0.2}" fill="${hsl(40, 40, 88)}"/><rect x="${cx - 16}" y="${base - h - 14}" width="32" height="18" fill="${hsl(0, 50, 30)}"/>` +
        `<rect x="${cx - 30}" y="${base - h * 0.6}" width="12" height="${h * 0.55}" fill="#fff" opacity="0.3"/>`,
    );
  }
  return parts.join('');
}

function herb(r: () => number): string {
  const parts = [`<rect x="${W * 0.4}" y="${H * 0.42}" width="${W * 0.2}" height="${H * 0.42}" rx="14" fill="${hsl(30, 35, 35 + r() * 15)}" opacity="0.85"/>`];
  for (let i = 0; i < 14; i++) {
    const x = W * (0.1 + r() * 0.8);
    const y = H * (0.6 + r() * 0.3);
    parts.push(`<path d="M${x},${y} q${20 + r() * 20},${-30 - r() * 20} ${50 + r() * 30},0 q${-20},${20} ${-50 - r() * 30},0 Z" fill="${hsl(80 + r() * 50, 40, 25 + r() * 25)}"/>`);
  }
  return parts.join('');
}

function plant(r: () => number): string {
  const cx = W * (0.45 + r() * 0.1);
  const base = H * 0.84;
  const trunk = `<path d="M${cx - 10},${base - 80} C${cx - 60},${base - 160} ${cx + 60},${base - 220} ${cx},${base - 320}" stroke="${hsl(25, 40, 25)}" stroke-width="${18 + r() * 10}" fill="none" stroke-linecap="round"/>`;
  const bloom = r() < 0.5 ? hsl(340 + r() * 20, 70, 70) : hsl(35 + r() * 10, 90, 55);
  const crowns: string[] = [];
  for (let i = 0; i < 9; i++) crowns.push(`<circle cx="${cx + (r() - 0.5) * 260}" cy="${base - 260 - r() * 140}" r="${40 + r() * 40}" fill="${hsl(100 + r() * 30, 40, 30 + r() * 15)}"/>`);
  const flowers: string[] = [];
  for (let i = 0; i < 30; i++) flowers.push(`<circle cx="${cx + (r() - 0.5) * 300}" cy="${base - 220 - r() * 200}" r="${5 + r() * 6}" fill="${bloom}"/>`);
  return `<path d="M${cx - 110},${base - 90} L${cx + 110},${base - 90} L${cx + 85},${base} L${cx - 85},${base} Z" fill="${hsl(15, 50, 35 + r() * 15)}"/>` + trunk + crowns.join('') + flowers.join('');
}

function landscape(r: () => number): string {
  const sky = hsl(200 + r() * 20, 60, 70 + r() * 10);
  const hills: string[] = [];
  for (let i = 0; i < 4; i++) {
    const y = H * (0.4 + i * 0.12);
    hills.push(`<path d="M0,${y} C${W * 0.25},${y - 60 - r() * 80} ${W * 0.55},${y + 40} ${W},${y - 40 - r() * 60} L${W},${H} L0,${H} Z" fill="${hsl(110 + i * 8, 35, 45 - i * 7)}"/>`);
  }
  return `<rect width="${W}" height="${H}" fill="${sky}"/><circle cx="${W * (0.2 + r() * 0.6)}" cy="${H * 0.2}" r="45" fill="${hsl(45, 90, 75)}"/>` + hills.join('') +
    `<path d="M${W * 0.1},${H} C${W * 0.4},${H * 0.8} ${W * 0.3},${H * 0.75} ${W * 0.6},${H * 0.7}" stroke="${hsl(200, 50, 60)}" stroke-width="30" fill="none"/>`;
}

const DRAW: Record<Scene, (r: () => number) => string> = { ceramics, textile, craft, tea, food, drink, herb, plant, landscape };

export function sceneSvg(scene: Scene, variant: number): string {
  const r = prng(SCENES.indexOf(scene) * 1000 + variant * 7919 + 17);
  const body = DRAW[scene](r);
  const withRoom = scene === 'landscape' ? body : backdrop(r, r() * 360) + body;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${withRoom}</svg>`;
}

/** Which scene shows a product: its category, refined by words of its name. */
export function sceneFor(categoryCode: string, nameVi: string): Scene {
  const name = nameVi.toLowerCase();
  if (categoryCode.startsWith('VI')) return 'landscape';
  if (categoryCode.startsWith('V')) return 'plant';
  if (categoryCode.startsWith('IV.2')) return 'textile';
  if (categoryCode.startsWith('IV')) return /gốm|bát|bình|ấm|lọ|chén|đĩa|sứ/.test(name) ? 'ceramics' : 'craft';
  if (categoryCode.startsWith('III')) return 'herb';
  if (categoryCode.startsWith('II')) return 'drink';
  if (categoryCode.startsWith('I.5') || /chè|trà/.test(name)) return 'tea';
  return 'food';
}
