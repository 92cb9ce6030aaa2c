// The other half of the deliberate cycle in a.ts.
import type { A } from './a.js';

export interface B {
  a?: A;
}
