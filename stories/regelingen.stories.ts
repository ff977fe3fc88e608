import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import twenterand from '../src/data/twenterand/regelingen.json';
import type { HelderRegelingen } from '../src/components/regelingen/regelingen.component.js';
import { toolbarLevel } from './story-globals.js';

/** Where the check keeps answers a resident chose to save; cleared so each check story starts at question 1. */
const SAVED_ANSWERS_KEY = 'helder-check-antwoorden';

function forgetSavedAnswers(): void {
  try {
    localStorage.removeItem(SAVED_ANSWERS_KEY);
  } catch {
    // Storage blocked: nothing was saved either.
  }
}

/** The Twenterand feed plus one item without a title: the widget skips it and says so. */
const feedWithBrokenItem = {
  ...twenterand,
  regelingen: [
    ...twenterand.regelingen.slice(0, 3),
    { id: 'zonder-titel', summary: 'Deze regeling heeft geen titel en wordt daarom overgeslagen.', categories: ['geld'], source: 'voorbeeld' },
  ],
};

interface RegelingenArgs {
  view: 'overview' | 'check' | 'flyer';
  categories: string;
}

const meta: Meta<RegelingenArgs> = {
  title: 'Helder/Regelingen',
  component: 'helder-regelingen',
  tags: ['autodocs'],
  args: { view: 'overview', categories: '' },
  argTypes: {
    view: { control: 'inline-radio', options: ['overview', 'check', 'flyer'], description: 'Wat de widget eerst toont' },
    categories: { control: 'text', description: 'Alleen deze onderwerpen, gescheiden door spaties (bijv. `kinderen school`)' },
  },
  render: (args, context) =>
    html`<helder-regelingen
      .data=${twenterand}
      level=${toolbarLevel(context)}
      view=${args.view}
      categories=${args.categories || nothing}
    ></helder-regelingen>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<helder-regelingen>` toont de minimaregelingen van een gemeente als kaarten, met zoeken, filteren op onderwerp, een anonieme check ("waar heb ik recht op?") en een folder om te printen. ' +
          'De teksten komen uit een feed (JSON) en staan per regeling op taalniveau A2, B1 en C1. Het niveau in de werkbalk wordt hier als `level` op de widget gezet.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<RegelingenArgs>;

export const Overzicht: Story = {
  parameters: {
    docs: {
      description: {
        story: 'Alle regelingen van gemeente Twenterand, met zoekveld en onderwerpknoppen. De gegevens worden als `data`-eigenschap doorgegeven.',
      },
    },
  },
};

export const Check: Story = {
  name: 'Check: waar heb ik recht op?',
  args: { view: 'check' },
  beforeEach: () => forgetSavedAnswers(),
  parameters: {
    docs: {
      description: {
        story:
          'De check begint met wat u moet weten: hoe lang het duurt, wat u bij de hand houdt en dat niets wordt verstuurd. Daarna één vraag per keer, in drie delen, met een nummer dat niet verspringt. ' +
          'Alleen vragen die er voor de regelingen toe doen worden gesteld. Op A2 hebben de vragen eigen, eenvoudiger woorden. Een voorbeeldvoorwaarde maakt een regeling nooit "waarschijnlijk niet".',
      },
    },
  },
};

export const CheckMetFout: Story = {
  name: 'Check met foutmelding',
  args: { view: 'check' },
  beforeEach: () => forgetSavedAnswers(),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector<HelderRegelingen>('helder-regelingen');
    if (!widget) return;
    await widget.updateComplete;
    // "Volgende" without an answer: the question shows its error and takes focus.
    widget.shadowRoot?.querySelector<HTMLButtonElement>('button[part="next"]')?.click();
    await widget.updateComplete;
  },
  parameters: {
    docs: {
      description: {
        story:
          'De eerste vraag, verstuurd zonder antwoord. De fout staat bij de vraag, in tekst en met een icoon, is aan het veld gekoppeld en wordt voorgelezen; de focus gaat terug naar de vraag.',
      },
    },
  },
};

/** Answers of a single mother on bijstand with two children, as the check keeps them when asked to. */
const MOTHER_ON_BIJSTAND = {
  woonplaats: true,
  partner: false,
  leeftijd: 35,
  kinderen: 2,
  kinderLeeftijden: [8, 14],
  inkomstenbron: 'bijstand',
  inkomen: 1400,
  vermogen: 500,
  jarenLaagInkomen: 3,
  studie: false,
  geldzorgen: true,
  bijzondereKosten: false,
};

/** Starts a story with saved answers, as if the resident ticked "Bewaar mijn antwoorden"; removes them after. */
function withSavedAnswers(answers: object) {
  return () => {
    try {
      localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify(answers));
    } catch {
      // Storage blocked: the story starts at question 1.
    }
    return () => forgetSavedAnswers();
  };
}

export const Uitslag: Story = {
  name: 'Uitslag: alleenstaande moeder in de bijstand',
  args: { view: 'check' },
  beforeEach: withSavedAnswers(MOTHER_ON_BIJSTAND),
  parameters: {
    docs: {
      description: {
        story:
          'De uitslag begint met "Uw volgende stappen": per organisatie wie u belt of bezoekt en waarover, met het contact uit de feed of anders dat van de gemeente. ' +
          'De bijstand staat onder "Dit krijgt u al", niet bij wat zij moet aanvragen. Wonen in de gemeente staat één keer bovenaan; "waarschijnlijk niet" is ingeklapt.',
      },
    },
  },
};

