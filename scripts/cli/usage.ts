/** The help text `parcours --help` prints and misuse repeats. */
export const USAGE = `Usage: parcours <command> [options]

Commands:
  validate <file>              Show how a file is read: format, encoding, delimiter, emotion scale,
                               column mapping, counts, and every problem with its row and column.
                               Exit 0 when importable, 1 when not.
  convert <file> -o <out>      Convert to .json, .mmd (Mermaid journey) or .csv (wide template).
  render <file> -o <out>       Draw the map as .svg or .html (also accepts .json, .mmd, .csv).
  compare <before> <after> -o <out>
                               Compare two waves of a study (or an as-is and a to-be map): emotion
                               per stage and persona before and after with n, the change and whether
                               it is beyond noise (Welch's t), pain points new, resolved, persisting.
                               Writes .json (the comparison), .html (a readout) or .svg (the new map
                               with the previous wave dashed).
  demo [samples-dir]           Render every sample to out/<name>.html and out/<name>.svg.

Input files: .csv (wide, interview or survey; , ; or tab; UTF-8, UTF-16 or Windows-1252),
.json (a saved journey), .mmd (a Mermaid journey diagram).

Options:
  -o, --output <file>          Output file; its extension chooses the format.
      --lanes <a,b,…>          render: lanes to draw, in order (lane ids, kinds or titles).
      --palette <light|dark>   render: colour palette (default light).
      --lang <fr|en>           compare: language of the report and messages (default: LC_ALL/LANG).
      --pair <before=after>    compare: a stage renamed between the waves (repeatable).
  -h, --help                   Show this help.

Exit codes: 0 success, 1 bad input (located messages), 2 misuse.`;
