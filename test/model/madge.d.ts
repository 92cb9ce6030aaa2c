// The part of madge's API our tests call (madge ships no typings): madge(paths, config) resolves to a
// result whose circular() lists each import cycle as its files, and warnings().skipped the imports it
// could not resolve. https://github.com/pahen/madge#api
declare module 'madge' {
  interface MadgeConfig {
    baseDir?: string;
    fileExtensions?: string[];
    tsConfig?: string | object;
    detectiveOptions?: Record<string, Record<string, unknown>>;
  }
  interface MadgeResult {
    obj(): Record<string, string[]>;
    circular(): string[][];
    warnings(): { skipped: string[] };
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>;
}