export const ControleerAntwoorden: Story = {
  name: 'Controleer uw antwoorden',
  args: { view: 'check' },
  beforeEach: withSavedAnswers(MOTHER_ON_BIJSTAND),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector<HelderRegelingen>('helder-regelingen');
    if (!widget) return;
    await widget.updateComplete;
    [...(widget.shadowRoot?.querySelectorAll<HTMLButtonElement>('.results button') ?? [])].find((b) => b.textContent?.includes('Antwoorden aanpassen'))?.click();
    await widget.updateComplete;
  },
  parameters: {
    docs: {
      description: {
        story: 'Vóór de uitslag ziet de inwoner elk antwoord terug, met "Wijzig" erbij (het patroon van GOV.UK). Na een wijziging komt hij hier terug.',
      },
    },
  },
};

export const AndereTaal: Story = {
  name: 'Engelse interface, Nederlandse uitleg',
  render: (args, context) => html`<div lang="en">
    <helder-regelingen .data=${twenterand} level=${toolbarLevel(context)} view=${args.view} categories=${args.categories || nothing}></helder-regelingen>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'De regelingen zijn in het Nederlands geschreven. In een andere interfacetaal zegt de widget dat, in die taal. Een feed kan per regeling vertalingen meegeven (`translations`); die worden dan getoond.',
      },
    },
  },
};

export const Folder: Story = {
  name: 'Folder om te printen',
  args: { view: 'flyer' },
  parameters: {
    docs: {
      description: {
        story:
          'Alle lopende regelingen als folder op A4, op het gekozen taalniveau. Per regeling staat wie helpt; hoe u die bereikt staat één keer onderaan. Bij het printen verdwijnen de knoppen en de rest van de pagina.',
      },
    },
  },
};

export const Onderwerpen: Story = {
  name: 'Alleen kinderen en school',
  args: { categories: 'kinderen school' },
  parameters: {
    docs: {
      description: {
        story:
          'Met `categories="kinderen school"` toont de widget alleen regelingen over die onderwerpen, bijvoorbeeld op een pagina over opgroeien of op de site van een school.',
      },
    },
  },
};

export const FeedMetFout: Story = {
  name: 'Feed met één kapot onderdeel',
  render: (_args, context) => html`<helder-regelingen .data=${feedWithBrokenItem} level=${toolbarLevel(context)}></helder-regelingen>`,
  parameters: {
    // Its own template; view and categories do not apply.
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Eén regeling in de feed heeft geen titel. De widget slaat die over, toont de rest en meldt rustig dat één onderdeel niet getoond kon worden. De details (het JSON-pad en de fout) staan achter "Details voor de beheerder".',
      },
    },
  },
};

export const FeedMislukt: Story = {
  name: 'Feed kan niet worden geladen',
  render: (_args, context) =>
    html`<helder-regelingen src="./bestaat-niet/regelingen.json" level=${toolbarLevel(context)}></helder-regelingen>`,
  parameters: {
    // Its own template; view and categories do not apply.
    controls: { disable: true },
    docs: {
      description: {
        story:
          'De `src` wijst naar een adres dat niet bestaat. De widget toont een melding met een knop "Opnieuw proberen"; de technische oorzaak staat achter "Details voor de beheerder". De 404 in de console van de browser hoort bij dit voorbeeld.',
      },
    },
  },
};

/** A feed URL that this story's fetch never answers, so the loading state stays on screen. */
const HANGING_FEED = 'laden-duurt-lang/regelingen.json';

export const Laden: Story = {
  name: 'Bezig met laden',
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith(HANGING_FEED)) return original(input, init);
      // Never answers; gives up only when the widget aborts (a new src, or it left the page).
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    };
    return () => {
      window.fetch = original;
    };
  },
  render: (_args, context) =>
    html`<helder-regelingen src=${`./${HANGING_FEED}`} timeout="2147483647" level=${toolbarLevel(context)}></helder-regelingen>`,
  parameters: {
    // Its own template; view and categories do not apply.
    controls: { disable: true },
    docs: {
      description: {
        story:
          'Zolang de feed laadt, staat er "De regelingen worden geladen…" met een draaiend teken (stil bij "minder beweging"). In dit voorbeeld antwoordt de server nooit; gewoonlijk geeft de widget na 15 seconden een melding.',
      },
    },
  },
};

export const Arabisch: Story = {
  name: 'Arabisch, van rechts naar links',
  // The toolbar's language is fixed for this story (the decorator puts lang="ar" dir="rtl" around it).
  globals: { taal: 'ar' },
  parameters: {
    docs: {
      description: {
        story:
          'De knoppen en vragen staan in het Arabisch en de widget loopt van rechts naar links. De teksten uit de feed blijven Nederlands en zijn gemarkeerd met `lang="nl"`, zodat een schermlezer ze met een Nederlandse stem voorleest.',
      },
    },
  },
};
