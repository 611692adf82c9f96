/** Output formats, one module each. Adding a format is one module and one entry here. */
import {createGithubReporter} from './github.js'
import {createGitlabReporter} from './gitlab.js'
import {createHtmlReporter} from './html.js'
import {createJsonReporter} from './json.js'
import {createSarifReporter} from './sarif.js'
import {createStylishReporter} from './stylish.js'
import type {ReporterDefinition} from './types.js'

export const reporters = {
  stylish: {create: createStylishReporter, needsText: false, forPeople: true, summary: 'findings grouped by file, for people (default)'},
  json: {create: createJsonReporter, needsText: false, forPeople: false, summary: '[{path, messages, stats}] for other tools'},
  sarif: {create: createSarifReporter, needsText: false, forPeople: false, summary: 'SARIF 2.1.0 for code scanning'},
  github: {create: createGithubReporter, needsText: false, forPeople: true, summary: 'GitHub Actions annotations'},
  gitlab: {create: createGitlabReporter, needsText: false, forPeople: false, summary: 'GitLab code-quality report for merge requests'},
  html: {create: createHtmlReporter, needsText: true, forPeople: false, summary: 'one self-contained page with the text, charts and findings'}
} satisfies Record<string, ReporterDefinition>

export type ReportFormat = keyof typeof reporters

export const reportFormats = Object.keys(reporters) as ReportFormat[]
