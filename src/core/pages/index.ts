// Subordinate pages of a supervisor: references, list import, the table, its export.

export * from './page-ref';
export * from './csv';
export * from './import-list';
export * from './supervisor-table';
export * from './supervisor-replies';
export * from './export';
