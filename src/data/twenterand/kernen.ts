import type { PlaceTable } from '../../core/distance.js';

/**
 * Where the kernen of Twenterand are, bij benadering, for "dichtbij" in <helder-sociale-kaart>.
 *
 * Source: public map data, the coordinates and postcodes that the Wikipedia articles on
 * Vriezenveen, Vroomshoop and Den Ham give (consulted 2026), rounded to two decimals: the middle
 * of each kern to about a kilometre. Only values the sources agree on; a kern or postcode that is
 * not here has no place on the map (choosing the kern still works). For sorting by distance only,
 * not for finding the way. No service is ever given a distance it does not have.
 */
export const KERNEN_TABLE = {
  source: 'Publieke kaartgegevens (Wikipedia: Vriezenveen, Vroomshoop, Den Ham), afgerond op twee decimalen',
  precision: 'bij benadering',
  kernen: [
    { name: 'Vriezenveen', latitude: 52.41, longitude: 6.63, postcodes: ['7670', '7671'] },
    { name: 'Vroomshoop', latitude: 52.46, longitude: 6.57, postcodes: ['7681'] },
    { name: 'Den Ham', latitude: 52.47, longitude: 6.49, postcodes: ['7683'] },
  ],
} as const satisfies PlaceTable & { source: string; precision: string };
