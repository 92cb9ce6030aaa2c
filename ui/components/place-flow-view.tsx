import type { ComponentChildren } from 'preact';
import { wordMessage } from '../../core/src/index.js';
import type { PanelStrings } from '../panel-strings.js';
import type { PlaceFlow } from '../state/place-flow.js';
import { summarizePlan, type PlanChange } from '../state/plan-summary.js';
import { ProblemList } from './import-report-view.js';

interface Props {
  flow: PlaceFlow;
  strings: PanelStrings;
  canPlace: boolean;
  /** What the host says placing the plan will take (items, credits, time), shown before applying. */
  estimate?: string;
  /** Shown in the plan after its counts, before anything is placed (the previous wave's deltas). */
  planExtra?: ComponentChildren;
  onPlace: () => void;
  onConfirm: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** Kept and waiting items have their own lines and notes; the other changes come in groups (`PlanSummary.groups`). */
const KEPT_ORDER: PlanChange[] = ['keep', 'waiting'];

/** "Place on board", then the plan to confirm with its cost, the progress with Cancel, and the summary. */
export function PlaceFlowView({ flow, strings, canPlace, estimate, planExtra, onPlace, onConfirm, onBack, onCancel }: Props) {
  switch (flow.step) {
    case 'planned': {
      const summary = summarizePlan(flow.plan);
      const label: Record<PlanChange, string> = {
        add: strings.planAdd,
        update: strings.planUpdate,
        move: strings.planMove,
        remove: strings.planRemove,
        keep: strings.planKeep,
        waiting: strings.planWaitingTag,
      };
      const count = (change: PlanChange, n: number) => (change === 'keep' ? strings.planKeepCount(n) : change === 'waiting' ? strings.planWaitingCount(n) : label[change]);
      return (
        <section class="pc-card" aria-labelledby="pc-plan-title">
          <h3 class="pc-subtitle" id="pc-plan-title">
            {strings.planTitle}
          </h3>
          {summary.changes === 0 && summary.counts.keep === 0 && summary.counts.waiting === 0 ? (
            <p>{strings.upToDate}</p>
          ) : (
            <ul class="pc-counts">
              {summary.groups.map((group, index) => (
                <li key={`g${index}`} class={`pc-count pc-${group.change}`}>
                  {group.change === 'rename' ? (
                    strings.planRenamed(group.labels[0] ?? '', group.labels[1] ?? '')
                  ) : (
                    <details class="pc-group">
                      <summary>{strings.planGroup(group.change, group.category, group.count)}</summary>
                      {/* A list that scrolls takes the focus, so a keyboard can scroll it (WCAG 2.1.1). */}
                      <ul class="pc-plan-items" tabIndex={0} aria-label={strings.planGroup(group.change, group.category, group.count)}>
                        {group.labels.map((text, at) => (
                          <li key={at}>{text}</li>
                        ))}
                        {group.count > group.labels.length && <li class="pc-muted">… +{group.count - group.labels.length}</li>}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
              {KEPT_ORDER.filter((change) => summary.counts[change] > 0).map((change) => (
                <li key={change} class={`pc-count pc-${change}`}>
                  <strong>{summary.counts[change]}</strong> {count(change, summary.counts[change])}
                  {change === 'keep' && summary.counts.beside > 0 && (
                    <>
                      {' '}
                      (<strong>{summary.counts.beside}</strong> {strings.planBeside(summary.counts.beside)})
                    </>
                  )}
                </li>
              ))}
              {summary.counts.unchanged > 0 && (
                <li class="pc-count">
                  <strong>{summary.counts.unchanged}</strong> {strings.planUnchanged}
                </li>
              )}
            </ul>
          )}
          {planExtra}
          {summary.items.some((item) => item.change === 'keep' || item.change === 'waiting') && (
            <details class="pc-details">
              <summary>{strings.planList}</summary>
              <ul class="pc-plan-items" tabIndex={0} aria-label={strings.planList}>
                {summary.items.filter((item) => item.change === 'keep' || item.change === 'waiting').map((item, index) => (
                  <li key={index} class={`pc-${item.change}`}>
                    <span class="pc-tag">{label[item.change]}</span> {item.label || strings.planNoText}
                    {item.beside !== undefined && <span class="pc-muted"> · {strings.planBesideItem(item.beside || strings.planNoText)}</span>}
                    {item.covers !== undefined && <span class="pc-muted"> · {strings.planCovers(item.covers || strings.planNoText)}</span>}
                  </li>
                ))}
                {summary.more > 0 && <li class="pc-muted">… +{summary.more}</li>}
              </ul>
            </details>
          )}
          {summary.counts.beside > 0 && (
            <p class="pc-note" data-testid="pc-kept-beside">
              {strings.keptBeside(summary.counts.beside)}
            </p>
          )}
          {summary.counts.waiting > 0 && (
            <p class="pc-note pc-warn-text" data-testid="pc-waiting">
              {strings.waiting(summary.counts.waiting)}
            </p>
          )}
          {estimate !== undefined && summary.changes > 0 && (
            <p class="pc-estimate" data-testid="pc-estimate">
              {estimate}
            </p>
          )}
          <div class="pc-actions">
            <button type="button" class="pc-button pc-secondary" onClick={onBack}>
              {strings.back}
            </button>
            <button type="button" class="pc-button" onClick={onConfirm}>
              {strings.confirm(summary.changes)}
            </button>
          </div>
        </section>
      );
    }
    case 'placing': {
      const done = flow.progress?.done ?? 0;
      const total = flow.progress?.total ?? 0;
      return (
        <section class="pc-card" aria-busy="true">
          <h3 class="pc-subtitle">{flow.cancelling ? strings.cancelling : strings.placing}</h3>
          <progress
            class="pc-progress"
            aria-label={strings.progressLabel}
            aria-valuetext={strings.progress(done, total)}
            max={Math.max(total, 1)}
            value={total > 0 ? done : undefined}
          />
          <div class="pc-actions">
            <span class="pc-muted">{total > 0 ? strings.progress(done, total) : ''}</span>
            <button type="button" class="pc-button pc-secondary" onClick={onCancel} disabled={flow.cancelling}>
              {strings.cancel}
            </button>
          </div>
        </section>
      );
    }
    case 'done': {
      const { report } = flow;
      return (
        <section class={report.failed > 0 || report.cancelled ? 'pc-card pc-warn' : 'pc-card pc-ok'} aria-labelledby="pc-done-title">
          <h3 class="pc-subtitle" id="pc-done-title">
            {report.cancelled ? strings.cancelled : strings.done}
          </h3>
          <p>{strings.summary(report.created, report.updated, report.removed)}</p>
          {(report.kept > 0 || report.failed > 0) && <p>{strings.keptFailed(report.kept, report.failed)}</p>}
          {(report.beside ?? 0) > 0 && <p data-testid="pc-kept-beside">{strings.keptBeside(report.beside ?? 0)}</p>}
          {(report.waiting ?? 0) > 0 && <p data-testid="pc-waiting">{strings.waiting(report.waiting ?? 0)}</p>}
          {report.problems.length > 0 && (
            <ProblemList
              title={strings.problems(report.problems.length)}
              problems={report.problems}
              strings={strings}
              tone={report.failed > 0 ? 'error' : 'warn'}
              open={report.failed > 0 || report.cancelled}
            />
          )}
          <div class="pc-actions">
            <button type="button" class="pc-button pc-secondary" onClick={onBack}>
              {strings.placeAgain}
            </button>
          </div>
        </section>
      );
    }
    default:
      return (
        <div class="pc-stack">
          {flow.step === 'failed' && (
            <p class="pc-error" role="alert">
              {strings.failed}: {wordMessage(flow.message, strings.lang)}
            </p>
          )}
          <button type="button" class="pc-button pc-primary-wide" disabled={!canPlace || flow.step === 'planning'} aria-busy={flow.step === 'planning'} onClick={onPlace}>
            {flow.step === 'planning' ? strings.planning : strings.place}
          </button>
        </div>
      );
  }
}
