import type { Template } from '../types.js'

/** Welsh: the interactions rules' findings and guidance. */
export const interactions: Record<string, Template> = {
  'neutral-venue/no-sessions': 'Does dim sesiynau wedi’u trefnu eto, felly dydy’r cynllun ddim yn dweud ble mae pobl yn cwrdd.',
  'neutral-venue/professional': 'Lle proffesiynol yw “{venue}”. Mae cwrdd yno yn cadw staff yn rheoli ({sessions}).',
  'neutral-venue/service-building': 'Adeilad y gwasanaeth ei hun yw “{venue}”. Mae cwrdd yno yn cadw staff yn rheoli ({sessions}).',
  'neutral-venue/named-professional':
    'Mae “{venue}” yn cael ei alw’n lle {kind}, ond mae ei enw’n dweud mai lle proffesiynol yw e. Mae cwrdd yno yn cadw staff yn rheoli ({sessions}).',
  'neutral-venue/staff-call-neutral':
    'Mae staff yn dweud bod “{venue}” yn niwtral, a nhw eu hunain a’i dewisodd. Gofynnwch i’r grŵp a yw’n teimlo’n niwtral iddyn nhw ({sessions}).',
  'neutral-venue/place': 'Mae “{venue}” yn lle {kind} ({sessions}).',
  'neutral-venue/group-chose': 'Mae “{venue}” yn lle {kind} a ddewisodd y grŵp ({sessions}).',
  'neutral-venue/kind-community': 'cymunedol',
  'neutral-venue/kind-neutral': 'niwtral',
  'neutral-venue/kind-professional': 'proffesiynol',
  'neutral-venue/kind-service-premises': 'yn adeilad y gwasanaeth',
  'neutral-venue/kind-online': 'ar-lein',
  'neutral-venue/no-place': 'Does gan {count} sesiwn ddim lle eto.',
  'neutral-venue/online': 'Mae {count} sesiwn ar-lein, lle mae pobl yn ymuno o le maen nhw’n ei ddewis.',
  'neutral-venue/guidance':
    'Cwrddwch rywle lle mae pobl yn teimlo’n gyfforddus yn barod: canolfan gymunedol, caffi, llyfrgell, neu le mae’r grŵp yn ei ddewis. Dewiswch y lle gyda’ch gilydd. Peidiwch â chwrdd mewn ystafelloedd bwrdd, swyddfeydd nac adeilad y gwasanaeth ei hun.',
  'access-and-childcare/childcare': 'gofal plant',
  'access-and-childcare/travel': 'help gyda theithio',
  'access-and-childcare/no-sessions': 'Does dim sesiynau wedi’u trefnu eto.',
  'access-and-childcare/online': 'Mae pob sesiwn ar-lein.',
  'access-and-childcare/who-needs': '{name} (angen {needs})',
  'access-and-childcare/missed': 'Collodd {who} {sessions} a gafodd eu cynnal hebddo.',
  'access-and-childcare/needed-by': '{what} (mae {names} ei angen)',
  'access-and-childcare/lacking': 'Does dim {what} mewn {count} sesiwn mewn ystafell.',
  'access-and-childcare/unsaid': 'Dydy’r cynllun ddim yn dweud a oes {what} mewn {count} sesiwn.',
  'access-and-childcare/fine':
    'Mae {count} sesiwn mewn ystafell yn cynnig beth mae pobl ei angen: gofal plant a help gyda theithio, neu does neb eu hangen.',
  'access-and-childcare/not-asked':
    'Does neb wedi cael ei holi beth mae’n ei angen i gymryd rhan, fel gofal plant, teithio neu ffordd i mewn heb risiau.',
  'access-and-childcare/guidance':
    'Gofynnwch i bob person beth maen nhw ei angen cyn i chi drefnu lle, ac ysgrifennwch e (er enghraifft gofal plant, help gyda theithio, ffordd i mewn heb risiau). Cynigiwch ofal plant a help gyda theithio ym mhob sesiwn mewn ystafell, neu talwch y costau yn ôl. Os collodd rhywun sydd eu hangen sesiwn, gofynnwch iddyn nhw beth fyddai’n helpu.',
  'ground-rules-together/on-record': 'Cafodd y rheolau sylfaenol eu penderfynu ar gofnod, gyda phobl â phrofiad bywyd yn rhan o hynny.',
  'ground-rules-together/not-together': 'Chafodd y rheolau sylfaenol mo’u penderfynu gyda’n gilydd: {why}.',
  'ground-rules-together/none-yet': 'Dydy’r cynllun ddim yn rhestru unrhyw reolau sylfaenol eto.',
  'ground-rules-together/none': 'Does gan y grŵp ddim rheolau sylfaenol.',
  'ground-rules-together/staff': 'Staff wnaeth osod y rheolau sylfaenol, yn lle eu penderfynu gyda’n gilydd.',
  'ground-rules-together/some':
    'Dim ond {together} o’r {all} rheol sylfaenol a gafodd eu penderfynu gyda’n gilydd; staff osododd y gweddill.',
  'ground-rules-together/all': 'Cafodd pob un o’r {count} rheol sylfaenol eu penderfynu gyda’n gilydd.',
  'ground-rules-together/guidance':
    'Mewn sesiwn gynnar, cytunwch gyda’ch gilydd sut byddwch chi’n gweithio: sut rydych chi’n gwrando, sut rydych chi’n cadw straeon eich gilydd yn ddiogel, beth sy’n digwydd os yw rhywun wedi ypsetio. Ysgrifennwch nhw yng ngeiriau’r grŵp ei hun, a dywedwch mai’r grŵp a’u gwnaeth.',
  'risk-decided-together/none': 'Dydy’r cynllun ddim yn cofnodi unrhyw benderfyniadau am risg eto.',
  'risk-decided-together/together-on-record': 'Penderfynodd y grŵp am {topic} gyda’i gilydd, ar gofnod.',
  'risk-decided-together/without-on-record': 'Mae’r cofnod yn dangos bod {topic} wedi’i benderfynu heb bobl â phrofiad bywyd.',
  'risk-decided-together/together': 'Penderfynodd y grŵp gyda’i gilydd am {topic}.',
  'risk-decided-together/staff': 'Penderfynodd staff am {topic} heb y grŵp.',
  'risk-decided-together/guidance':
    'Siaradwch am risg fel grŵp: beth allai fynd o’i le, a pha reolau fyddai’n cadw pobl allan heb fod angen. Pwyswch a mesurwch risg yn erbyn ymddiriedaeth. Cofnodwch bob penderfyniad, a dywedwch mai’r grŵp a’i gwnaeth dim ond pan wnaeth y grŵp y penderfyniad.',
  'two-way-sessions/no-sessions': 'Does dim sesiynau wedi’u trefnu eto.',
  'two-way-sessions/spoken': 'Mae pobl â phrofiad bywyd wedi siarad, ar gofnod: {said}.',
  'two-way-sessions/one-way':
    'Staff gynigiodd bob un o’r {ideas} ar gofnod, a does neb â phrofiad bywyd wedi rhoi barn, syniad nac adborth. Mae’r sgwrs yn mynd un ffordd.',
  'two-way-sessions/staff-led': 'Staff sy’n arwain y siarad mewn {sessions}.',
  'two-way-sessions/unsaid': 'Dydy’r cynllun ddim yn dweud pwy sy’n arwain y siarad mewn {sessions}.',
  'two-way-sessions/both-ways': 'Mae {count} sesiwn wedi’u cynllunio fel sgwrs sy’n mynd y ddwy ffordd.',
  'two-way-sessions/guidance':
    'Cynlluniwch sesiynau lle mae staff yn gwrando mwy nag maen nhw’n siarad. Rhannwch rywbeth amdanoch chi’ch hunain hefyd. Gofynnwch i bobl â phrofiad bywyd ddod â’u syniadau eu hunain i bob penderfyniad, a chofnodwch pwy gynigiodd bob syniad. Defnyddiwch hwylusydd o’r tu allan i’r gwasanaeth os yw hynny’n helpu. Dywedwch yn y cynllun sut mae’r sgwrs yn mynd ym mhob sesiwn.',
  'environment-chosen-together/no-places': 'Does dim un sesiwn yn cwrdd mewn lle eto.',
  'environment-chosen-together/staff-chose': 'Staff ddewisodd y lle ar gyfer {sessions}.',
  'environment-chosen-together/unsaid': 'Dydy’r cynllun ddim yn dweud pwy ddewisodd y lleoedd.',
  'environment-chosen-together/group-chose': 'Dewisodd y grŵp ble i gwrdd ({places}).',
  'environment-chosen-together/guidance':
    'Gofynnwch i’r grŵp ble bydden nhw’n teimlo’n gyfforddus yn cwrdd, a dewiswch y lle gyda’ch gilydd. Ysgrifennwch mai’r grŵp a’i dewisodd.',
  'access-needs-matched/no-places': 'Does dim un sesiwn yn cwrdd mewn lle eto.',
  'access-needs-matched/no-needs': 'Does neb wedi dweud eu bod nhw angen unrhyw beth i gymryd rhan.',
  'access-needs-matched/not-said': 'Dydy’r cynllun ddim yn dweud beth mae pobl ei angen i gymryd rhan.',
  'access-needs-matched/need-for': '{need} i {name}',
  'access-needs-matched/unmet': 'Mae {sessions} yn cwrdd lle dydy anghenion pobl ddim yn cael eu diwallu: {needs}.',
  'access-needs-matched/places-unsaid': 'Dydy’r cynllun ddim yn dweud beth mae’r lleoedd yn ei gynnig, felly does dim modd paru anghenion.',
  'access-needs-matched/met':
    'Mae pob lle sydd wedi rhestru beth mae’n ei gynnig yn diwallu anghenion y {people} a ddywedodd beth maen nhw ei angen.',
  'access-needs-matched/guidance':
    'Gofynnwch i bob person beth maen nhw ei angen i gymryd rhan, ac ysgrifennwch e. Ar gyfer pob lle, ysgrifennwch beth mae’n ei gynnig, yn yr un geiriau. Symudwch sesiwn, neu trefnwch beth sydd ar goll, cyn i bobl gyrraedd.',
  'people-turn-up/none-held': 'Does dim sesiwn wedi digwydd eto.',
  'people-turn-up/not-recorded': 'Mae {sessions} wedi digwydd, a does dim cofnod o bwy ddaeth.',
  'people-turn-up/nobody': 'Ddaeth neb â phrofiad bywyd i unrhyw sesiwn ar gofnod. Os nad oes neb yn dod, ydych chi’n gwneud y peth iawn?',
  'people-turn-up/some-empty': 'Ddaeth neb â phrofiad bywyd i {sessions} o’r {all}.',
  'people-turn-up/came': 'Daeth pobl â phrofiad bywyd i bob un o’r {sessions} ar gofnod.',
  'people-turn-up/guidance':
    'Cofnodwch pwy ddaeth ar ôl pob sesiwn. Os yw pobl â phrofiad bywyd yn stopio dod, gofynnwch pam iddyn nhw, yn y ffordd maen nhw’n hoffi cael eu cysylltu. Newidiwch yr amser, y lle neu’r ffordd rydych chi’n cwrdd, neu gofynnwch ai dyma’r gwaith iawn o gwbl.',
  'external-facilitator/no-sessions': 'Does dim sesiynau wedi’u trefnu eto.',
  'external-facilitator/unsaid': 'Dydy’r cynllun ddim yn dweud pwy sy’n arwain y sesiynau.',
  'external-facilitator/staff-only': 'Staff y gwasanaeth sy’n arwain pob un o’r {sessions}. Does neb o’r tu allan yn arwain yr un.',
  'external-facilitator/outside':
    'Mae {count} sesiwn yn cael eu harwain gan rywun o’r tu allan i’r gwasanaeth neu gan bobl â phrofiad bywyd.',
  'external-facilitator/guidance':
    'Gofynnwch i rywun o’r tu allan i’r gwasanaeth arwain sesiynau, yn enwedig ar y dechrau a phan fydd dulliau’n teimlo’n newydd. Neu gadewch i bobl â phrofiad bywyd arwain. Dywedwch yn y cynllun pwy sy’n arwain pob sesiwn.',
  'research-ethics/no-research': 'Dydy’r cynllun ddim yn cynnwys ymchwil.',
  'research-ethics/unsaid': 'Mae’r gwaith yn cynnwys ymchwil, a dydy’r cynllun ddim yn dweud sut cafodd ei foeseg ei hystyried.',
  'research-ethics/together-on-record': 'Penderfynodd y grŵp foeseg yr ymchwil gyda’i gilydd, ar gofnod.',
  'research-ethics/without-on-record': 'Cafodd y penderfyniad ar gofnod am foeseg yr ymchwil ei wneud heb bobl â phrofiad bywyd.',
  'research-ethics/staff': 'Staff wnaeth osod moeseg yr ymchwil, yn lle ei phenderfynu gyda’r grŵp.',
  'research-ethics/together': 'Cafodd moeseg yr ymchwil ei phenderfynu gyda’r grŵp.',
  'research-ethics/guidance':
    'Cyn unrhyw ymchwil, siaradwch fel grŵp am beth allai niweidio’r bobl rydych chi’n eu holi, a’r ymchwilwyr: caniatâd, beth sy’n cael ei gadw, sut mae straeon yn cael eu defnyddio, cefnogaeth wedyn. Penderfynwch gyda’ch gilydd ac ysgrifennwch e.',
  'support-after-sharing/no-stories': 'Does dim sesiwn wedi’i chynllunio o gwmpas rhannu straeon.',
  'support-after-sharing/no-support': 'Does dim cefnogaeth wedyn mewn {count} sesiwn lle mae pobl yn rhannu eu straeon.',
  'support-after-sharing/unsaid': 'Dydy’r cynllun ddim yn dweud a oes cefnogaeth ar ôl {sessions} lle mae pobl yn rhannu eu straeon.',
  'support-after-sharing/supported': 'Mae cefnogaeth wedyn ym mhob sesiwn lle mae pobl yn rhannu eu straeon ({count}).',
  'support-after-sharing/guidance':
    'Pan fydd pobl yn dweud eu straeon, trefnwch amser a pherson ar gyfer wedyn: lle tawel, paned, rhywun maen nhw’n ymddiried ynddo i siarad ag e. Dywedwch yn y cynllun pa sesiynau sydd â hyn.',
  'interpreters-booked/no-sessions': 'Does dim sesiynau wedi’u trefnu eto.',
  'interpreters-booked/none-needed': 'Does neb wedi dweud eu bod nhw angen iaith heblaw Saesneg.',
  'interpreters-booked/no-members': 'Dydy’r cynllun ddim yn rhestru pwy sy’n cymryd rhan eto.',
  'interpreters-booked/language-for': '{language} i {name}',
  'interpreters-booked/missing': 'Does dim y cyfieithu mae pobl ei angen mewn {count} sesiwn: {needs}.',
  'interpreters-booked/booked': 'Mae cyfieithu ym mhob sesiwn i’r {people} sydd ei angen.',
  'interpreters-booked/guidance':
    'Gofynnwch i bob person ym mha iaith maen nhw eisiau cymryd rhan, ac ysgrifennwch hi. Trefnwch gyfieithydd maen nhw’n hapus ag e ar gyfer pob sesiwn maen nhw’n dod iddi, a nodwch hynny ar y sesiwn.',
  'gender-specific-space/none-asked': 'Does neb wedi gofyn am le i fenywod yn unig neu i ddynion yn unig.',
  'gender-specific-space/no-sessions': 'Does dim sesiynau wedi’u trefnu eto.',
  'gender-specific-space/unmet': '{asks}',
  'gender-specific-space/asked-women-only': 'Gofynnodd {people} am le i fenywod yn unig ({names}), a does dim sesiwn yn cynnig un.',
  'gender-specific-space/asked-men-only': 'Gofynnodd {people} am le i ddynion yn unig ({names}), a does dim sesiwn yn cynnig un.',
  'gender-specific-space/offered-women-only': 'Mae sesiynau’n cynnig y lle i fenywod yn unig y gofynnodd pobl amdano.',
  'gender-specific-space/offered-men-only': 'Mae sesiynau’n cynnig y lle i ddynion yn unig y gofynnodd pobl amdano.',
  'gender-specific-space/offered-women-only-and-men-only':
    'Mae sesiynau’n cynnig y lle i fenywod yn unig a’r lle i ddynion yn unig y gofynnodd pobl amdanyn nhw.',
  'gender-specific-space/offered-men-only-and-women-only':
    'Mae sesiynau’n cynnig y lle i ddynion yn unig a’r lle i fenywod yn unig y gofynnodd pobl amdanyn nhw.',
  'gender-specific-space/guidance':
    'Dim ond mewn lle gyda phobl o’r un rhywedd y gall rhai pobl siarad yn rhydd, er enghraifft ar ôl trais neu am resymau diwylliannol. Cynigiwch sesiynau i fenywod yn unig neu i ddynion yn unig pan fydd pobl yn gofyn, a dywedwch hynny yn y cynllun.',
}
