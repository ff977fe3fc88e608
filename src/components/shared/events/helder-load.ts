/**
 * @event helder-load - De gegevens zijn geladen en worden getoond. `detail.count`: hoeveel onderdelen de widget toont; `detail.savedAt`: de datum van de kopie op dit apparaat, als de nieuwste versie niet kon worden geladen.
 */
export interface HelderLoadDetail {
  /** How many items are shown. */
  count: number;
  /** Set when the feed could not be loaded now and a copy saved on this device is shown. */
  savedAt?: string;
}

declare global {
  interface HelderEventMap {
    'helder-load': HelderLoadDetail;
  }
  interface GlobalEventHandlersEventMap {
    'helder-load': CustomEvent<HelderLoadDetail>;
  }
}
