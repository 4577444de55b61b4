import type { Position } from '../position';

interface MapCommunity {
  id: string;
  name: string;
  grids: Array<{ id: string; boundary: number[][] | null }>;
}

/**
 * The officer's communities drawn from the outlines the platform holds (no map tiles are
 * reachable), with the phone's position as a dot. Equirectangular is exact enough at a
 * community's scale; the console's district map (issue 21) will take a map library.
 */
export function CommunityMap({ communities, position }: { communities: MapCommunity[]; position: Position | null }) {
  const rings = communities.flatMap((c) => c.grids.filter((g) => g.boundary?.length).map((g) => ({ community: c, ring: g.boundary! })));
  if (!rings.length) return null;
  const points = [...rings.flatMap((r) => r.ring), ...(position ? [[position.lng, position.lat]] : [])];
  const [minX, maxX] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180); // a degree of longitude is shorter than one of latitude
  const [w, h] = [(maxX - minX) * kx || 0.001, maxY - minY || 0.001];
  const width = 320;
  const height = Math.min(240, Math.max(120, (width * h) / w));
  const scale = Math.min((width - 16) / w, (height - 16) / h);
  const xy = (p: number[]): [number, number] => [8 + (p[0] - minX) * kx * scale, height - 8 - (p[1] - minY) * scale];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="community-map" role="img" aria-label="我的社区边界图">
      {rings.map(({ community, ring }, i) => {
        const pts = ring.map(xy);
        const [cx, cy] = pts.slice(0, -1).reduce(([a, b], [x, y]) => [a + x / (pts.length - 1), b + y / (pts.length - 1)], [0, 0]);
        return (
          <g key={`${community.id}-${i}`}>
            <polygon points={pts.map((p) => p.join(',')).join(' ')} fill="#e6f4ff" stroke="#1677ff" strokeWidth={1.5} />
            <text x={cx} y={cy} textAnchor="middle" dominantBaseline="middle" fontSize={12} fill="#0958d9">
              {community.name}
            </text>
          </g>
        );
      })}
      {position && (
        <circle cx={xy([position.lng, position.lat])[0]} cy={xy([position.lng, position.lat])[1]} r={6} fill="#ff4d4f" stroke="#fff" strokeWidth={2} />
      )}
    </svg>
  );
}
