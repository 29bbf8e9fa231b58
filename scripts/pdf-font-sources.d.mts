export declare const PDF_FONT_SOURCES: Record<
  'hebrew' | 'arabic' | 'devanagari' | 'thai' | 'japanese' | 'korean' | 'chinese' | 'arrows' | 'math' | 'symbols' | 'emoji',
  { font: string; licence: string }
>;
export declare const PDF_BASE_FONT_SOURCE: string;
