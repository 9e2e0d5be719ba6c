import type { Template } from '../types.js'

/** Welsh: the readiness rules' findings and guidance. */
export const readiness: Record<string, Template> = {
  'designed-in/no-timeline': 'Dydy’r cynllun ddim yn dweud pryd mae’r gwaith yn dechrau ac yn gorffen.',
  'designed-in/no-date': 'Does gan dim un sesiwn gyda phobl â phrofiad bywyd ddyddiad eto.',
  'designed-in/late':
    'Mae pobl â phrofiad bywyd yn cwrdd am y tro cyntaf {weeks} cyn y diwedd, ar ôl i fwy na hanner y gwaith gael ei wneud. Mae hynny’n ychwanegu cyd-gynhyrchu ar y diwedd, yn lle ei gynllunio o’r dechrau.',
  'designed-in/first-quarter': 'Mae pobl â phrofiad bywyd yn rhan o’r gwaith o’r chwarter cyntaf.',
  'designed-in/first-half': 'Mae pobl â phrofiad bywyd yn rhan o’r gwaith o’r hanner cyntaf.',
  'designed-in/guidance':
    'Dewch â phobl â phrofiad bywyd i mewn ar y dechrau, pan fydd y cwestiwn yn dal yn agored, a’u cadw ym mhob cam. Os yw’r gwaith bron wedi’i orffen, byddwch yn onest mai ymgynghori yw hyn, a chynlluniwch y darn nesaf o waith gyda’ch gilydd o’r dechrau.',
  'tokenism-risk/open': 'Chafodd y canlyniadau mo’u penderfynu o flaen llaw, felly gall pobl siapio beth mae’r gwaith yn ei greu.',
  'tokenism-risk/fixed-no-end':
    'Cafodd y canlyniadau eu penderfynu o flaen llaw, a dydy’r cynllun ddim yn dweud pryd mae’n rhaid i’r gwaith orffen.',
  'tokenism-risk/unknown':
    'Dydy’r cynllun ddim yn dweud a gafodd y canlyniadau eu penderfynu o flaen llaw na phryd mae’n rhaid i’r gwaith orffen.',
  'tokenism-risk/span-only': 'dim ond {weeks}',
  'tokenism-risk/span-deadline': 'dyddiad gorffen sydd {until}',
  'tokenism-risk/span-deadline-passed': 'dyddiad gorffen sydd {until}',
  'tokenism-risk/fixed-room':
    'Cafodd y canlyniadau eu penderfynu, ond mae gan y gwaith {weeks}: amser i bobl siapio sut mae’n cael ei wneud.',
  'tokenism-risk/fixed-unknown': 'Dydy’r cynllun ddim yn dweud a gafodd y canlyniadau eu penderfynu o flaen llaw.',
  'tokenism-risk/fixed-movable':
    'Cafodd y canlyniadau eu penderfynu ac mae’r cynllun yn rhoi {span}, ond gall y dyddiad gorffen symud. Symudwch e cyn i chi ddechrau.',
  'tokenism-risk/tight-unknown': 'Mae gan y gwaith {span}, a dydy’r cynllun ddim yn dweud a gafodd y canlyniadau eu penderfynu.',
  'tokenism-risk/harm':
    'Mae’n rhaid i’r gwaith greu rhywbeth sydd wedi’i benderfynu o flaen llaw, gyda {span}. Mae’r papur briffio’n rhybuddio bod hyn yn debygol iawn o deimlo fel tocenistiaeth a gwneud niwed. Peidiwch â galw hyn yn gyd-gynhyrchu eto.',
  'tokenism-risk/harm-unfair':
    'Mae’n rhaid i’r gwaith greu rhywbeth sydd wedi’i benderfynu o flaen llaw, gyda {span}. Mae’r papur briffio’n rhybuddio bod hyn yn debygol iawn o deimlo fel tocenistiaeth a gwneud niwed. Ar ben hynny, {pay}. Peidiwch â galw hyn yn gyd-gynhyrchu eto.',
  'tokenism-risk/harm-fair':
    'Mae’n rhaid i’r gwaith greu rhywbeth sydd wedi’i benderfynu o flaen llaw, gyda {span}. Mae’r papur briffio’n rhybuddio bod hyn yn debygol iawn o deimlo fel tocenistiaeth a gwneud niwed. Dydy tâl teg ddim yn newid hyn. Peidiwch â galw hyn yn gyd-gynhyrchu eto.',
  'tokenism-risk/guidance':
    'Peidiwch â galw hyn yn gyd-gynhyrchu eto. Naill ai gwnewch le (agorwch y canlyniadau, symudwch y dyddiad gorffen, talwch bobl yn deg) neu byddwch yn onest mai ymgynghori yw hyn, a dywedwch hynny wrth y bobl rydych chi’n eu holi. Mae cyd-gynhyrchu sy’n cael ei ruthro a’i wasgu yn gwneud mwy o ddrwg nag o les.',
  'label-matches-practice/no-label': 'Dydy’r cynllun ddim yn dweud beth yw enw’r gwaith.',
  'label-matches-practice/ladder': '{reason}',
  'label-matches-practice/called-but-is': 'Enw’r gwaith hwn yw {claimed}, ond {assessed} yw’r hyn mae’n ei wneud.',
  'label-matches-practice/not-shown-yet':
    'Enw’r gwaith hwn yw {claimed}. Does dim byd yn dweud na all fod, ond dydy’r cynllun a’r cofnodion ddim yn dangos digon eto i ddweud hynny: edrychwch ar resymau’r ysgol.',
  'label-matches-practice/matches': 'Enw’r gwaith yw {claimed}, a dyna beth mae’n ei wneud.',
  'label-matches-practice/does-more': 'Enw’r gwaith yw {claimed}, ac mae’n gwneud mwy: {assessed}.',
  'label-matches-practice/guidance':
    'Galwch y gwaith yn beth ydy e. Os ymgynghori yw e, dywedwch ymgynghori: gall pobl ymddiried yn hynny. I ennill enw uwch, newidiwch y ffordd rydych chi’n gweithio: edrychwch ar y rhesymau yn ysgol yr adroddiad i weld beth sydd ar goll.',
}
