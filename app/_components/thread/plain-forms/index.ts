export { PlainCommentControls } from "./plain-comment-controls";
export { PlainCommentForm } from "./plain-comment-form";
export { PlainDeleteForm } from "./plain-delete-form";
export { PlainEditForm } from "./plain-edit-form";
export { PlainForm, type PlainAction, type PlainFormOptions } from "./plain-form";
export { PlainReportForm } from "./plain-report-form";
export { PlainVoteForm } from "./plain-vote-form";
