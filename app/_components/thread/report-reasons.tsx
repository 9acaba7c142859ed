import type { ThreadMessages } from "@/lib/threads/messages";

/** The report form's choice of reason, the first chosen: shared by the page's form and the plain one. */
export function ReportReasons({ messages: m }: { messages: ThreadMessages }) {
  return (
    <fieldset>
      <legend>{m.reportLegend}</legend>
      {Object.entries(m.reportReasons).map(([value, label], i) => (
        <label key={value} className="choice">
          <input type="radio" name="reason" value={value} required defaultChecked={i === 0} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
