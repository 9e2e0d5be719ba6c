import type { Translation } from '../shared/i18n.js'
import type { AgreementMessages } from './agreement.messages.js'

/** Welsh: loaded only when a widget shows Welsh. */
const cy: Translation<AgreementMessages> = {
  heading: 'Ein rheolau sylfaenol',
  intro: "Rydyn ni'n gwneud y rheolau hyn gyda'n gilydd. Maen nhw'n helpu pawb i deimlo'n ddiogel ac yn cael eu clywed.",
  loading: "Wrthi'n llwytho'r rheolau sylfaenol…",
  empty: "Does dim rheolau sylfaenol eto. Byddwn ni'n eu hysgrifennu gyda'n gilydd.",
  error:
    "Mae'n ddrwg gennym, doedden ni ddim yn gallu llwytho'r rheolau sylfaenol. Nid eich bai chi yw hyn. Rhowch gynnig arall arni nes ymlaen.",
  offline: "Mae'n edrych fel eich bod chi all-lein. Bydd y rheolau sylfaenol yn llwytho pan fyddwch chi ar-lein eto.",
  retry: 'Rhowch gynnig arall arni',
  stillOpen: "Rydyn ni'n dal i gytuno ar y rheolau hyn.",
  counts: 'Yn cytuno: {agreed}. Heb gytuno eto: {notYet}.',
  mineAgree: "Dywedoch chi: Rydw i'n cytuno.",
  mineNotYet: 'Dywedoch chi: Dydw i ddim yn cytuno eto.',
  question: "Beth ydych chi'n ei feddwl o'r rheolau hyn?",
  agree: "Rydw i'n cytuno",
  'not-yet': 'Dydw i ddim yn cytuno eto',
  'suggest-change': 'Hoffwn i awgrymu newid',
  more: 'Unrhyw beth i’w ychwanegu? (dewisol)',
  change: 'Beth fyddech chi’n ei newid?',
  send: 'Anfon fy ateb',
  sending: "Wrthi'n anfon…",
  thanks: "Diolch. Mae eich ateb wedi'i gadw.",
  changes: 'Newidiadau a awgrymodd pobl',
  by: 'Awgrymwyd gan {name}',
  open: "Wrthi'n cael ei benderfynu",
  decided: "Wedi'i benderfynu",
  revisited: 'Yn cael ei ystyried eto',
  waiting: 'Pwy sydd heb gytuno eto',
  everyone: 'Mae pawb wedi cytuno.',
  errorTitle: 'Mae problem',
  errorPrefix: 'Gwall:',
  errorChoose: 'Dewiswch ateb',
  errorChange: 'Dywedwch beth fyddech chi’n ei newid',
  errorTooLong: 'Defnyddiwch {max} nod neu lai',
  errorOffline:
    "Mae'n ymddangos eich bod all-lein, felly doedden ni ddim yn gallu ei anfon. Mae eich geiriau yma o hyd. Rhowch gynnig arall arni pan fyddwch chi ar-lein eto.",
  errorServer: "Aeth rhywbeth o'i le ar ein hochr ni. Dydy eich geiriau ddim wedi'u colli. Rhowch gynnig arall arni mewn ychydig funudau.",
  errorForbidden: "Allwch chi ddim ateb yma. Gofynnwch i'r person a roddodd y ddolen hon i chi.",
}

export default cy
