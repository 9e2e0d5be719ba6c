// Registers the widgets casebook's pages use, from the built package: the participant's seven, the report and the staff widgets.
import '@coproduce/elements/feedback'
import '@coproduce/elements/consent'
import '@coproduce/elements/updates'
import '@coproduce/elements/principles-report'
import '@coproduce/elements/decision'
import '@coproduce/elements/agreement'
import '@coproduce/elements/my-involvement'
// The staff widgets: the feedback inbox, the "you said, we did" editor, sessions, payments and members.
import '@coproduce/elements/feedback-inbox'
import '@coproduce/elements/update-editor'
import '@coproduce/elements/sessions'
import '@coproduce/elements/payments'
import '@coproduce/elements/members'
