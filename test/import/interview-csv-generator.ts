/**
 * A deterministic generator of interview CSVs (one row per observation) about a rail journey, for
 * the bundled sample, the import tests and the import benchmark. Texts come from banks of what
 * commuters and tourists really say, with the spelling variants real transcripts have (case,
 * accents, doubled spaces), so de-duplication has work to do.
 */

interface StageBank {
  name: string;
  phase: string;
  /** Mean emotion on 1–5 for commuters and tourists. */
  mood: readonly [number, number];
  actions: readonly string[];
  touchpoints: readonly (readonly [string, string])[];
  pains: readonly string[];
  questions: readonly string[];
  quotes: readonly string[];
  opportunities: readonly string[];
}

const STAGES: readonly StageBank[] = [
  {
    name: 'Discover',
    phase: 'Awareness',
    mood: [3.4, 3.8],
    actions: ['Searches the app store', 'Asks a colleague which app to use', 'Sees a poster at the station', 'Reads reviews online', 'Watches a video ad'],
    touchpoints: [['App store listing', 'app'], ['Station poster', 'store'], ['Instagram ad', 'social'], ['Review site', 'web'], ['Colleague', '']],
    pains: ['Too many similar apps', 'too many similar apps', 'Reviews are contradictory', 'Ad does not say the price', 'Hard to tell which app is official'],
    questions: ['Which app is the official one?', 'Does it work for regional trains?', 'Is it free?'],
    quotes: [
      'I just want the one my colleague uses',
      'There were five apps with the same logo, honestly',
      'The poster looked nice but told me nothing',
      'I trust reviews more than ads',
      'If it is official I will try it',
    ],
    opportunities: ['Show an official badge in the store', 'Put the price in the ad', 'Link from the station posters'],
  },
  {
    name: 'Plan',
    phase: 'Consideration',
    mood: [3.0, 2.6],
    actions: ['Compares departure times', 'Checks connections', 'Looks up the platform', 'Saves a favourite route', 'Checks the map'],
    touchpoints: [['Journey planner', 'app'], ['Website timetable', 'web'], ['Station display', 'store'], ['Route map', 'app']],
    pains: ['Connections are hard to read', 'Prices change while planning', 'prices change while planning ', 'Map is too small on the phone', 'No step-free route option'],
    questions: ['Can I change trains with a bike?', 'How long is the connection?', 'Is there a cheaper time?'],
    quotes: [
      'I had three tabs open just to compare two trains',
      'The price went up while I was looking',
      'I could not tell if I had enough time to change',
      'The map is nice but tiny on my phone',
      'Saving my daily route is a lifesaver',
    ],
    opportunities: ['Freeze the price for ten minutes', 'Show connection time clearly', 'Offer a step-free filter'],
  },
  {
    name: 'Book',
    phase: 'Purchase',
    mood: [2.6, 2.2],
    actions: ['Creates an account', 'Chooses a fare', 'Enters card details', 'Applies a railcard', 'Pays with the phone'],
    touchpoints: [['Booking form', 'app'], ['Payment page', 'web'], ['Confirmation email', 'email'], ['Ticket machine', 'store']],
    pains: ['Account creation is mandatory', 'Railcard is not applied', 'Payment fails without a clear reason', 'payment fails without a clear reason', 'Too many fare options'],
    questions: ['Why do I need an account?', 'Is the railcard discount included?', 'Can I get a refund?'],
    quotes: [
      'Why on earth do I need an account to buy one ticket',
      'The payment failed twice and it never said why',
      'I was not sure the railcard had been applied',
      'Paying with my phone took ten seconds, brilliant',
      'Fourteen fares for the same train is too much',
    ],
    opportunities: ['Allow guest checkout', 'Show the railcard discount in the total', 'Explain payment errors'],
  },
  {
    name: 'Travel',
    phase: 'Purchase',
    mood: [2.8, 3.3],
    actions: ['Shows the ticket to the inspector', 'Looks for a seat', 'Checks delays', 'Connects to the Wi-Fi', 'Buys a coffee on board'],
    touchpoints: [['Mobile ticket', 'app'], ['On-board Wi-Fi', 'web'], ['Inspector', ''], ['Delay notification', 'app'], ['Café car', 'store']],
    pains: ['Ticket QR code does not load offline', 'No Wi-Fi in the café car', 'no wi-fi in the cafe car', 'Delay announced too late', 'Seat reservation not shown'],
    questions: ['Will I make my connection?', 'Where is my reserved seat?', 'Is there Wi-Fi?'],
    quotes: [
      'My ticket would not load in the tunnel and the inspector was waiting',
      'The delay notification came after the train had already left',
      'Finding my seat was easy with the coach number',
      'The café car is the only place with no signal',
      'Honestly the train itself was comfortable',
    ],
    opportunities: ['Make tickets work offline', 'Push delays as soon as they are known', 'Show the seat on the ticket'],
  },
  {
    name: 'Arrive',
    phase: 'Retention',
    mood: [3.2, 3.6],
    actions: ['Finds the exit', 'Looks for the connection', 'Claims compensation for a delay', 'Rates the trip'],
    touchpoints: [['Station signs', 'store'], ['Compensation form', 'web'], ['Satisfaction survey', 'email'], ['Help desk', 'phone']],
    pains: ['Compensation form is too long', 'Signs to the metro are unclear', 'Survey arrives days later', 'compensation form is too long'],
    questions: ['Am I entitled to compensation?', 'Where is the metro?', 'How long does a refund take?'],
    quotes: [
      'I gave up on the compensation form halfway through',
      'The signs sent me to the wrong exit',
      'Getting money back automatically would be amazing',
      'The help desk sorted it out in two minutes',
      'By the time the survey came I had forgotten the trip',
    ],
    opportunities: ['Pay compensation automatically', 'Improve signs to connections', 'Ask for feedback right on arrival'],
  },
];

