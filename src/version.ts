/** srcgit's version, shown by `--version` and in generated texts. Kept in step with package.json by a test. */
export const VERSION = '1.0.0'
