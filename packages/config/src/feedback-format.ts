export {dismissalReasonLabels, dismissalReasons, feedbackRecordHeader, formatDismissal, formatFeedbackRecord, newDismissals} from './lib/feedback-format.js'
export type {Dismissal, DismissalReason} from './lib/feedback-format.js'
