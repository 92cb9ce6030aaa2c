import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../scripts/cli/parse-cli-args.js';

describe('parseCliArgs', () => {
  it.each([
    [['validate', 'a.csv'], { kind: 'run', command: 'validate', input: 'a.csv' }],
    [['convert', 'a.csv', '-o', 'a.json'], { kind: 'run', command: 'convert', input: 'a.csv', output: 'a.json' }],
    [['convert', '--output=a.mmd', 'a.csv'], { kind: 'run', command: 'convert', input: 'a.csv', output: 'a.mmd' }],
    [
      ['render', 'a.mmd', '-o', 'a.svg', '--lanes', 'actions, pains', '--palette', 'dark'],
      { kind: 'run', command: 'render', input: 'a.mmd', output: 'a.svg', lanes: ['actions', 'pains'], palette: 'dark' },
    ],
    [
      ['render', 'a.csv', '-o', 'a.svg', '--top', '3', '--min-count', '2'],
      { kind: 'run', command: 'render', input: 'a.csv', output: 'a.svg', topPerCell: 3, minCount: 2 },
    ],
    [['render', 'a.csv', '-o', 'a.svg', '--top', '0'], { kind: 'run', command: 'render', input: 'a.csv', output: 'a.svg', topPerCell: 0 }],
    [['validate', 'a.xlsx', '--sheet', 'Entretiens'], { kind: 'run', command: 'validate', input: 'a.xlsx', sheet: 'Entretiens' }],
    [['convert', 'a.ods', '--sheet', '2', '-o', 'a.json'], { kind: 'run', command: 'convert', input: 'a.ods', output: 'a.json', sheet: '2' }],
    [['demo'], { kind: 'run', command: 'demo' }],
    [['demo', 'my-samples', '-o', 'pictures'], { kind: 'run', command: 'demo', input: 'my-samples', output: 'pictures' }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['render', '--help'], { kind: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate', 'a.csv'], 'unknown command "frobnicate"'],
    [['validate'], 'validate needs a file'],
    [['validate', 'a.csv', 'b.csv'], 'validate takes one file'],
    [['convert', 'a.csv'], 'convert needs an output file: -o <file>'],
    [['render', 'a.csv'], 'render needs an output file: -o <file>'],
    [['render', 'a.csv', '-o', 'a.svg', '--palette', 'pink'], '--palette must be light or dark'],
    [['render', 'a.csv', '-o', 'a.svg', '--top', 'three'], '--top must be a whole number from 0, not "three"'],
    [['render', 'a.csv', '-o', 'a.svg', '--top=-1'], '--top must be a whole number from 0'],
    [['render', 'a.csv', '-o', 'a.svg', '--min-count', '0'], '--min-count must be a whole number from 1, not "0"'],
    [['render', 'a.csv', '-o', 'a.svg', '--min-count', '2.5'], '--min-count must be a whole number from 1'],
    [['validate', 'a.xlsx', '--sheet', ' '], '--sheet needs a sheet name or number'],
    [['validate', 'a.csv', '--verbose'], "Unknown option '--verbose'"],
    [['convert', 'a.csv', '-o'], "Option '-o, --output <value>' argument missing"],
  ])('says why %j is misuse', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('misuse');
    expect(parsed.kind === 'misuse' && parsed.message).toContain(message);
  });
});
