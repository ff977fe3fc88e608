import { expect } from '@open-wc/testing';
import { VERSION, define } from '../../src/components/shared/define.js';

describe('define()', () => {
  it('registers once, ignores the same element again, and warns when another version got there first', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      define('helder-test-een', First);
      expect(customElements.get('helder-test-een')).to.equal(First);
      expect(() => define('helder-test-een', First)).not.to.throw();
      expect(warnings).to.have.length(0);

      // A second copy of the same version (two bundles on one page): silent.
      class SameVersion extends HTMLElement {}
      define('helder-test-een', SameVersion);
      expect(warnings).to.have.length(0);

      // An older Helder registered the tag: the first one wins, with a warning.
      class Old extends HTMLElement {
        static helderVersion = '0.0.1';
      }
      customElements.define('helder-test-twee', Old);
      class New extends HTMLElement {}
      expect(() => define('helder-test-twee', New)).not.to.throw();
      expect(customElements.get('helder-test-twee')).to.equal(Old);
      expect(String(warnings[0]?.[0])).to.contain('0.0.1').and.contain(VERSION);
    } finally {
      console.warn = warn;
    }
  });
});
