// Registers the widgets casebook's pages use, from the built package: the participant's seven and the report.
import '@coproduce/elements/feedback'
import '@coproduce/elements/consent'
import '@coproduce/elements/updates'
import '@coproduce/elements/principles-report'
import '@coproduce/elements/decision'
import '@coproduce/elements/agreement'
import '@coproduce/elements/my-involvement'
