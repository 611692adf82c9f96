export {dismissalReasonLabels, dismissalReasons, feedbackRecordHeader, formatDismissal, formatFeedbackRecord} from './lib/feedback-format.js'
export type {Dismissal, DismissalReason} from './lib/feedback-format.js'
