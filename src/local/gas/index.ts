/** The Apps Script emulator's public entry (implementation in src/local/emu). */
export * from '../emu/index';
