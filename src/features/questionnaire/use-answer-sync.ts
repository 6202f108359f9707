"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

import type { ServerAnswers } from "./answer-draft";
import { createAnswerSync } from "./answer-sync";

type Options = { token: string; initialAnswers: ServerAnswers; isOpen: boolean };

function browserStorage() {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: answers still sync while the tab is open
  }
}

/** The questionnaire's view of answer syncing (see answer-sync.ts). */
export function useAnswerSync({ token, initialAnswers, isOpen }: Options) {
  // Created once per page; the server render gets one too, but only the browser starts it.
  const [sync] = useState(() => createAnswerSync({ token, initialAnswers, isOpen, storage: browserStorage() }));
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);
  // Starts after hydration: the server cannot see this device's storage.
  useEffect(() => sync.start(window), [sync]);
  return { snapshot, update: sync.update, flush: sync.flush };
}
