import type { Template } from '../types.js'

/** Welsh: the foundations rules' findings and guidance. */
export const foundations: Record<string, Template> = {
  'open-problem-framing/fixed':
    'Mae’r gwaith yn dechrau gyda syniad pendant o’r broblem, felly dim ond atebion sy’n ffitio hwnnw fyddwch chi’n eu clywed.',
  'open-problem-framing/outcomes-fixed':
    'Mae’r cynllun yn dweud bod y broblem yn agored, ond cafodd y canlyniadau eu penderfynu o flaen llaw: dim ond ateb y cwestiwn a ddewisodd staff yn barod y gall pobl ei wneud.',
  'open-problem-framing/unknown': 'Dydy’r cynllun ddim yn dweud a yw’r broblem yn agored neu wedi’i phenderfynu’n barod.',
  'open-problem-framing/outcomes-unknown':
    'Mae’r broblem yn agored, ond dydy’r cynllun ddim yn dweud a gafodd y canlyniadau eu penderfynu o flaen llaw.',
  'open-problem-framing/open': 'Mae’r gwaith yn dechrau gyda chwestiwn agored, a chafodd y canlyniadau mo’u penderfynu o flaen llaw.',
  'open-problem-framing/guidance':
    'Dechreuwch gyda’r cwestiwn, nid yr ateb. Gofynnwch i bobl â phrofiad bywyd beth yw’r broblem cyn i chi benderfynu beth i’w drwsio, a dywedwch yn y cynllun eich bod chi wedi gwneud hynny.',
  'power-reflection/started-unknown': 'Mae’r sesiynau wedi dechrau, a dydy’r cynllun ddim yn dweud pryd wnaeth staff feddwl am eu pŵer.',
  'power-reflection/unknown': 'Dydy’r cynllun ddim yn dweud eto pryd bydd staff yn meddwl am eu pŵer.',
  'power-reflection/still-to-come':
    'Mae’r sesiynau wedi dechrau, ac mae’r dyddiad ar gyfer meddwl am bŵer eto i ddod. Mae angen iddo ddod cyn y sesiwn gyntaf.',
  'power-reflection/after': 'Dim ond ar ôl y sesiwn gyntaf wnaeth staff feddwl am eu pŵer. Mae angen iddo ddod cyn hynny.',
  'power-reflection/before': 'Meddyliodd staff am eu pŵer cyn i’r gwaith ddechrau.',
  'power-reflection/guidance':
    'Cyn y sesiwn gyntaf, cymerwch amser fel tîm staff i siarad am y pŵer sydd gennych chi dros help i bobl, a’ch ofnau a’ch tybiaethau chi eich hun. Ysgrifennwch y diwrnod y gwnaethoch chi hyn.',
  'aims-agreed-together/no-aims': 'Dydy’r cynllun ddim yn dweud beth yw’r nodau eto.',
  'aims-agreed-together/on-record': 'Mae’r penderfyniad am y nodau ar gofnod, ac roedd pobl â phrofiad bywyd yn rhan ohono.',
  'aims-agreed-together/agreed': 'Cafodd y nodau eu cytuno gydag aelodau sydd â phrofiad bywyd.',
  'aims-agreed-together/not-together': 'Chafodd y nodau mo’u cytuno gyda’n gilydd: {why}.',
  'aims-agreed-together/no-one-named': 'Dydy’r cynllun ddim yn dweud pwy gytunodd ar y nodau.',
  'aims-agreed-together/not-members':
    'Cafodd y nodau eu cytuno gyda {names}, a does dim un ohonyn nhw’n aelod â phrofiad bywyd yn y cynllun hwn. Ychwanegwch y bobl hynny fel aelodau, neu cofnodwch y penderfyniad.',
  'aims-agreed-together/guidance':
    'Cytunwch ar y nodau gyda’r bobl â phrofiad bywyd yn y grŵp, yn gynnar. Gofynnwch beth maen nhw ei angen a’i eisiau o’r gwaith. Cofnodwch pwy gytunodd arnyn nhw: y bobl, neu’r grwpiau.',
  'time-for-relationships/no-stages': 'Dydy’r cynllun ddim yn rhestru ei gamau eto.',
  'time-for-relationships/first-stage': 'Mae’r cam cyntaf, “{stage}”, ar gyfer dod i adnabod ein gilydd.',
  'time-for-relationships/first-stage-short':
    'Mae’r cam cyntaf, “{stage}”, ar gyfer dod i adnabod ein gilydd, ond dim ond {weeks} mae’n para. Mae’r Comisiwn Gwirionedd Tlodi yn treulio 3 i 4 mis arno.',
  'time-for-relationships/first-stage-long': 'Mae’r cam cyntaf, “{stage}”, yn rhoi {weeks} i ddod i adnabod ein gilydd.',
  'time-for-relationships/comes-later': 'Mae amser i ddod i adnabod ein gilydd yn dod ar ôl camau eraill. Mae angen iddo ddod yn gyntaf.',
  'time-for-relationships/no-stage': 'Does dim cam wedi’i gadw i ddod i adnabod ein gilydd cyn datrys problemau.',
  'time-for-relationships/no-timeline': 'Dydy’r cynllun ddim yn dweud pryd mae’r gwaith yn dechrau ac yn gorffen.',
  'time-for-relationships/end-passed':
    'Mae’r dyddiad gorffen {until}. Cytunwch ar un newydd gyda’r grŵp sy’n rhoi amser i fagu ymddiriedaeth.',
  'time-for-relationships/tight': 'Dim ond {weeks} sydd gan y gwaith. Does dim lle i fagu ymddiriedaeth.',
  'time-for-relationships/tight-movable':
    'Dim ond {weeks} sydd gan y gwaith. Does dim lle i fagu ymddiriedaeth: gall y dyddiad gorffen symud, felly symudwch e.',
  'time-for-relationships/room': 'Mae gan y gwaith {weeks}, gyda digon o amser dros ben.',
  'time-for-relationships/guidance':
    'Gwnewch y cam cyntaf yn gyfle i ddod i adnabod ein gilydd: rhannu straeon, bwyta gyda’n gilydd, cytuno beth sy’n bwysig, a dywedwch hynny yn y cynllun. Rhowch fwy o amser i’r gwaith i gyd nag rydych chi’n meddwl sydd ei angen, a threfnwch amseroedd o gwmpas bywydau pobl.',
  'plan-for-group-change/members-left': {
    zero: '{left} o {count} aelod sydd wedi gadael',
    one: '{left} o {count} aelod sydd wedi gadael',
    two: '{left} o {count} aelod sydd wedi gadael',
    few: '{left} o {count} aelod sydd wedi gadael',
    many: '{left} o {count} aelod sydd wedi gadael',
    other: '{left} o {count} aelod sydd wedi gadael',
  },
  'plan-for-group-change/stopped-coming': 'dydy {names} ddim wedi dod i’r 2 sesiwn ddiwethaf',
  'plan-for-group-change/both': '{first}, a {second}',
  'plan-for-group-change/either': '{first}, neu {second}',
  'plan-for-group-change/gap-joining': 'sut mae pobl newydd yn ymuno',
  'plan-for-group-change/gap-leaving': 'beth sy’n digwydd pan fydd pobl yn gadael neu’n camu’n ôl',
  'plan-for-group-change/changed-no-plan': '{changed}, a does dim cynllun ar gyfer pan fydd y grŵp yn newid.',
  'plan-for-group-change/unknown': 'Dydy’r cynllun ddim yn dweud beth sy’n digwydd pan fydd pobl yn gadael neu’n ymuno.',
  'plan-for-group-change/plan-gaps': 'Dydy’r cynllun ar gyfer newid yn y grŵp ddim yn dweud {gaps}.',
  'plan-for-group-change/carried-on': 'Newidiodd y grŵp ac aeth ymlaen fel y cynlluniwyd: {changed}; ymunodd {joined} yn nes ymlaen.',
  'plan-for-group-change/planned': 'Mae cynllun ar gyfer pobl yn ymuno, ac ar gyfer pobl yn gadael neu’n camu’n ôl.',
  'plan-for-group-change/half-gone':
    'Mae hanner y grŵp neu fwy wedi mynd ({gone} o {total}, gan gyfrif {stopped} a stopiodd ddod). Stopiwch a gofynnwch pam cyn mynd ymlaen.',
  'plan-for-group-change/half-left': 'Mae hanner y grŵp neu fwy wedi gadael ({gone} o {total}). Stopiwch a gofynnwch pam cyn mynd ymlaen.',
  'plan-for-group-change/guidance':
    'Ysgrifennwch beth fyddwch chi’n ei wneud pan fydd pobl yn gadael neu pan fydd eu bywydau’n newid: sut gall pobl newydd ymuno, sut byddwch chi’n cadw mewn cysylltiad â phobl sy’n camu’n ôl, a sut mae’r gwaith yn mynd ymlaen. Os oes llawer o bobl wedi gadael neu wedi stopio dod, gofynnwch i’r rhai a arhosodd (a’r rhai a adawodd, os ydyn nhw eisiau siarad) beth fyddai’n helpu, cyn mynd ymlaen.',
  'lived-experience-led-options/lead-opened':
    'Pobl â phrofiad bywyd sy’n arwain, ar gofnod: nhw agorodd {questions} y penderfynodd y grŵp arnyn nhw.',
  'lived-experience-led-options/lead-ideas': 'Pobl â phrofiad bywyd sy’n arwain, ar gofnod: nhw gynigiodd {count} o’r {ideas} ar gofnod.',
  'lived-experience-led-options/said-led-nobody':
    'Mae’r cynllun yn dweud mai pobl â phrofiad bywyd sy’n arwain y gwaith, ond does neb yn y grŵp â phrofiad bywyd.',
  'lived-experience-led-options/said-led-staff-did':
    'Mae’r cynllun yn dweud mai pobl â phrofiad bywyd sy’n arwain y gwaith, ond staff gynigiodd bob un o’r {ideas} ar gofnod ac agor pob cwestiwn.',
  'lived-experience-led-options/said-led': 'Mae’r cynllun yn dweud mai rhywun â phrofiad bywyd sy’n arwain y gwaith.',
  'lived-experience-led-options/groups-unnamed':
    'Mae’r cynllun yn dweud bod staff wedi chwilio am grwpiau sy’n bodoli’n barod, ond nid pa grwpiau na beth ddywedon nhw.',
  'lived-experience-led-options/groups-named': 'Chwiliodd staff am grwpiau a rhwydweithiau sy’n bodoli’n barod, ac ysgrifennu pa rai.',
  'lived-experience-led-options/staff-led': 'Staff sy’n arwain y gwaith, a wnaethon nhw ddim chwilio am grwpiau sy’n bodoli’n barod.',
  'lived-experience-led-options/staff-did-all':
    'Staff gynigiodd bob un o’r {ideas} ar gofnod ac agor pob cwestiwn. Dydy’r cynllun ddim yn dweud a allai grŵp sy’n bodoli’n barod, neu rywun â phrofiad bywyd, arwain yn lle hynny.',
  'lived-experience-led-options/unknown': 'Dydy’r cynllun ddim yn dweud pwy sy’n arwain, nac a gafodd grwpiau sy’n bodoli’n barod eu holi.',
  'lived-experience-led-options/guidance':
    'Gofynnwch: oes ffordd o wneud hyn heb i ni fod yn y canol? Chwiliwch am grwpiau sy’n cwrdd yn barod am rywbeth sy’n bwysig iddyn nhw, cynigiwch eu cefnogi, ac ysgrifennwch pa grwpiau wnaethoch chi eu holi. Neu gofynnwch i rywun â phrofiad bywyd arwain, drwy eu rhwydweithiau eu hunain: gadewch i aelodau agor eu cwestiynau eu hunain a chynnig eu syniadau eu hunain.',
  'times-around-lives/no-times': 'Does gan dim un sesiwn amser eto.',
  'times-around-lives/not-said': 'Dydy’r cynllun ddim yn dweud pryd na all y bobl sy’n cymryd rhan ddod.',
  'times-around-lives/who-when': '{name} ({times})',
  'times-around-lives/clash': 'Mae {sessions} ar adeg pan ddywedodd pobl na allan nhw ddod: {who}.',
  'times-around-lives/avoids': 'Mae pob sesiwn sydd ag amser yn osgoi’r adegau y dywedodd {people} na allan nhw ddod.',
  'times-around-lives/guidance':
    'Gofynnwch i bob person pryd gallan nhw ddod, ac ysgrifennwch e. Trefnwch sesiynau o gwmpas mynd â’r plant i’r ysgol, gwaith a gofalu, nid o gwmpas diwrnod y swyddfa. Symudwch sesiwn sy’n taro ar draws amser rhywun, neu cynigiwch ail amser.',
}
