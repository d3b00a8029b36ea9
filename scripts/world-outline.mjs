// Decodes the countries of a world-atlas TopoJSON file (Natural Earth 1:110m) into the
// GeoJSON the dashboard's map registers with ECharts (echarts.registerMap): one Feature per
// country with its name and ISO 3166 numeric id, coordinates rounded to `digits` decimals.
// Usage: node scripts/world-outline.mjs countries-110m.json [digits [source [LICENSE]]]
// > world.json (digits: 2 by default, about 1 km; source: a note kept in the file's "source"
// member; LICENSE: the package's notice, kept in its "license" member).
// scripts/world-outline.sh fetches the package and runs this; see README, "Licenses".
import {readFileSync} from 'node:fs';

const [file, digitsArg, source, licenseFile] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/world-outline.mjs countries-110m.json [digits [source [LICENSE]]]');
  process.exit(2);
}
const digits = Number(digitsArg ?? 2);
const topo = JSON.parse(readFileSync(file, 'utf8'));
const round = v => Number(v.toFixed(digits));

// Arcs are delta-encoded on a quantized grid: the first position absolute, then differences;
// `transform` maps the grid back to degrees.
const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += topo.transform ? dx : dx - x;
    y += topo.transform ? dy : dy - y;
    return [round(x * sx + tx), round(y * sy + ty)];
  });
});

// A ring joins its arcs end to start; ~i is arc i backwards. Each arc's first position is
// the previous arc's last, so it is dropped after the first arc.
function ring(indexes) {
  const out = [];
  for (const i of indexes) {
    const points = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    for (const p of out.length ? points.slice(1) : points) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  return out;
}

// A ring that rounding collapsed below a triangle draws nothing.
const polygon = rings => rings.map(ring).filter(r => r.length >= 4);

// The file is made for spherical projections: Russia's and Fiji's rings cross the
// antimeridian and Antarctica's goes round the pole. A flat map needs them cut at +-180:
// unwrap the longitudes so the ring is continuous, close a ring round a pole along the pole,
// then clip each copy shifted by -360, 0 and +360 to [-180, 180].
function crosses(r) {
  return r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);
}

function unwrap(r) {
  const out = [r[0].slice()];
  for (let i = 1; i < r.length; i++) {
    let d = r[i][0] - r[i - 1][0];
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    out.push([out[i - 1][0] + d, r[i][1]]);
  }
  const first = out[0], last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 180) {
    const pole = out.reduce((a, p) => a + p[1], 0) < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], first.slice());
  }
  return out;
}

// Sutherland-Hodgman against one vertical line: keep the side where inside(x) holds.
function clip(r, x0, inside) {
  const out = [];
  for (let i = 0; i < r.length - 1; i++) {
    const a = r[i], b = r[i + 1];
    if (inside(a[0])) out.push(a);
    if (inside(a[0]) !== inside(b[0])) {
      out.push([x0, a[1] + (b[1] - a[1]) * (x0 - a[0]) / (b[0] - a[0])]);
    }
  }
  if (out.length) out.push(out[0]);
  return out;
}

// Twice the signed area of a closed ring (the shoelace formula): 0 for a sliver on a line.
function area(r) {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a;
}

function cut(polygons) {
  const out = [];
  for (const rings of polygons) {
    if (!rings.some(crosses)) { out.push(rings); continue; }
    // Only outer rings cross in the 1:110m file; a crossing polygon's holes are none.
    const r = unwrap(rings[0]);
    for (const shift of [-360, 0, 360]) {
      let piece = r.map(([x, y]) => [x + shift, y]);
      piece = clip(clip(piece, -180, x => x >= -180), 180, x => x <= 180)
        .map(([x, y]) => [round(x), round(y)])
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
      if (piece.length >= 4 && area(piece) !== 0) out.push([piece]);
    }
  }
  return out;
}

const features = [];
for (const g of topo.objects.countries.geometries) {
  let polygons;
  if (g.type === 'Polygon') polygons = [polygon(g.arcs)];
  else if (g.type === 'MultiPolygon') polygons = g.arcs.map(polygon);
  else continue;
  polygons = cut(polygons.filter(p => p.length > 0));
  if (polygons.length === 0) continue;
  features.push({type: 'Feature', id: g.id ?? null,
    properties: {name: g.properties.name, iso_n3: g.id ?? null},
    geometry: polygons.length === 1 ? {type: 'Polygon', coordinates: polygons[0]}
      : {type: 'MultiPolygon', coordinates: polygons}});
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
process.stdout.write(JSON.stringify({type: 'FeatureCollection',
  source: source ?? file,
  license: licenseFile ? readFileSync(licenseFile, 'utf8').trim() : undefined, features}) + '\n');
