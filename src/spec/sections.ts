/** Section names rpm recognises at the start of a line (rpm's partList). */
export const SECTION_NAMES = [
  'package',
  'prep',
  'generate_buildrequires',
  'conf',
  'build',
  'install',
  'check',
  'clean',
  'preun',
  'pretrans',
  'preuntrans',
  'pre',
  'postun',
  'posttrans',
  'postuntrans',
  'post',
  'files',
  'changelog',
  'description',
  'triggerpostun',
  'triggerprein',
  'triggerun',
  'triggerin',
  'trigger',
  'verifyscript',
  'sepolicy',
  'filetriggerin',
  'filetrigger',
  'filetriggerun',
  'filetriggerpostun',
  'transfiletriggerin',
  'transfiletrigger',
  'transfiletriggerun',
  'transfiletriggerpostun',
  'end',
  'patchlist',
  'sourcelist',
] as const

const HEADER = new RegExp(`^%(${SECTION_NAMES.join('|')})(?=\\s|$)(.*)$`, 'is')

/** Returns the section a header line opens, or undefined when the line is not a section header. */
export function sectionHeader(text: string): { name: string; args: string } | undefined {
  const m = HEADER.exec(text)
  if (!m) return undefined
  return { name: m[1].toLowerCase(), args: m[2].trim() }
}

/** Sections whose lines are preamble tags. */
export function isPreambleSection(name: string): boolean {
  return name === 'preamble' || name === 'package'
}
