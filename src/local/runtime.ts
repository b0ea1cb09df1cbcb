/** The bundle loader's public entry (implementation in src/local/emu/runtime.ts). */
export * from './emu/runtime';
