const kept: object[] = [];

/**
 * Keeps one idle object of a class the import's loops run on, for the life of the program, and
 * returns it. The engine compiles those loops for the objects' layout and holds that layout only
 * as long as some object has it: once an import's objects are collected, a full garbage collection
 * drops it, and the next import in the same page, worker or process throws the compiled loops away
 * and compiles them again (100 to 150 ms of processor time on a 100,000-row file, seen with
 * `node --trace-opt`). An idle object per class keeps the layout, so later imports run the code the
 * first one compiled.
 *
 * @example keepShape(new LaneTally())
 */
export function keepShape<T extends object>(object: T): T {
  kept.push(object);
  return object;
}
