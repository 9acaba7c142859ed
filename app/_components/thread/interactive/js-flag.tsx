"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Tells a server action the form was sent by the enhanced page, so it answers in place instead of redirecting. */
export function JsFlag() {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  return hydrated ? <input type="hidden" name="js" value="1" /> : null;
}
