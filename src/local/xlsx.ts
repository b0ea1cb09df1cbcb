/** xlsx persistence's public entry (implementation in src/local/emu/xlsx.ts). */
export * from './emu/xlsx';
