import { defineConfig } from 'vite';
import { deckViteConfig } from './src/build/vite-config.ts';

// See src/build/vite-config.ts: `npm run build` and the tools use the same configuration.
export default defineConfig(deckViteConfig());
