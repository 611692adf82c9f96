import type {Audience} from '@plainspeak/base'

/**
 * The well-known lists that build on each other: board readers also know the public list, staff
 * readers the board list. The patient list stands alone: a patient reading about their own care
 * knows a few clinical acronyms (GP, A&E, MRI), not every one the public list holds (CT, BMI).
 */
export const cumulativeAudiences: readonly Audience[] = ['public', 'board', 'staff']
