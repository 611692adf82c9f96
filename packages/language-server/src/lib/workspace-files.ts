/**
 * The files "check workspace" reads: the workspace folders walked by the same file discovery as
 * the `plainspeak` command (`findFiles` in @plainspeak/config: core's document extensions,
 * `.gitignore` and `.plainspeakignore` honoured, links never followed out of the folder, each
 * file once however many names or workspace folders reach it).
 */
import {findFiles, type FoundFile} from '@plainspeak/config'
import {formatFromPath, languageIdOfFormat} from '@plainspeak/core'

/** Most files one "check workspace" reads. */
export const maxWorkspaceFiles = 5000

export async function workspaceFiles(folders: readonly string[]): Promise<FoundFile[]> {
  const seen = new Set<string>()
  const files: FoundFile[] = []
  // Each folder is walked from itself, so its own ignore files apply.
  for (const folder of folders) files.push(...(await findFiles(['.'], folder, {seen})).files)
  return files.slice(0, maxWorkspaceFiles)
}

/** The editor language id of a file on disk, from its extension. */
export const languageIdOf = (file: string): string => languageIdOfFormat[formatFromPath(file)]
