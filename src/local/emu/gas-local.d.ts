/** The part of gas-local (MIT, ships no types) the bundle loader uses. */
declare module 'gas-local' {
  const gasLocal: {
    /** Runs every file of `folder` that passes `filter` in `context` (vm.createContext of it); returns the context. */
    require(folder: string, context: object, options?: { filter?: (file: string) => boolean }): object;
  };
  export default gasLocal;
}
