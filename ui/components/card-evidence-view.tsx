import type { EvidenceStrings } from '../evidence-strings.js';
import type { CardEvidence } from '../state/card-evidence.js';

interface Props {
  evidence: CardEvidence;
  strings: EvidenceStrings;
  onClose: () => void;
}

/** Who said the card picked in the preview, and their quotes at its stage. Every text from the file is Preact text, never markup. */
export function CardEvidenceView({ evidence, strings, onClose }: Props) {
  const { card } = evidence;
  const count = card.count ?? card.sources.length;
  return (
    <section class="pc-evidence" aria-label={strings.whoSaid}>
      <div class="pc-inline">
        <strong>{card.text}</strong>
        <button type="button" class="pc-link" onClick={onClose}>
          {strings.close}
        </button>
      </div>
      <p class="pc-muted">
        {evidence.stage} · {evidence.lane}
      </p>
      {card.sources.length === 0 ? (
        <p class="pc-muted">{strings.noSources}</p>
      ) : (
        <>
          <h3 class="pc-subheading">
            {strings.whoSaid} · {strings.saidBy(count)}
          </h3>
          <p class="pc-sources">
            {evidence.shown.join(', ')}
            {evidence.hidden > 0 ? ` ${strings.more(evidence.hidden)}` : ''}
          </p>
          <h3 class="pc-subheading">{strings.quotes}</h3>
          {evidence.quotes.length === 0 ? (
            <p class="pc-muted">{strings.noQuotes}</p>
          ) : (
            <ul class="pc-quotes">
              {evidence.quotes.map((quote) => (
                <li key={quote.text}>
                  « {quote.text} » <span class="pc-muted">— {quote.by.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
