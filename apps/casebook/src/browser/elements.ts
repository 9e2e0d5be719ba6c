// Registers <cp-feedback>, <cp-consent>, <cp-updates> and <cp-principles-report> from the built package.
import '@coproduce/elements/feedback'
import '@coproduce/elements/consent'
import '@coproduce/elements/updates'
import '@coproduce/elements/principles-report'
