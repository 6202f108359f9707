// Vitest runs outside React's server environment, where the real `server-only` package throws on
// import. Tests import server modules directly, so it resolves to this empty module there.
export {};
