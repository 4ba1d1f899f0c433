// Scene keys as constants: a typo is a compile error, not a blank screen.
export const SceneKey = { Table: 'table' } as const;
