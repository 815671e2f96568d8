import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      // Two entries over one core: the Electron shell and the headless shell (`npm run serve`).
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), serve: resolve('src/main/serve.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only be CommonJS and can only require('electron'): bundle the
      // contract (and zod) into it and emit .cjs, since package.json says "type": "module".
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
