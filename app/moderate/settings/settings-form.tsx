"use client";

import { useActionState } from "react";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/lib/forms/form-state";
import type { ModerationRuleSettings } from "@/lib/moderation/rules/types";
import { updateSettingsAction } from "./actions";

type Props = { site: string; settings: ModerationRuleSettings; siteCount: number };

export function SettingsForm({ site, settings, siteCount }: Props) {
  const [state, action, pending] = useActionState(updateSettingsAction, idleFormState);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="form" aria-label="Moderation rules">
      <input type="hidden" name="site" value={site} />
      <label className="choice">
        <input type="checkbox" name="premoderation" defaultChecked={settings.premoderation} /> Pre-moderation: every new comment waits for approval
      </label>
      <WordList name="bannedWords" label="Banned words (refused with a message)" words={settings.bannedWords} errors={errors?.bannedWords} />
      <WordList name="suspectWords" label="Suspect words (held for review)" words={settings.suspectWords} errors={errors?.suspectWords} />
      <Field name="maxLinks" label="Hold comments with more links than" type="number" required={false} defaultValue={settings.maxLinks?.toString() ?? ""} hint="Empty turns this off." errors={errors?.maxLinks} />
      <Field name="newAccountHoldCount" label="Hold the first comments of a new account" type="number" defaultValue={String(settings.newAccountHoldCount)} hint="0 turns this off." errors={errors?.newAccountHoldCount} />
      <Field name="reportHideThreshold" label="Hide a comment reported by this many readers" type="number" required={false} defaultValue={settings.reportHideThreshold?.toString() ?? ""} hint="Empty turns this off." errors={errors?.reportHideThreshold} />
      {siteCount > 1 ? (
        <label className="choice">
          <input type="checkbox" name="everySite" /> Apply these rules to every site ({siteCount} sites)
        </label>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        Save rules
      </button>
    </form>
  );
}

function WordList({ name, label, words, errors }: { name: string; label: string; words: readonly string[]; errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={`words-${name}`}>{label}</label>
      <p id={`words-${name}-hint`} className="field__hint">
        One per line. Matching ignores case, extra spaces, repeated letters and look-alike characters.
      </p>
      <textarea id={`words-${name}`} name={name} rows={5} defaultValue={words.join("\n")} aria-describedby={`words-${name}-hint`} />
      {errors?.length ? <p className="field__error">{errors.join(" ")}</p> : null}
    </div>
  );
}
