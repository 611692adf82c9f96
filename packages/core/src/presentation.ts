// Formatting every surface shares (CLI, HTML report, language server, VS Code, Word), with no
// engine attached: editor clients can bundle this entry alone.
export {formatCount, oneOrMany, openingWords, openingWordsEnd, plural} from './lib/presentation/wording.js'
export {describeReadingAge, describeUnmeasured, describeVerdict, formatReadingAge, readingAgeVerdict} from './lib/presentation/reading-age.js'
export type {ReadingAgeVerdict} from './lib/presentation/reading-age.js'
export {countSeverities, describeFindings, describeSeverityCounts, severityLevels, severityNames} from './lib/presentation/severity.js'
export type {SeverityCounts} from './lib/presentation/severity.js'
export {isDocsUrl, localRulesPage, ruleDocsLink, rulesPageName} from './lib/presentation/docs-link.js'
export {describeParagraph, describeParagraphPlace, paragraphPlacer} from './lib/presentation/paragraph-place.js'
export type {ParagraphPlace} from './lib/presentation/paragraph-place.js'
export {html, Html, raw, safeHref, pageSecurityPolicy, securityPolicyMeta} from './lib/text/html.js'
export type {HtmlValue, PageAssets} from './lib/text/html.js'
