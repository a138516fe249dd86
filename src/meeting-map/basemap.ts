/**
 * The default basemap: land only, no borders, from world-atlas's 110 m TopoJSON, fetched once per URL
 * and turned into GeoJSON with topojson-client. Part of the map's lazily loaded chunk, like the land
 * file next to it (`land-110m.json` beside the built module).
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Where the land file is by default: beside this module once built (dist/cdn/, dist/meeting-map/). */
export const DEFAULT_LAND_URL = new URL('./land-110m.json', import.meta.url).href;

const loaded = new Map<string, Promise<unknown>>();

/** GeoJSON from a TopoJSON topology (its first object, or `land`), or the input when it is GeoJSON already. */
export function toGeoJson(input: unknown): unknown {
  const topology = input as Partial<Topology> | undefined;
  if (topology?.type !== 'Topology' || !topology.objects) return input;
  const object = topology.objects.land ?? Object.values(topology.objects)[0];
  return object ? feature(topology as Topology, object) : undefined;
}

/** The land as GeoJSON, or undefined when it cannot be loaded: the map then shows its places without land. */
export function loadLand(url: string = DEFAULT_LAND_URL): Promise<unknown> {
  let land = loaded.get(url);
  if (!land) {
    land = fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .then(toGeoJson)
      .catch(() => undefined);
    loaded.set(url, land);
  }
  return land;
}
