// Vitest runs outside React's server environment; the `server-only` guard is Next's concern.
export {};
