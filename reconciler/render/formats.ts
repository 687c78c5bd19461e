// The output formats, in their own module so that the command line lists them without loading the renderers.
export type OutputFormat = 'text' | 'markdown' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

/** `reconcile status` also writes CSV and one HTML page. */
export type StatusFormat = OutputFormat | 'csv' | 'html';
export const STATUS_FORMATS: readonly StatusFormat[] = [...OUTPUT_FORMATS, 'csv', 'html'];
