/**
 * `office-addin-mock` imports `office-addin-manifest` (a Node tool) only for
 * this enum. The browser bundle of the fake uses this instead.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word'
}
