import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { useMemo, useState } from 'react';
import { BAND_COLORS } from '../../labels';
import { ENUM_LABELS } from '@cp/ui';

export interface GridCell {
  id: string;
  name: string;
  communityName: string;
  boundary: number[][];
  risk: { openDisputes: number; highRisk: number; totalScore: number; maxScore: number; band: string } | null;
}

const NO_RISK = '#d9d9d9';
const WIDTH = 720;
const HEIGHT = 560;

/**
 * Grids as GeoJSON polygons, projected with d3-geo and drawn as SVG: no map tiles, nothing
 * fetched from outside. Colour is the grid's risk band; grey when nothing is open there.
 */
export function GridMap({ cells, onSelect }: { cells: GridCell[]; onSelect?: (cell: GridCell) => void }) {
  const [hover, setHover] = useState<GridCell | null>(null);
  const { shapes } = useMemo(() => {
    const features: Array<Feature<Polygon, GridCell>> = cells
      .filter((c) => c.boundary.length >= 4)
      // the API follows RFC 7946 (counter-clockwise outer rings); d3-geo's spherical maths wants clockwise
      .map((c) => ({ type: 'Feature', properties: c, geometry: { type: 'Polygon', coordinates: [[...c.boundary].reverse()] } }));
    const collection: FeatureCollection<Polygon, GridCell> = { type: 'FeatureCollection', features };
    const path = geoPath(geoMercator().fitSize([WIDTH, HEIGHT], collection));
    return { shapes: features.map((f) => ({ cell: f.properties, d: path(f) ?? '' })) };
  }, [cells]);

  return (
    <div style={{ position: 'relative' }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label="矛盾风险地图" data-testid="risk-map">
        {shapes.map(({ cell, d }) => (
          <path
            key={cell.id}
            d={d}
            data-grid={cell.name}
            data-band={cell.risk?.band ?? 'none'}
            fill={cell.risk ? BAND_COLORS[cell.risk.band] : NO_RISK}
            stroke="#fff"
            strokeWidth={1.5}
            style={{ cursor: 'pointer', opacity: hover && hover.id !== cell.id ? 0.75 : 1 }}
            onMouseEnter={() => setHover(cell)}
            onMouseLeave={() => setHover(null)}
            onClick={() => onSelect?.(cell)}
          >
            <title>{`${cell.name}：在办 ${cell.risk?.openDisputes ?? 0} 起`}</title>
          </path>
        ))}
      </svg>
      {hover && (
        <div style={{ position: 'absolute', top: 8, left: 8, background: 'rgba(255,255,255,0.95)', padding: 8, border: '1px solid #ddd', borderRadius: 4 }}>
          <strong>{hover.name}</strong>（{hover.communityName}）
          <br />
          在办纠纷 {hover.risk?.openDisputes ?? 0} 起，其中高风险 {hover.risk?.highRisk ?? 0} 起
          <br />
          风险评分合计 {hover.risk?.totalScore ?? 0}，最高 {hover.risk?.maxScore ?? 0}（{ENUM_LABELS.RiskBand[hover.risk?.band ?? 'low']}）
        </div>
      )}
      <div style={{ display: 'flex', gap: 12, marginTop: 8 }}>
        {Object.entries(ENUM_LABELS.RiskBand).map(([band, label]) => (
          <span key={band}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: BAND_COLORS[band], marginRight: 4 }} />
            {label}风险
          </span>
        ))}
        <span>
          <span style={{ display: 'inline-block', width: 12, height: 12, background: NO_RISK, marginRight: 4 }} />
          无在办纠纷
        </span>
      </div>
    </div>
  );
}
