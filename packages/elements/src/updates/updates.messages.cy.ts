import type { Translation } from '../shared/i18n.js'
import type { UpdatesMessages } from './updates.messages.js'

/** Welsh: loaded only when a widget shows Welsh. */
const cy: Translation<UpdatesMessages> = {
  heading: 'Dywedoch chi, gwnaethon ni',
  newCount: '{count} newydd ers eich ymweliad diwethaf',
  loading: 'Wrthi’n llwytho’r diweddariadau…',
  empty: 'Does dim diweddariadau eto. Pan fyddwn ni’n gweithredu ar yr hyn a ddywedodd pobl, byddwch chi’n ei weld yma.',
  emptyFilter: 'Does dim diweddariadau gyda’r statws hwn.',
  error:
    'Mae’n ddrwg gennym, doedden ni ddim yn gallu llwytho’r diweddariadau. Nid eich bai chi yw hyn. Rhowch gynnig arall arni nes ymlaen.',
  offline: 'Mae’n edrych fel eich bod chi all-lein. Bydd y diweddariadau’n llwytho pan fyddwch chi ar-lein eto.',
  retry: 'Rhowch gynnig arall arni',
  filterLegend: 'Dangos',
  all: 'Y cyfan',
  planned: 'Wedi’i gynllunio',
  'in-progress': 'Ar waith',
  done: 'Wedi’i wneud',
  'not-possible': 'Ddim yn bosibl',
  youSaid: 'Dywedoch chi',
  weDid: 'Gwnaethon ni',
  because: 'Pam nad yw’n bosibl: {reason}',
  progress: 'Pa mor bell',
  progressValue: '{value}% wedi’i wneud',
  published: 'Rhannwyd ar {date}',
  answers: 'Mae hyn yn ateb {count} darn o adborth.',
  answersOne: 'Mae hyn yn ateb 1 darn o adborth.',
  quotes: 'Beth ddywedodd pobl',
  yourWords: 'Eich geiriau chi',
  thanks: 'Diolch i',
  yours: 'Fe wnaethoch chi helpu gyda hyn',
  isNew: 'Newydd ers eich ymweliad diwethaf',
  shown: 'Yn dangos {shown} o {total} diweddariad',
  notes: 'Beth newidiodd',
  showMore: 'Dangos mwy o ddiweddariadau',
  months: 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
}

export default cy
