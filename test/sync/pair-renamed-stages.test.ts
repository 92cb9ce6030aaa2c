import { describe, expect, it } from 'vitest';
import { hashPrimitive, importJourney, layoutJourney, planSync, type Journey, type Layout, type PlacedRecord } from '../../core/src/index.js';

function journeyOf(csv: string): Journey {
  const result = importJourney(csv, { filename: 'journey.csv' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

/** What a board holds after placing `layout` untouched. */
function placedAs(layout: Layout): PlacedRecord[] {
  return layout.primitives.map((primitive, index) => ({
    hostId: `h${index}`,
    journeyId: layout.journeyId,
    key: primitive.key,
    hash: hashPrimitive(primitive),
    currentHash: hashPrimitive(primitive),
    box: primitive.box,
    text: primitive.text,
  }));
}

// A title row: the map's identity across imports (without one, the set of stage names is, and a rename makes another map).
const BEFORE = 'Sign-up journey\nStage,Actions,Pain points\nDiscover,Sees an ad,Price unclear\nSign up,Fills the form,Form too long\nUse,Pays,\n';

describe('a stage renamed between two imports', () => {
  it('is an update of its header and its items take their new keys: nothing removed, nothing added', () => {
    const before = layoutJourney(journeyOf(BEFORE));
    const after = layoutJourney(journeyOf(BEFORE.replace('Sign up', 'Open an account')));
    const plan = planSync(placedAs(before), after);
    expect(plan.add).toEqual([]);
    expect(plan.remove).toEqual([]);
    const renamed = plan.update.find(({ record }) => record.key.startsWith('stage:'));
    expect([renamed?.record.text, renamed?.primitive.text]).toEqual(['Sign up', 'Open an account']);
    // The two cards of the stage keep their content under their new keys.
    const followers = plan.update.filter(({ record, primitive }) => record.key !== primitive.key && hashPrimitive(primitive) === record.hash);
    expect(followers.map(({ primitive }) => primitive.text).sort()).toEqual(['Fills the form', 'Form too long']);
  });

  it('is a remove and an add when the stage at that place holds other cards', () => {
    const before = layoutJourney(journeyOf(BEFORE));
    const after = layoutJourney(journeyOf(BEFORE.replace('Sign up,Fills the form,Form too long', 'Pay,Enters a card,Card refused')));
    const plan = planSync(placedAs(before), after);
    expect(plan.remove.map((record) => record.text).sort()).toEqual(['Fills the form', 'Form too long', 'Sign up']);
    expect(plan.add.map((primitive) => primitive.text).sort()).toEqual(['Card refused', 'Enters a card', 'Pay']);
  });
});