const PERSONAS = ['Commuter', 'Tourist'] as const;
const HEADER = 'participant,persona,stage,phase,action,touchpoint,channel,pain_point,question,quote,emotion,opportunity';

/** A small, fast, seedable generator (mulberry32), so every run writes the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface InterviewCsvOptions {
  /** Rows to write (observations). */
  observations: number;
  participants: number;
  seed: number;
  /** Add a per-participant detail to each quote, so quotes are as varied as in a large study. */
  uniqueQuotes?: boolean;
  /** A later wave of the same study: what the team changed, and what respondents then said. */
  wave?: WaveChanges;
}

/**
 * How a later wave differs from the first, by the first wave's stage names: the drawing of rows
 * stays the same, so a test can tell exactly what each change did.
 */
export interface WaveChanges {
  /** Added to a stage's mean emotion on 1–5 (both personas). */
  moodShift?: Readonly<Record<string, number>>;
  /** Pain points no one says any more (as written in the bank): the row keeps no pain instead. */
  resolvedPains?: readonly string[];
  /** Pain points said for the first time, drawn with the stage's others. */
  newPains?: Readonly<Record<string, readonly string[]>>;
  /** Stages named otherwise in this wave. */
  renamed?: Readonly<Record<string, string>>;
}

/** A pain point as a respondent says it, or nothing when the team resolved it. */
function keptPain(pain: string, resolved: ReadonlySet<string>): string {
  return resolved.has(pain) ? '' : pain;
}

/**
 * Writes an interview CSV: participants P01… alternate between two personas, walk the five stages
 * in order and make one to four observations per stage, until `observations` rows are written;
 * `wave` shifts moods, drops resolved pains, adds new ones and renames stages for a later wave.
 *
 * @example generateInterviewCsv({ observations: 240, participants: 14, seed: 7 }).split('\n')[0] // 'participant,persona,stage,…'
 */
export function generateInterviewCsv(options: InterviewCsvOptions): string {
  const next = random(options.seed);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(next() * items.length)] as Item;
  const width = String(options.participants).length < 2 ? 2 : String(options.participants).length;
  const lines: string[] = [HEADER];
  const wave = options.wave ?? {};
  const resolved = new Set(wave.resolvedPains ?? []);
  let written = 0;
  for (let round = 0; written < options.observations; round++) {
    for (let person = 0; person < options.participants && written < options.observations; person++) {
      const id = `P${String(person + 1).padStart(width, '0')}`;
      const personaIndex = person % 2;
      for (const stage of STAGES) {
        const count = 1 + Math.floor(next() * 3);
        for (let observation = 0; observation < count && written < options.observations; observation++) {
          const [touchpoint, channel] = pick(stage.touchpoints);
          const mood = (stage.mood[personaIndex] ?? 3) + (wave.moodShift?.[stage.name] ?? 0);
          const pains = [...stage.pains, ...(wave.newPains?.[stage.name] ?? [])];
          const name = wave.renamed?.[stage.name] ?? stage.name;
          const emotion = Math.min(5, Math.max(1, Math.round(mood + (next() - 0.5) * 3)));
          const quote = next() < 0.7 ? pick(stage.quotes) + (options.uniqueQuotes === true ? ` (${id}, visit ${round + 1})` : '') : '';
          const cells = [
            id,
            PERSONAS[personaIndex] ?? '',
            next() < 0.05 ? name.toLowerCase() : name,
            stage.phase,
            pick(stage.actions),
            touchpoint,
            next() < 0.8 ? channel : '',
            next() < 0.6 ? keptPain(pick(pains), resolved) : '',
            next() < 0.3 ? pick(stage.questions) : '',
            quote,
            next() < 0.95 ? String(emotion) : '',
            next() < 0.35 ? pick(stage.opportunities) : '',
          ];
          lines.push(cells.map(csvCell).join(','));
          written++;
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The second wave of the bundled interview sample, after guest checkout and offline tickets shipped:
 * booking and travel feel better, planning a little worse (a new route planner that crashes),
 * two pain points gone, and "Arrive" renamed "Arrival" in the new interview guide.
 */
export const SAMPLE_WAVE_2: WaveChanges = {
  moodShift: { Book: 1.1, Travel: 0.8, Plan: -0.4 },
  resolvedPains: ['Account creation is mandatory', 'Ticket QR code does not load offline'],
  newPains: { Plan: ['Route planner crashes on older phones'] },
  renamed: { Arrive: 'Arrival' },
};
