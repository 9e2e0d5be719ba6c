import type { Template } from '../types.js'

/** Urdu: the foundations rules' findings and guidance. */
export const foundations: Record<string, Template> = {
  'open-problem-framing/fixed': 'کام مسئلے کے ایک طے شدہ خیال سے شروع ہوتا ہے، اس لیے آپ صرف وہی جواب سنیں گے جو اس میں فٹ ہوں۔',
  'open-problem-framing/outcomes-fixed':
    'منصوبہ مسئلے کو کھلا کہتا ہے، لیکن نتائج پہلے سے طے ہیں: لوگ صرف اس سوال کا جواب دے سکتے ہیں جو عملہ پہلے ہی چن چکا ہے۔',
  'open-problem-framing/unknown': 'منصوبہ یہ نہیں بتاتا کہ مسئلہ کھلا ہے یا پہلے سے طے ہے۔',
  'open-problem-framing/outcomes-unknown': 'مسئلہ کھلا ہے، لیکن منصوبہ یہ نہیں بتاتا کہ نتائج پہلے سے طے ہیں یا نہیں۔',
  'open-problem-framing/open': 'کام ایک کھلے سوال سے شروع ہوتا ہے، اور نتائج پہلے سے طے نہیں۔',
  'open-problem-framing/guidance':
    'جواب سے نہیں، سوال سے شروع کریں۔ یہ طے کرنے سے پہلے کہ کیا ٹھیک کرنا ہے، ذاتی تجربہ رکھنے والے لوگوں سے پوچھیں کہ مسئلہ کیا ہے۔ جب آپ یہ کر لیں تو `problemFraming` کو `open` کریں۔',
  'power-reflection/started-unknown': 'سیشن شروع ہو چکے ہیں، اور منصوبہ یہ نہیں بتاتا کہ عملے نے اپنے اختیار کے بارے میں کب سوچا۔',
  'power-reflection/unknown': 'منصوبہ ابھی یہ نہیں بتاتا کہ عملہ اپنے اختیار کے بارے میں کب سوچے گا۔',
  'power-reflection/still-to-come':
    'سیشن شروع ہو چکے ہیں، اور اختیار کے بارے میں سوچنے کی تاریخ ابھی آنی ہے۔ یہ پہلے سیشن سے پہلے ہونا چاہیے۔',
  'power-reflection/after': 'عملے نے اپنے اختیار کے بارے میں پہلے سیشن کے بعد ہی سوچا۔ یہ پہلے ہونا چاہیے۔',
  'power-reflection/before': 'عملے نے کام شروع ہونے سے پہلے اپنے اختیار کے بارے میں سوچا۔',
  'power-reflection/guidance':
    'پہلے سیشن سے پہلے، عملے کی ٹیم کے طور پر وقت نکالیں اور اس اختیار پر بات کریں جو لوگوں کی مدد تک رسائی پر آپ کے پاس ہے، اور اپنے ڈر اور خیالات پر بھی۔ لکھیں کہ آپ نے یہ کب کیا، `powerReflection.completedAt` میں۔',
  'aims-agreed-together/no-aims': 'منصوبہ ابھی یہ نہیں بتاتا کہ مقاصد کیا ہیں۔',
  'aims-agreed-together/on-record': 'مقاصد کا فیصلہ ریکارڈ پر ہے، اور ذاتی تجربہ رکھنے والے لوگ اس میں شامل تھے۔',
  'aims-agreed-together/agreed': 'مقاصد ذاتی تجربہ رکھنے والے ارکان کے ساتھ طے ہوئے۔',
  'aims-agreed-together/not-together': 'مقاصد مل کر طے نہیں ہوئے: {why}۔',
  'aims-agreed-together/no-one-named': 'منصوبہ یہ نہیں بتاتا کہ مقاصد کس نے طے کیے۔',
  'aims-agreed-together/not-members':
    'مقاصد {names} کے ساتھ طے ہوئے، اور ان میں سے کوئی بھی اس منصوبے میں ذاتی تجربہ رکھنے والا رکن نہیں۔ ان لوگوں کو رکن بنائیں، یا فیصلہ ریکارڈ کریں۔',
  'aims-agreed-together/guidance':
    'شروع میں ہی گروپ کے ذاتی تجربہ رکھنے والے لوگوں کے ساتھ مقاصد طے کریں۔ پوچھیں کہ انہیں اس کام سے کیا چاہیے۔ لکھیں کہ کس نے انہیں طے کیا، `aims.agreedWith` میں (ارکان کے نمبر یا گروپوں کے نام)۔',
  'time-for-relationships/no-stages': 'منصوبہ ابھی اپنے مرحلے نہیں بتاتا۔',
  'time-for-relationships/first-stage': 'پہلا مرحلہ، "{stage}"، ایک دوسرے کو جاننے کے لیے ہے۔',
  'time-for-relationships/first-stage-short':
    'پہلا مرحلہ، "{stage}"، ایک دوسرے کو جاننے کے لیے ہے، لیکن یہ صرف {weeks} کا ہے۔ غربت کا سچ کمیشن (Poverty Truth Commission) اس پر 3 سے 4 مہینے لگاتا ہے۔',
  'time-for-relationships/first-stage-long': 'پہلا مرحلہ، "{stage}"، ایک دوسرے کو جاننے کے لیے {weeks} دیتا ہے۔',
  'time-for-relationships/comes-later': 'ایک دوسرے کو جاننے کا وقت دوسرے مرحلوں کے بعد آتا ہے۔ اسے سب سے پہلے آنا چاہیے۔',
  'time-for-relationships/no-stage': 'مسئلے حل کرنے سے پہلے ایک دوسرے کو جاننے کے لیے کوئی مرحلہ نہیں رکھا گیا۔',
  'time-for-relationships/no-timeline': 'منصوبہ یہ نہیں بتاتا کہ کام کب شروع اور کب ختم ہوتا ہے۔',
  'time-for-relationships/end-passed': 'آخری تاریخ {until}۔ گروپ کے ساتھ نئی تاریخ طے کریں جس میں اعتماد بنانے کا وقت ہو۔',
  'time-for-relationships/tight': 'کام کے پاس صرف {weeks} ہیں۔ اس میں اعتماد بنانے کی جگہ نہیں۔',
  'time-for-relationships/tight-movable':
    'کام کے پاس صرف {weeks} ہیں۔ اس میں اعتماد بنانے کی جگہ نہیں: آخری تاریخ بدل سکتی ہے، تو اسے بدلیں۔',
  'time-for-relationships/room': 'کام کے پاس {weeks} ہیں، اور کافی وقت بچتا ہے۔',
  'time-for-relationships/guidance':
    'پہلے مرحلے کو ایک دوسرے کو جاننے کا وقت بنائیں: کہانیاں سنائیں، مل کر کھانا کھائیں، طے کریں کہ کیا اہم ہے۔ اسے `buildsRelationships: true` سے نشان لگائیں۔ پورے کام کو اس سے زیادہ وقت دیں جتنا آپ سوچتے ہیں، اور وقت لوگوں کی زندگیوں کے مطابق رکھیں۔',
  'plan-for-group-change/members-left': { one: '{count} میں سے {left} رکن چلا گیا ہے', other: '{count} میں سے {left} ارکان چلے گئے ہیں' },
  'plan-for-group-change/stopped-coming': { one: '{names} پچھلے 2 سیشنوں میں نہیں آیا', other: '{names} پچھلے 2 سیشنوں میں نہیں آئے' },
  'plan-for-group-change/both': '{first}، اور {second}',
  'plan-for-group-change/either': '{first}، یا {second}',
  'plan-for-group-change/gap-joining': 'نئے لوگ کیسے شامل ہوتے ہیں',
  'plan-for-group-change/gap-leaving': 'جب لوگ چھوڑ دیں یا پیچھے ہٹ جائیں تو کیا ہوتا ہے',
  'plan-for-group-change/changed-no-plan': '{changed}، اور گروپ بدلنے کا کوئی منصوبہ نہیں۔',
  'plan-for-group-change/unknown': 'منصوبہ یہ نہیں بتاتا کہ جب لوگ چھوڑیں یا شامل ہوں تو کیا ہوتا ہے۔',
  'plan-for-group-change/plan-gaps': 'گروپ بدلنے کا منصوبہ یہ نہیں بتاتا کہ {gaps}۔',
  'plan-for-group-change/carried-on': 'گروپ بدلا اور منصوبے کے مطابق چلتا رہا: {changed}؛ {joined} بعد میں شامل ہوئے۔',
  'plan-for-group-change/planned': 'لوگوں کے شامل ہونے، اور لوگوں کے چھوڑنے یا پیچھے ہٹنے کا منصوبہ موجود ہے۔',
  'plan-for-group-change/half-gone':
    'آدھا گروپ یا اس سے زیادہ جا چکا ہے ({total} میں سے {gone}، ان {stopped} سمیت جنہوں نے آنا چھوڑ دیا)۔ آگے بڑھنے سے پہلے رکیں اور وجہ پوچھیں۔',
  'plan-for-group-change/half-left': 'آدھا گروپ یا اس سے زیادہ چھوڑ چکا ہے ({total} میں سے {gone})۔ آگے بڑھنے سے پہلے رکیں اور وجہ پوچھیں۔',
  'plan-for-group-change/guidance':
    'لکھیں کہ جب لوگ چھوڑیں یا ان کی زندگی بدلے تو آپ کیا کریں گے: نئے لوگ کیسے شامل ہو سکتے ہیں، پیچھے ہٹنے والوں سے رابطہ کیسے رکھیں گے، اور کام کیسے چلتا رہے گا۔ اگر بہت سے لوگ چھوڑ گئے ہیں یا آنا بند کر دیا ہے، تو آگے بڑھنے سے پہلے رہ جانے والوں سے (اور چھوڑنے والوں سے، اگر وہ بات کرنا چاہیں) پوچھیں کہ کیا مدد کرے گا۔',
  'lived-experience-led-options/lead-opened':
    'ریکارڈ پر ذاتی تجربہ رکھنے والے لوگ رہنمائی کرتے ہیں: انہوں نے وہ {questions} اٹھائے جن کا گروپ نے فیصلہ کیا۔',
  'lived-experience-led-options/lead-ideas':
    'ریکارڈ پر ذاتی تجربہ رکھنے والے لوگ رہنمائی کرتے ہیں: ریکارڈ پر {ideas} میں سے {count} انہوں نے پیش کیے۔',
  'lived-experience-led-options/said-led-nobody':
    'منصوبہ کہتا ہے کہ ذاتی تجربہ رکھنے والے لوگ کام کی رہنمائی کرتے ہیں، لیکن گروپ میں کسی کا ذاتی تجربہ نہیں۔',
  'lived-experience-led-options/said-led-staff-did':
    'منصوبہ کہتا ہے کہ ذاتی تجربہ رکھنے والے لوگ کام کی رہنمائی کرتے ہیں، لیکن ریکارڈ پر تمام {ideas} عملے نے پیش کیے اور ہر سوال عملے نے اٹھایا۔',
  'lived-experience-led-options/said-led': 'منصوبہ کہتا ہے کہ کام کی رہنمائی ذاتی تجربہ رکھنے والا کوئی شخص کرتا ہے۔',
  'lived-experience-led-options/groups-unnamed':
    'منصوبہ کہتا ہے کہ عملے نے پہلے سے موجود گروپ تلاش کیے، لیکن یہ نہیں کہ کون سے گروپ یا انہوں نے کیا کہا۔',
  'lived-experience-led-options/groups-named': 'عملے نے پہلے سے موجود گروپ اور نیٹ ورک تلاش کیے، اور لکھا کہ کون سے۔',
  'lived-experience-led-options/staff-led': 'کام کی رہنمائی عملہ کرتا ہے اور اس نے پہلے سے موجود گروپ تلاش نہیں کیے۔',
  'lived-experience-led-options/staff-did-all':
    'ریکارڈ پر تمام {ideas} عملے نے پیش کیے اور ہر سوال عملے نے اٹھایا۔ منصوبہ یہ نہیں بتاتا کہ کیا کوئی پہلے سے موجود گروپ، یا ذاتی تجربہ رکھنے والا کوئی شخص، اس کی جگہ رہنمائی کر سکتا ہے۔',
  'lived-experience-led-options/unknown': 'منصوبہ یہ نہیں بتاتا کہ رہنمائی کون کرتا ہے، یا کیا پہلے سے موجود گروپوں سے پوچھا گیا۔',
  'lived-experience-led-options/guidance':
    'پوچھیں: کیا یہ کام ہمیں بیچ میں رکھے بغیر ہو سکتا ہے؟ ایسے گروپ تلاش کریں جو پہلے سے کسی ایسی بات پر ملتے ہیں جس کی انہیں فکر ہے، ان کی مدد کی پیشکش کریں، اور لکھیں کہ آپ نے کن گروپوں سے پوچھا، `leadership.notes` میں۔ یا ذاتی تجربہ رکھنے والے کسی شخص سے کہیں کہ وہ اپنے نیٹ ورک کے ذریعے رہنمائی کرے: ارکان کو سوال اٹھانے دیں (`decisionsOpenedBy: members`) اور اپنے خیالات پیش کرنے دیں۔',
  'times-around-lives/no-times': 'ابھی کسی سیشن کا وقت طے نہیں۔',
  'times-around-lives/not-said': 'منصوبہ یہ نہیں بتاتا کہ حصہ لینے والے لوگ کب نہیں آ سکتے۔',
  'times-around-lives/who-when': '{name} ({times})',
  'times-around-lives/clash': '{sessions} ان اوقات میں ہیں جب لوگوں نے کہا کہ وہ نہیں آ سکتے: {who}۔',
  'times-around-lives/avoids': 'وقت والا ہر سیشن ان اوقات سے بچتا ہے جب {people} نے کہا کہ وہ نہیں آ سکتے۔',
  'times-around-lives/guidance':
    'ہر شخص سے پوچھیں کہ وہ کب آ سکتا ہے، اور لکھ لیں (رکن پر `cannotCome`)۔ سیشنوں کا وقت اسکول کے اوقات، کام اور دیکھ بھال کے مطابق رکھیں، دفتر کے دن کے مطابق نہیں۔ جو سیشن کسی کے وقت سے ٹکراتا ہو اسے بدلیں، یا دوسرا وقت پیش کریں۔',
}
