"use client";

import { useEffect, useState } from "react";

// On a phone the questionnaire shows one dimension at a time instead of a ~19-screen scroll, with a
// list to jump between dimensions that marks the answered ones, and previous/next. On wider screens
// every dimension stays on the page and the list jumps to it. The questions themselves are not
// touched: a style rule hides the others on narrow screens, so the answers keep their own state.

type PagerProps = {
  dimensions: readonly { id: string; name: string }[];
  answeredIds: readonly string[];
};

const PHONE = "(max-width: 639px)";

export function DimensionPager({ dimensions, answeredIds }: PagerProps) {
  const [currentId, setCurrentId] = useState(() => dimensions.find((dimension) => !answeredIds.includes(dimension.id))?.id ?? dimensions[0]!.id);
  const index = dimensions.findIndex((dimension) => dimension.id === currentId);
  const answered = new Set(answeredIds);

  function show(id: string) {
    setCurrentId(id);
    // Wide screens keep every question on the page: jump to it. Phones show it in place of the last,
    // and go to its top (not the page's: a follow-up round lists last time's answers above it).
    requestAnimationFrame(() => document.getElementById(`question-${id}`)?.scrollIntoView({ block: "start" }));
  }

  // Arriving with #question-<id> in the address (the "Go to …" link) shows that dimension.
  useEffect(() => {
    const fromHash = () => {
      const id = window.location.hash.replace(/^#question-/, "");
      if (dimensions.some((dimension) => dimension.id === id)) setCurrentId(id);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [dimensions]);

  const selector = `[id="question-${currentId}"]`;
  return (
    <nav aria-label="Dimensions" className="flex w-full flex-wrap items-center gap-2">
      <style>{`@media ${PHONE} {
  section[id^="question-"]:not(${selector}) { display: none; }
  section[aria-labelledby^="category-"]:not(:has(${selector})) { display: none; }
}`}</style>
      <label htmlFor="dimension-jump" className="sr-only">
        Go to dimension
      </label>
      <select
        id="dimension-jump"
        value={currentId}
        onChange={(event) => show(event.target.value)}
        className="h-11 min-w-0 flex-1 rounded-md border border-line bg-surface px-2 text-base sm:max-w-sm"
      >
        {dimensions.map((dimension, position) => (
          <option key={dimension.id} value={dimension.id}>
            {answered.has(dimension.id) ? "✓ " : "○ "}
            {position + 1}. {dimension.name}
            {answered.has(dimension.id) ? " (answered)" : ""}
          </option>
        ))}
      </select>
      <p className="sr-only sm:hidden" aria-live="polite">
        Showing dimension {index + 1} of {dimensions.length}: {dimensions[index]?.name}
      </p>
      <span className="flex gap-2 sm:hidden">
        <button type="button" className="h-11 rounded-md border border-line bg-surface px-3 font-medium disabled:opacity-50" disabled={index <= 0} onClick={() => show(dimensions[index - 1]!.id)}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <button type="button" className="h-11 rounded-md bg-brand-600 px-3 font-medium text-white disabled:opacity-50" disabled={index >= dimensions.length - 1} onClick={() => show(dimensions[index + 1]!.id)}>
          Next <span aria-hidden="true">→</span>
        </button>
      </span>
    </nav>
  );
}
