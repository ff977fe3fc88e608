import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { findPlace, sortByNearness, type Near, type Origin, type PlaceLookup } from '../../core/distance.js';
import { servesKern, type KaartService } from '../../core/sociale-kaart.js';
import { KERNEN_TABLE } from '../../data/twenterand/kernen.js';

/**
 * "Dichtbij": the place a resident chose, and the services nearest first. Fetched when a kern or
 * postcode is chosen: most visits never sort by distance.
 */

/** A kern of the kaart or a postcode, read against the table of Twenterand's kernen. */
export function placeOf(input: string, kernen: readonly string[]): PlaceLookup {
  return findPlace(input, kernen, KERNEN_TABLE);
}

/** Nearest first; services without an address on the map after, those for the kern first. */
export function nearestFirst(services: readonly KaartService[], origin: Origin): Near<KaartService>[] {
  return sortByNearness(services, origin, {
    coordinates: (s) => s.locations.flatMap((l) => (l.coordinates ? [l.coordinates] : [])),
    serves: servesKern,
    name: (s) => (typeof s.name === 'string' ? s.name : (s.name.b1 ?? s.name.a2 ?? s.name.c1 ?? '')),
  });
}

/** Why the place field was not read, said next to it. */
export function placeErrorText(reason: 'unknown-postcode' | 'unknown-kern'): string {
  return reason === 'unknown-postcode' ? msg('Deze postcode kennen we niet. Kies uw kern uit de lijst.') : msg('Deze kern kennen we niet. Kies een kern uit de lijst.');
}

/** How the list is sorted, and what that means for services without an address. */
export function sortNote(origin: Origin, rows: readonly Near<KaartService>[]): TemplateResult {
  const kern = origin.kern;
  const measured = rows.some((row) => row.km !== undefined);
  const unmeasured = rows.some((row) => row.km === undefined);
  return html`<p class="sort-note" id="sortering">
    ${!origin.coordinates
      ? msg(str`Voor ${kern} weten we geen plek op de kaart. Eerst staan de diensten voor ${kern}, dan de andere, op naam.`)
      : measured
        ? html`${msg(str`Gesorteerd op afstand tot het midden van ${kern}, bij benadering.`)}
          ${unmeasured ? msg(str`Diensten zonder adres op de kaart staan eronder. Eerst die voor ${kern}, dan de andere, op naam.`) : nothing}`
        : msg(str`Deze diensten hebben geen adres op de kaart. Eerst staan de diensten voor ${kern}, dan de andere, op naam.`)}
  </p>`;
}
