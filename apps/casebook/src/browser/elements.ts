// Registers <cp-feedback>, <cp-consent>, <cp-updates> and <cp-principles-report>.
import '@coproduce/elements'
