// Preloaded into Prisma CLI processes: the WASM schema engine arms a 10 s timer after
// `migrate deploy` that keeps the process alive for nothing. Timers of 10 s or more are unref'd
// so the process exits when its real work is done.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (typeof delay === "number" && delay >= 10_000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
