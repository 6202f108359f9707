// Preloaded into the Next.js server that `npm start` spawns. The server is started with an IPC
// channel to the launcher; if the launcher dies, even by SIGKILL, the channel closes and the
// server exits too instead of lingering as an orphan that holds the port.
if (typeof process.send === "function") {
  process.on("disconnect", () => process.exit(0));
  // The channel itself must not keep the server alive or block its normal exit.
  if (process.channel && typeof process.channel.unref === "function") process.channel.unref();
}
