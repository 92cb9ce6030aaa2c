// Half of a deliberate import cycle (through types only, as madge counts them): module-graph.test.ts checks it is found.
import type { B } from './b.js';

export interface A {
  b?: B;
}
