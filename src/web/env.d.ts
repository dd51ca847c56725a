/** Vite's client types for the explorer: `?url` imports of assets (the map outline) and import.meta.env. */
/// <reference types="vite/client" />
