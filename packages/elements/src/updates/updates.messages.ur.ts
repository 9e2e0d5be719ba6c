import type { Translation } from '../shared/i18n.js'
import type { UpdatesMessages } from './updates.messages.js'

/** Urdu: loaded only when a widget shows Urdu. */
const ur: Translation<UpdatesMessages> = {
  heading: 'آپ نے کہا، ہم نے کیا',
  newCount: 'آپ کے پچھلے دورے کے بعد سے {count} نئے',
  loading: 'اپ ڈیٹس لوڈ ہو رہی ہیں…',
  empty: 'ابھی کوئی اپ ڈیٹ نہیں ہے۔ جب ہم لوگوں کی بات پر عمل کریں گے، تو آپ اسے یہاں دیکھیں گے۔',
  emptyFilter: 'اس حالت کی کوئی اپ ڈیٹ نہیں ہے۔',
  error: 'معاف کیجیے، ہم اپ ڈیٹس لوڈ نہیں کر سکے۔ اس میں آپ کی کوئی غلطی نہیں۔ براہ کرم بعد میں دوبارہ کوشش کریں۔',
  offline: 'لگتا ہے آپ آف لائن ہیں۔ جب آپ دوبارہ آن لائن ہوں گے تو اپ ڈیٹس لوڈ ہو جائیں گی۔',
  retry: 'دوبارہ کوشش کریں',
  filterLegend: 'دکھائیں',
  all: 'سب',
  planned: 'منصوبے میں',
  'in-progress': 'جاری ہے',
  done: 'ہو گیا',
  'not-possible': 'ممکن نہیں',
  youSaid: 'آپ نے کہا',
  weDid: 'ہم نے کیا',
  because: 'یہ ممکن کیوں نہیں: {reason}',
  progress: 'کتنا کام ہوا',
  progressValue: '{value}% مکمل',
  published: '{date} کو شیئر کیا گیا',
  answers: 'یہ {count} آراء کا جواب ہے۔',
  answersOne: 'یہ 1 رائے کا جواب ہے۔',
  quotes: 'لوگوں نے کیا کہا',
  yourWords: 'آپ کے الفاظ',
  thanks: 'شکریہ',
  yours: 'آپ نے اس میں مدد کی',
  isNew: 'آپ کے پچھلے دورے کے بعد سے نیا',
  shown: '{total} میں سے {shown} اپ ڈیٹس دکھائی جا رہی ہیں',
  notes: 'کیا بدلا',
  showMore: 'مزید اپ ڈیٹس دکھائیں',
  months: '',
}

export default ur
