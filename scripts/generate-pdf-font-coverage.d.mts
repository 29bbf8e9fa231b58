export declare function renderCoverageModule(readFont: (file: string) => Uint8Array): string;
