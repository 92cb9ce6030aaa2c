import type { PanelStrings } from '../panel-strings.js';
import { addPersona, editPersona, removePersona, type PersonaForm, type TemplateForm } from '../state/template-form.js';

interface Props {
  form: TemplateForm;
  strings: PanelStrings;
  onChange: (form: TemplateForm) => void;
}

const LISTS = [
  ['goals', 'personaGoals'],
  ['motivations', 'personaMotivations'],
  ['frustrations', 'personaFrustrations'],
] as const satisfies readonly (readonly [keyof PersonaForm, keyof PanelStrings])[];

/**
 * The template's personas: each with a name, a description, and goals, motivations and frustrations
 * one per line, in its own group; add and remove. Each named persona gets its box on the map.
 */
export function PersonaFields({ form, strings, onChange }: Props) {
  return (
    <fieldset class="pc-list pc-personas">
      <legend>{strings.personas}</legend>
      <p class="pc-hint">{strings.personasHint}</p>
      {form.personas.map((persona, index) => {
        const label = persona.name.trim() || strings.personaNumber(index + 1);
        return (
          <fieldset class="pc-persona" key={index}>
            <legend>{strings.personaNumber(index + 1)}</legend>
            <label class="pc-field">
              <span>{strings.personaName}</span>
              <input type="text" value={persona.name} maxLength={500} onInput={(event) => onChange(editPersona(form, index, { name: event.currentTarget.value }))} />
            </label>
            <label class="pc-field">
              <span>{strings.personaDescription}</span>
              <textarea rows={2} value={persona.description} maxLength={2000} onInput={(event) => onChange(editPersona(form, index, { description: event.currentTarget.value }))} />
            </label>
            {LISTS.map(([field, words]) => (
              <label class="pc-field" key={field}>
                <span>{strings[words]}</span>
                <textarea rows={2} value={persona[field]} maxLength={10_000} onInput={(event) => onChange(editPersona(form, index, { [field]: event.currentTarget.value }))} />
              </label>
            ))}
            <button type="button" class="pc-link" onClick={() => onChange(removePersona(form, index))}>
              {strings.remove(label)}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="pc-link" onClick={() => onChange(addPersona(form))} disabled={form.personas.length >= 20}>
        + {strings.addPersona}
      </button>
    </fieldset>
  );
}
