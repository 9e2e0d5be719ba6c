import type { PurposeWords } from '../schemas/consent.js'

const UNTIL_STOP_CY = 'Nes i chi ddweud stop. Gallwch chi ddweud stop unrhyw bryd.'
const READERS_CY = 'Unrhyw un sy’n darllen ein diweddariadau a’n hadroddiadau.'
const RUNNERS_CY = 'Y bobl sy’n rhedeg y gwaith hwn.'
const UNTIL_STOP_UR = 'جب تک آپ رکنے کا نہ کہیں۔ آپ کسی بھی وقت رکنے کا کہہ سکتے ہیں۔'
const READERS_UR = 'ہر وہ شخص جو ہماری اپ ڈیٹس اور رپورٹس پڑھتا ہے۔'
const RUNNERS_UR = 'وہ لوگ جو یہ کام چلاتے ہیں۔'

/**
 * The default purposes in Welsh and Urdu, in the same plain words as the English. A person whose browser asks for
 * one of these reads it, and those are the words recorded with their answer.
 */
export const DEFAULT_PURPOSE_TRANSLATIONS: Record<string, Record<'cy' | 'ur', PurposeWords>> = {
  'store-contribution': {
    cy: {
      title: 'Gawn ni gadw’r hyn rydych chi’n ei ddweud wrthym ni?',
      description:
        'Byddwn ni’n cadw eich geiriau, eich sgoriau a’ch lluniau, er mwyn i’r grŵp allu edrych arnyn nhw eto a gwneud rhywbeth amdanyn nhw.',
      audience: RUNNERS_CY,
      retention: { description: 'Rydyn ni’n eu cadw nes i’r gwaith ddod i ben, ac yna am flwyddyn arall.' },
    },
    ur: {
      title: 'کیا ہم وہ رکھ سکتے ہیں جو آپ ہمیں بتاتے ہیں؟',
      description: 'ہم آپ کے الفاظ، ریٹنگز اور تصویریں رکھیں گے تاکہ گروپ انہیں دوبارہ دیکھ سکے اور ان پر کام کر سکے۔',
      audience: RUNNERS_UR,
      retention: { description: 'ہم انہیں کام ختم ہونے تک رکھتے ہیں، پھر ایک سال اور۔' },
    },
  },
  'quote-anonymously': {
    cy: {
      title: 'Gawn ni rannu eich geiriau heb eich enw?',
      description:
        'Efallai y byddwn ni’n dangos beth ddywedoch chi mewn diweddariadau ac adroddiadau. Fyddwn ni ddim yn dweud pwy ddywedodd e.',
      audience: READERS_CY,
      retention: { description: UNTIL_STOP_CY },
    },
    ur: {
      title: 'کیا ہم آپ کے الفاظ آپ کے نام کے بغیر شیئر کر سکتے ہیں؟',
      description: 'ہم آپ کی کہی ہوئی بات اپ ڈیٹس اور رپورٹس میں دکھا سکتے ہیں۔ ہم یہ نہیں بتائیں گے کہ یہ کس نے کہا۔',
      audience: READERS_UR,
      retention: { description: UNTIL_STOP_UR },
    },
  },
  'quote-with-name': {
    cy: {
      title: 'Gawn ni rannu eich geiriau gyda’ch enw?',
      description: 'Efallai y byddwn ni’n dangos beth ddywedoch chi mewn diweddariadau ac adroddiadau, gyda’ch enw wrth ei ymyl.',
      audience: READERS_CY,
      retention: { description: UNTIL_STOP_CY },
    },
    ur: {
      title: 'کیا ہم آپ کے الفاظ آپ کے نام کے ساتھ شیئر کر سکتے ہیں؟',
      description: 'ہم آپ کی کہی ہوئی بات اپ ڈیٹس اور رپورٹس میں آپ کے نام کے ساتھ دکھا سکتے ہیں۔',
      audience: READERS_UR,
      retention: { description: UNTIL_STOP_UR },
    },
  },
  'credit-by-name': {
    cy: {
      title: 'Gawn ni ddiolch i chi wrth eich enw?',
      description: 'Efallai y byddwn ni’n rhoi eich enw mewn rhestr o bobl a helpodd i wneud i hyn ddigwydd.',
      audience: READERS_CY,
      retention: { description: UNTIL_STOP_CY },
    },
    ur: {
      title: 'کیا ہم آپ کا نام لے کر آپ کا شکریہ ادا کر سکتے ہیں؟',
      description: 'ہم آپ کا نام ان لوگوں کی فہرست میں لکھ سکتے ہیں جنہوں نے یہ کام ممکن بنانے میں مدد کی۔',
      audience: READERS_UR,
      retention: { description: UNTIL_STOP_UR },
    },
  },
  'contact-with-updates': {
    cy: {
      title: 'Gawn ni ddweud wrthych chi beth ddigwyddodd nesaf?',
      description: 'Byddwn ni’n cysylltu â chi, yn y ffordd a ddewisoch chi, i ddweud beth wnaethon ni gyda’r hyn a ddywedoch chi.',
      audience: RUNNERS_CY,
      retention: { description: 'Nes i’r gwaith ddod i ben, neu nes i chi ddweud stop.' },
    },
    ur: {
      title: 'کیا ہم آپ کو بتا سکتے ہیں کہ آگے کیا ہوا؟',
      description: 'ہم آپ کے چنے ہوئے طریقے سے آپ سے رابطہ کریں گے، یہ بتانے کے لیے کہ ہم نے آپ کی بات پر کیا کیا۔',
      audience: RUNNERS_UR,
      retention: { description: 'کام ختم ہونے تک، یا جب تک آپ رکنے کا نہ کہیں۔' },
    },
  },
  'share-with-partners': {
    cy: {
      title: 'Gawn ni rannu beth ddywedoch chi gyda’n partneriaid?',
      description:
        'Efallai y byddwn ni’n rhannu beth ddywedoch chi gyda grwpiau eraill rydyn ni’n gweithio gyda nhw, er mwyn iddyn nhw allu helpu i newid pethau hefyd.',
      audience: 'Grwpiau eraill rydyn ni’n gweithio gyda nhw ar hyn.',
      retention: { description: 'Mae pob grŵp yn ei gadw dim ond cyhyd ag y mae’r gwaith ei angen.' },
    },
    ur: {
      title: 'کیا ہم آپ کی بات اپنے ساتھی گروپوں کے ساتھ شیئر کر سکتے ہیں؟',
      description:
        'ہم آپ کی بات ان دوسرے گروپوں کے ساتھ شیئر کر سکتے ہیں جن کے ساتھ ہم کام کرتے ہیں، تاکہ وہ بھی چیزیں بدلنے میں مدد کر سکیں۔',
      audience: 'دوسرے گروپ جن کے ساتھ ہم اس کام پر مل کر کام کرتے ہیں۔',
      retention: { description: 'ہر گروپ اسے صرف اتنی دیر رکھتا ہے جتنی کام کو ضرورت ہو۔' },
    },
  },
  'photo-and-video': {
    cy: {
      title: 'Gawn ni dynnu lluniau neu wneud fideos gyda chi ynddyn nhw?',
      description:
        'Efallai y byddwn ni’n tynnu lluniau neu’n gwneud fideos yn ein cyfarfodydd, a’u dangos mewn diweddariadau ac adroddiadau.',
      audience: READERS_CY,
      retention: { description: UNTIL_STOP_CY },
    },
    ur: {
      title: 'کیا ہم ایسی تصویریں یا ویڈیوز بنا سکتے ہیں جن میں آپ ہوں؟',
      description: 'ہم اپنی ملاقاتوں میں تصویریں یا ویڈیوز بنا سکتے ہیں اور انہیں اپ ڈیٹس اور رپورٹس میں دکھا سکتے ہیں۔',
      audience: READERS_UR,
      retention: { description: UNTIL_STOP_UR },
    },
  },
}
