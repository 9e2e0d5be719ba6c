import type { Template } from '../types.js'

/** Welsh: the actions rules' findings and guidance. */
export const actions: Record<string, Template> = {
  'creative-methods/unsaid': 'Dydy’r cynllun ddim yn dweud pa ddulliau fyddwch chi’n eu defnyddio.',
  'creative-methods/words-only': 'Mae’r dulliau ({methods}) i gyd yn dibynnu ar siarad, darllen neu ysgrifennu.',
  'creative-methods/creative': 'Mae’r gwaith yn defnyddio dulliau creadigol: {methods}.',
  'creative-methods/guidance':
    'Cynigiwch ffyrdd o rannu sydd ddim angen darllen nac ysgrifennu: lluniau, tynnu llun, cylchoedd straeon, teithiau cerdded, mapiau o siwrnai, coginio gyda’n gilydd. Gadewch i bobl ddewis. Ysgrifennwch pa ffyrdd rydych chi’n eu cynnig, ar gyfer y gwaith i gyd neu ar gyfer pob sesiwn.',
  'scope-stated/unsaid': 'Dydy’r cynllun ddim yn dweud beth sy’n gallu a beth sydd ddim yn gallu cael ei newid gyda’n gilydd.',
  'scope-stated/only-fixed': 'Dim ond beth sy’n sefydlog mae’r cynllun yn ei restru. Does dim byd yn agored i’w newid gyda’n gilydd.',
  'scope-stated/nothing-listed': 'Dydy’r cynllun ddim yn rhestru unrhyw beth y gall y grŵp ei newid gyda’i gilydd.',
  'scope-stated/only-small':
    'Dim ond pethau bach, ymarferol y gall y grŵp eu newid ({things}). Does dim byd am y gwaith ei hun yn agored i’w newid gyda’n gilydd.',
  'scope-stated/decided-together':
    'Mae’r cynllun yn rhestru {things} y gall y grŵp eu newid, ac mae’r grŵp wedi penderfynu ar {together} gyda’i gilydd, ar gofnod.',
  'scope-stated/decided-without':
    'Mae’r cynllun yn rhestru {things} y gall y grŵp eu newid, ond cafodd pob un o’r {count} penderfyniad ar gofnod ei wneud heb neb â phrofiad bywyd.',
  'scope-stated/open': 'Gall y grŵp newid {things}, ac mae {count} yn sefydlog, yn ôl y cynllun.',
  'scope-stated/guidance':
    'Ysgrifennwch ddwy restr fer: beth gall y grŵp ei newid gyda’i gilydd, a beth sy’n sefydlog yn barod a pham. Rhowch ddewisiadau go iawn ar y rhestr gyntaf, nid dim ond y bwyd neu amseroedd cwrdd. Rhannwch y ddwy yn y sesiwn gyntaf, a gwnewch y dewisiadau hynny gyda’ch gilydd. Os na all dim newid, dydy hyn ddim yn gyd-gynhyrchu eto.',
  'expectations-clear/no-outcomes': 'Dydy’r cynllun ddim yn dweud beth mae disgwyl i’r gwaith ei newid.',
  'expectations-clear/no-description': 'Dydy’r cynllun ddim yn disgrifio beth gall y gwaith ei newid mewn gwirionedd.',
  'expectations-clear/described': 'Mae’r cynllun yn dweud beth gall y gwaith ei newid mewn gwirionedd.',
  'expectations-clear/no-updates': 'Dydy’r cynllun ddim yn dweud pa mor aml bydd pobl yn clywed yn ôl.',
  'expectations-clear/rare-short-work':
    'Dim ond bob {days} diwrnod bydd pobl yn clywed yn ôl, ar waith sy’n para {weeks}. Addewch newyddion o leiaf bob {most} diwrnod.',
  'expectations-clear/rare': 'Dim ond bob {days} diwrnod bydd pobl yn clywed yn ôl. Addewch newyddion o leiaf unwaith y mis.',
  'expectations-clear/often': 'Bydd pobl yn clywed yn ôl o leiaf bob {days} diwrnod.',
  'expectations-clear/guidance':
    'Dywedwch yn onest beth allai’r gwaith ei newid a beth na fydd yn ei newid: mae pobl yn aml wedi cael eu siomi o’r blaen. Disgrifiwch y canlyniadau rydych chi’n gobeithio amdanyn nhw, ac addewch pa mor aml byddwch chi’n anfon newyddion, yna cadwch at hynny.',
  'expectations-defined-together/together-on-record': 'Cafodd y disgwyliadau eu cytuno gyda’r grŵp, ar gofnod: “{question}”.',
  'expectations-defined-together/without-on-record':
    'Cafodd y penderfyniad am beth i’w ddisgwyl, “{question}”, ei wneud heb bobl â phrofiad bywyd.',
  'expectations-defined-together/together': 'Cafodd y disgwyliadau eu penderfynu gyda’r grŵp.',
  'expectations-defined-together/staff': 'Staff wnaeth osod y disgwyliadau a’u dweud wrth y grŵp.',
  'expectations-defined-together/unsaid': 'Dydy’r cynllun ddim yn dweud pwy benderfynodd beth mae disgwyl i’r gwaith ei gyflawni.',
  'expectations-defined-together/guidance':
    'Siaradwch gyda’r grŵp am beth gall y gwaith ei newid a beth na all, a chytunwch arno gyda’ch gilydd. Cofnodwch e fel penderfyniad a wnaeth y grŵp.',
  'plain-language/reading-age':
    'Mae angen oedran darllen o tua {age} ar y testun hwn. Anelwch at {target} neu lai, fel bod pawb yn gallu ei ddilyn (y rhan anoddaf: “{hardest}”)',
  'plain-language/acronym': 'Dydy “{text}” ddim wedi’i ysgrifennu’n llawn',
  'plain-language/try': '“{text}”: rhowch gynnig ar “{suggestion}”',
  'plain-language/flags': '{flags}.',
  'plain-language/too-few-words': 'Does dim digon o eiriau yn y cynllun eto i’w gwirio.',
  'plain-language/plain': 'Mae’r geiriau y bydd pobl yn eu darllen yn glir ({count} darn o destun wedi’u gwirio).',
  'plain-language/guidance':
    'Defnyddiwch y geiriau cliriach sy’n cael eu hawgrymu. Ysgrifennwch frawddegau byr gyda geiriau bob dydd. Ysgrifennwch fyrfodd yn llawn y tro cyntaf. Peidiwch ag aros i bobl ddweud wrthych chi nad oedden nhw’n deall: efallai na fyddan nhw’n dod yn ôl.',
  'fair-payment/no-policy': 'Dydy’r cynllun ddim yn dweud sut bydd pobl yn cael eu talu am eu hamser.',
  'fair-payment/no-pay': 'Does neb yn cael ei dalu am ei amser.',
  'fair-payment/voucher-no-reason': 'Mae pobl yn cael eu talu mewn talebau, a dydy’r cynllun ddim yn dweud pam nad arian parod.',
  'fair-payment/no-rate': 'Dydy’r cynllun ddim yn dweud faint mae pobl yn cael eu talu yr awr.',
  'fair-payment/other-currency': 'Mae’r tâl mewn {currency} ond mae’r cyflog byw mewn {wageCurrency}, felly does dim modd eu cymharu.',
  'fair-payment/below-wage': 'Mae {rate} yr awr yn llai na’r cyflog byw o {wage}.',
  'fair-payment/no-benefits-advice': 'Does dim cyngor yn cael ei gynnig am sut mae taliad yn effeithio ar fudd-daliadau.',
  'fair-payment/benefits-advice-unsaid': 'Dydy’r cynllun ddim yn dweud a oes cyngor am fudd-daliadau yn cael ei gynnig.',
  'fair-payment/fair-vouchers': 'Talebau ar {rate} yr awr, gyda’r rheswm wedi’i roi.',
  'fair-payment/fair': 'Mae pobl yn cael {rate} yr awr, ar y cyflog byw neu fwy.',
  'fair-payment/vouchers-unexplained': 'Cafodd {count} o’r {all} taliad eu gwneud mewn talebau heb reswm.',
  'fair-payment/underpaid': 'Roedd {count} o’r {all} taliad yn llai na’r cyflog byw o {wage} yr awr (yr isaf oedd {lowest}).',
  'fair-payment/paid-well': 'Roedd {count} taliad ar y cyflog byw neu fwy.',
  'fair-payment/guidance':
    'Talwch bobl â phrofiad bywyd am eu hamser, mewn arian parod, ar y cyflog byw neu fwy, fel rydych chi’n cael eich talu am eich amser chi. Os oes rhaid i chi ddefnyddio talebau, er enghraifft i ddiogelu budd-daliadau rhywun, dywedwch pam, a gadewch i bobl ddewis. Cynigiwch gyngor am sut mae taliad yn effeithio ar fudd-daliadau cyn i neb gael ei dalu.',
  'credit-contributors/nothing-published': 'Does dim byd wedi’i gyhoeddi eto.',
  'credit-contributors/named-without-consent':
    'Mae’r diweddariad hwn yn enwi rhywun sydd heb gytuno i gael ei enwi, neu sydd wedi tynnu ei ganiatâd yn ôl.',
  'credit-contributors/nobody-credited': 'Gofynnodd {count} o bobl am gael eu henwi am eu gwaith, a does dim diweddariad yn enwi neb.',
  'credit-contributors/credited': 'Mae diweddariadau’n enwi {count} o bobl am eu gwaith, gyda’u caniatâd.',
  'credit-contributors/nobody-asked': 'Does neb wedi gofyn am gael ei enwi.',
  'credit-contributors/unsaid': 'Dydy’r cynllun ddim yn cofnodi pwy sydd eisiau cael eu henwi.',
  'credit-contributors/guidance':
    'Gofynnwch i bob person a ydyn nhw eisiau cael eu henwi am eu gwaith, a chofnodwch eu hateb fel eu caniatâd. Enwch bawb a ddywedodd ie yn beth rydych chi’n ei gyhoeddi. Peidiwch byth ag enwi rhywun a ddywedodd na neu a newidiodd ei feddwl.',
  'close-the-loop/no-feedback': 'Does neb wedi rhoi adborth eto.',
  'close-the-loop/unsaid': 'Dydy’r cynllun ddim yn dweud pa mor fuan bydd pobl yn clywed yn ôl.',
  'close-the-loop/late': 'Chafodd {late} o’r {count} darn o adborth ddim ateb o fewn {days} diwrnod.',
  'close-the-loop/undated': 'Does dim dyddiadau ar yr adborth, felly does dim modd barnu’r aros.',
  'close-the-loop/answered': 'Cafodd pob darn o adborth ateb o fewn {days} diwrnod.',
  'close-the-loop/not-waiting': 'Does dim adborth wedi aros mwy na {days} diwrnod am ateb.',
  'close-the-loop/guidance':
    'Atebwch bob darn o adborth gyda diweddariad sy’n cysylltu ag e, o fewn yr amser a addawoch chi. Os na allwch chi wneud beth gafodd ei ofyn, dywedwch hynny a dywedwch pam: mae “ddim yn bosibl, oherwydd...” yn ateb. Dydy tawelwch ddim.',
  'regular-updates/unsaid': 'Dydy’r cynllun ddim yn dweud pa mor aml bydd pobl yn cael newyddion.',
  'regular-updates/planned': 'Mae newyddion wedi’u cynllunio o leiaf bob {days} diwrnod.',
  'regular-updates/unsaid-begun':
    'Dydy’r cynllun ddim yn dweud pa mor aml bydd pobl yn cael newyddion, felly does dim modd barnu’r bylchau.',
  'regular-updates/no-start': 'Dydy’r cynllun ddim yn dweud pryd dechreuodd y gwaith.',
  'regular-updates/long-wait': 'Cafodd newyddion eu haddo bob {days} diwrnod, a’r aros hiraf am newyddion oedd {longest} diwrnod.',
  'regular-updates/none-sent':
    'Cafodd newyddion eu haddo bob {days} diwrnod, a does dim wedi mynd allan yn y {since} diwrnod ers i’r gwaith ddechrau.',
  'regular-updates/kept': 'Mae newyddion wedi mynd allan fel yr addawyd, o leiaf bob {days} diwrnod ({count} diweddariad).',
  'regular-updates/guidance':
    'Anfonwch newyddion am sut mae’r gwaith yn mynd a beth mae wedi’i newid mor aml ag yr addawoch chi, p’un a yw rhywun wedi gofyn neu beidio. Mae neges fer “does dim byd wedi newid eto, dyma pam” yn cadw ymddiriedaeth.',
  'credit-in-outputs/unsaid': 'Dydy’r cynllun ddim yn rhestru beth fydd yn cael ei ysgrifennu neu ei gyflwyno am y gwaith.',
  'credit-in-outputs/nothing-yet': 'Does dim byd wedi’i ysgrifennu na’i gyflwyno am y gwaith eto.',
  'credit-in-outputs/uncredited': 'dydy {count} darn o waith ddim yn cydnabod y bobl â phrofiad bywyd a wnaeth y gwaith',
  'credit-in-outputs/named-without-consent': 'mae {count} darn o waith yn enwi pobl sydd heb gytuno i gael eu henwi ({names})',
  'credit-in-outputs/both': '{first}; a {second}',
  'credit-in-outputs/problems': '{problems}.',
  'credit-in-outputs/credited': 'Mae pob un o’r {outputs} yn cydnabod y bobl a wnaeth y gwaith.',
  'credit-in-outputs/guidance':
    'Cydnabyddwch y tîm cyd-gynhyrchu ym mhopeth sy’n cael ei ysgrifennu neu ei gyflwyno am y gwaith. Enwch bobl dim ond os ydyn nhw wedi cytuno i gael eu henwi; fel arall, cydnabyddwch y grŵp. Rhestrwch y gydnabyddiaeth ar bob darn o waith.',
  'exploration-stage/no-stages': 'Dydy’r cynllun ddim yn rhestru ei gamau eto.',
  'exploration-stage/none': 'Does dim cam wedi’i gadw i edrych ar y broblem gyda’n gilydd cyn penderfynu beth i’w wneud.',
  'exploration-stage/explores': 'Mae “{stage}” yn amser i edrych ar y broblem gyda’n gilydd.',
  'exploration-stage/guidance':
    'Ar ôl dod i adnabod eich gilydd, cynlluniwch amser i edrych ar y broblem gyda’ch gilydd cyn i neb gynnig ateb: beth ydw i’n ei weld, beth wyt ti’n ei weld, a nawr beth ydyn ni’n ei weld?',
  'experiment-small/no-stages': 'Dydy’r cynllun ddim yn rhestru ei gamau eto.',
  'experiment-small/none':
    'Does dim cam ar gyfer rhoi cynnig ar newidiadau bach yn gyntaf: “mentro’n fach, methu’n gynnar, dysgu’n gyflym”.',
  'experiment-small/rollout-first': 'Mae “{stage}” yn dod cyn rhoi cynnig ar unrhyw beth bach.',
  'experiment-small/small-first': 'Mae “{stage}” yn rhoi cynnig ar newidiadau bach yn gyntaf.',
  'experiment-small/guidance':
    'Cyn dechrau ffordd newydd o weithio ym mhobman, cynlluniwch gam i roi cynnig ar newidiadau bach, dysgu o beth sydd ddim yn gweithio, a newid cyfeiriad gyda’ch gilydd. Rhowch enw iddo sy’n dweud hynny, fel “rhoi cynnig ar newidiadau bach”.',
  'embedding-stage/no-stages': 'Dydy’r cynllun ddim yn rhestru ei gamau eto.',
  'embedding-stage/none': 'Does dim cam yn cynllunio sut bydd yr hyn a ddysgwyd yn para ar ôl i’r prosiect orffen.',
  'embedding-stage/has-end': 'Mae gan “{stage}” ddyddiad gorffen. Gwneud i newid bara yw’r cam sydd heb ddiwedd.',
  'embedding-stage/lasts': 'Mae “{stage}” yn cynllunio sut bydd y newid yn para.',
  'embedding-stage/guidance':
    'Cynlluniwch sut bydd beth rydych chi’n ei ddysgu gyda’ch gilydd yn para: pwy sy’n ei gadw i fynd, ym mha dimau a chyfarfodydd, a sut mae’r grŵp yn aros yn rhan ohono. Gadewch y cam hwn heb ddyddiad gorffen.',
  'consent-valid/bundled':
    'Mae caniatâd yn cael ei ofyn ar gyfer sawl defnydd ar unwaith, felly all pobl ddim dweud ie i un a na i un arall.',
  'consent-valid/unsure-granular': 'a oes gofyn am bob defnydd ar ei ben ei hun',
  'consent-valid/pre-ticked': 'Mae blychau caniatâd wedi’u ticio cyn i bobl ddewis. Dydy blwch sydd wedi’i dicio’n barod ddim yn ganiatâd.',
  'consent-valid/unsure-pre-ticked': 'a oes unrhyw flwch wedi’i dicio cyn i bobl ddewis',
  'consent-valid/not-withdrawable': 'All pobl ddim tynnu eu caniatâd yn ôl.',
  'consent-valid/unsure-withdrawable': 'a all pobl dynnu caniatâd yn ôl',
  'consent-valid/words-not-kept': 'Dydy’r geiriau a welodd pobl ddim yn cael eu cadw, felly all neb ddangos beth gytunon nhw iddo.',
  'consent-valid/unsure-words-kept': 'a yw’r geiriau a welodd pobl yn cael eu cadw',
  'consent-valid/record-without-words': 'Dydy’r penderfyniad caniatâd hwn ddim yn cadw’r union eiriau a welodd y person.',
  'consent-valid/practice-unsaid-records-kept':
    'Mae penderfyniadau caniatâd yn cadw eu geiriau, ond dydy’r cynllun ddim yn dweud sut mae gofyn am ganiatâd.',
  'consent-valid/practice-unsaid': 'Dydy’r cynllun ddim yn dweud sut mae gofyn am ganiatâd.',
  'consent-valid/unsure': 'Dydy’r cynllun ddim yn dweud {what}.',
  'consent-valid/valid':
    'Mae caniatâd yn cael ei ofyn ar gyfer pob defnydd ar ei ben ei hun, byth wedi’i dicio’n barod, gellir ei dynnu’n ôl, ac mae’r geiriau a ddangoswyd yn cael eu cadw.',
  'consent-valid/guidance':
    'Gofynnwch am bob defnydd o eiriau ac enwau pobl ar ei ben ei hun (dyfynnu, enwi, lluniau, rhannu). Gadewch bob blwch yn wag nes i’r person ddewis. Gwnewch dynnu caniatâd yn ôl yn un cam. Cadwch yr union eiriau a ddangosoch chi gyda phob penderfyniad.',
}
