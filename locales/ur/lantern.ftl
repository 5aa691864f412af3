# Lantern's interface text: Urdu (اردو).
# Translation: not yet checked by a professional translator.

skip-link = مرکزی مواد پر جائیں
quick-exit = یہ سائٹ فوراً چھوڑیں
quick-exit-region = فوری طور پر نکلنا
quick-exit-help = آن لائن محفوظ رہنا
quick-exit-press = { $remaining ->
    [one] سائٹ چھوڑنے کے لیے Shift مزید 1 بار دبائیں
   *[other] سائٹ چھوڑنے کے لیے Shift مزید { $remaining } بار دبائیں
}
language-switcher = زبان منتخب کریں
nav-label = مرکزی فہرست
breadcrumbs-label = آپ یہاں ہیں
emergency-notice = اگر آپ کو لگتا ہے کہ کوئی بچہ فوری خطرے میں ہے تو 999 پر کال کریں۔
published = شائع ہوا
updated = آخری تازہ کاری
on-this-page = اس صفحے پر
themes-title = موضوعات
section-empty = یہاں ابھی کچھ نہیں ہے۔
fallback-notice = اس صفحے کا ابھی اردو میں ترجمہ نہیں ہوا۔ نیچے اس کا متن { $default-language } میں دیا گیا ہے۔
draft-banner = مسودہ — شائع نہیں ہوا
footer-contact = ہم سے رابطہ کریں
footer-accessibility = رسائی کا بیان
footer-feed = نئی اشاعتوں کی رکنیت لیں (ویب فیڈ)
footer-privacy = یہ سائٹ کوکیز استعمال نہیں کرتی اور آپ کو ٹریک نہیں کرتی۔
feed-title = { $site }: نئی اشاعتیں
breadcrumb-home = سرورق
not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے یہ منتقل ہو گیا ہو یا پتہ غلط لکھا گیا ہو۔
not-found-home = سرورق پر جائیں
expired-title = اب شائع نہیں ہوتا
expired-text = اس جائزے کا خلاصہ محدود مدت کے لیے شائع کیا گیا تھا اور اب ہٹا دیا گیا ہے۔
expired-ask = نقل حاصل کرنے کے لیے ہم سے رابطہ کریں
contact-details = رابطے کی تفصیلات
contact-organisation = ادارہ
contact-address = پتہ
contact-phone = فون
contact-email = ای میل
contact-hours = اوقاتِ کار
not-found-next = آپ یہ کر سکتے ہیں:
printed-from = یہ صفحہ یہاں سے پرنٹ کیا گیا:
home-contact-text = کوئی سوال پوچھیں، جائزہ پینل کے سربراہ سے ملاقات کی درخواست کریں، یا ہمیں بتائیں کہ آپ کو کیا ضرورت ہے۔
home-safety-text = اس ویب سائٹ سے جلدی نکلنے اور اپنا وزٹ چھپانے کا طریقہ۔
home-latest = تازہ ترین سبق
latest-kind-review = جائزے کا خلاصہ
latest-kind-briefing = سات منٹ کی بریفنگ
latest-kind-newsletter = نیوز لیٹر
table-label = جدول
alert-note = نوٹ
alert-tip = مشورہ
alert-important = اہم
alert-warning = انتباہ
alert-caution = احتیاط
date-long = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## جائزوں کے خلاصے اور سفارشات
review-reference = حوالہ
review-kind = جائزے کی قسم
review-kind-cspr = بچوں کے تحفظ کے طریقۂ کار کا جائزہ
review-kind-scr = سنگین کیس کا جائزہ
review-agencies = شامل ادارے
review-expires = اشاعت کی آخری تاریخ
review-recommendations = سفارشات
review-recommendations-count = { $count ->
    [one] اس جائزے میں 1 سفارش کی گئی۔
   *[other] اس جائزے میں { $count } سفارشات کی گئیں۔
}
review-briefings = اس جائزے پر مبنی بریفنگز
review-see-tracker = تمام جائزوں کی تمام سفارشات پر پیش رفت دیکھیں
rec-heading = سفارش { $id }
rec-heading-in-review = { $review }: سفارش { $id }
rec-status = صورتحال
rec-outcome = مطلوبہ نتیجہ
rec-due = مکمل کرنے کی تاریخ
rec-no-due = کوئی تاریخ مقرر نہیں
rec-agencies = ذمہ دار ادارے
rec-latest = تازہ ترین پیش رفت
rec-no-progress = ابھی تک کوئی پیش رفت رپورٹ نہیں ہوئی۔
rec-all-progress = { $count ->
    [one] پیش رفت کی 1 رپورٹ
   *[other] پیش رفت کی تمام { $count } رپورٹیں
}
rec-overdue-flag = تاریخ گزر چکی ہے
status-overdue = تاخیر کا شکار
status-in-progress = جاری ہے
status-not-started = شروع نہیں ہوا
status-complete = مکمل

## سفارشات پر پیش رفت
tracker-title = سفارشات پر پیش رفت
tracker-description = ہمارے جائزوں کی ہر سفارش: اس سے کیا حاصل ہونا ہے، یہ کب تک مکمل ہونی ہے اور اس پر کام کیسا چل رہا ہے۔
tracker-intro = ہر جائزہ سفارشات پر ختم ہوتا ہے۔ ہر سفارش کا ایک مطلوبہ نتیجہ اور مکمل کرنے کی ایک تاریخ ہوتی ہے۔ اگر یہ تاریخ گزر جائے اور سفارش مکمل نہ ہو تو اسے تاخیر کا شکار سمجھا جاتا ہے۔
tracker-today = { $date } کی صورتحال۔
tracker-total = { $count ->
    [one] کل 1 سفارش ہے:
   *[other] کل { $count } سفارشات ہیں:
}
tracker-count-overdue = { $count } تاخیر کا شکار
tracker-count-in-progress = { $count } جاری
tracker-count-not-started = { $count } شروع نہیں ہوئیں
tracker-count-complete = { $count } مکمل
tracker-jump = صورتحال کے لحاظ سے سفارشات
tracker-group-empty = کوئی نہیں۔
tracker-from = جائزہ
tracker-expired = (اب شائع نہیں ہوتا)
tracker-none = ابھی کوئی سفارش نہیں ہے۔
chart-caption = ہر جائزے کی سفارشات، صورتحال کے لحاظ سے
chart-legend = وضاحت
chart-review = جائزہ
chart-total = کل
chart-table-caption = ہر جائزے کی سفارشات کی تعداد، صورتحال کے لحاظ سے

## موضوعات
themes-index-title = موضوعات
themes-index-description = موضوع کے لحاظ سے جائزوں کے خلاصے، بریفنگز اور نیوز لیٹر۔
themes-index-intro = کوئی موضوع منتخب کریں تاکہ اس سے متعلق ہر جائزے کا خلاصہ، بریفنگ اور نیوز لیٹر دیکھ سکیں۔
themes-count = { $count ->
    [one] 1 صفحہ
   *[other] { $count } صفحات
}
themes-none = ابھی کوئی موضوع نہیں ہے۔
theme-intro = { $count ->
    [one] اس موضوع پر 1 صفحہ۔
   *[other] اس موضوع پر { $count } صفحات، نئے سے پرانے کی ترتیب میں۔
}
theme-all = تمام موضوعات
kind-review = جائزوں کے خلاصے
kind-briefing = 7 منٹ کی بریفنگز
kind-newsletter = نیوز لیٹر
kind-training = تربیت
kind-page = صفحات
kind-section = حصے

## بریفنگز اور نیوز لیٹر
briefing-parts = یہ بریفنگ سات حصوں میں
briefing-from-review = یہ بریفنگ اس جائزے پر مبنی ہے
newsletter-issue = شمارہ
newsletter-archive = سال کے لحاظ سے نیوز لیٹر
newsletter-undated = بغیر تاریخ

## تربیت
training-details = سیشن کے بارے میں
training-when = کب
training-time = { $start } سے { $end } تک
training-where = کہاں
training-online = آن لائن
training-audience = کس کے لیے ہے
training-booking = بکنگ کیسے کریں
training-book-link = جگہ بک کریں
training-calendar = اپنے کیلنڈر میں شامل کریں (کیلنڈر فائل، { $size })
training-past-notice = یہ سیشن ہو چکا ہے۔
training-upcoming = آنے والے سیشن
training-past = گزشتہ سیشن
training-none-upcoming = اس وقت کوئی سیشن طے نہیں ہے۔

## فیڈز اور رابطہ
feed-section-title = { $site }: { $section }
feed-section-link = اس حصے کے نئے صفحات کی رکنیت لیں (ویب فیڈ)
contact-vcard = اپنے رابطوں میں شامل کریں (رابطہ کارڈ، { $size })

## کسی بچے کے بارے میں فکرمند ہیں؟ (ہر صفحے پر)
concern-title = کسی بچے کے بارے میں فکرمند ہیں؟
concern-text = اگر آپ کو لگتا ہے کہ کسی بچے کو نقصان پہنچایا جا رہا ہے یا اس کی دیکھ بھال میں غفلت ہو رہی ہے تو ہمیں فون کریں۔ آپ کا یقین ہونا ضروری نہیں۔
concern-front-door = بچوں کی خدمات
concern-board = ہمیں فون کریں
concern-out-of-hours = دفتری اوقات کے بعد
concern-police = بچہ فوری خطرے میں ہو
concern-more = تشویش کی اطلاع دینے کے بارے میں مزید

## The e-mail edition of newsletters and briefings
email-read-online = یہ ویب سائٹ پر پڑھیں
email-in-this-issue = اس شمارے میں
email-links = روابط

## تلاش (تلاش کا صفحہ اور تمام صفحات حروفِ تہجی کی ترتیب سے)
search-link = تلاش
search-title = تلاش
search-description = اس سائٹ پر کوئی پمفلٹ، جائزے کا خلاصہ، بریفنگ یا نیوز لیٹر تلاش کریں۔
search-label = اس سائٹ میں تلاش کریں
search-button = تلاش کریں
search-hint = ایک یا دو الفاظ لکھیں، جیسے «میٹنگ» یا «غفلت»۔ نتائج آپ کے لکھتے ہی ظاہر ہونے لگتے ہیں۔
search-results = { $count ->
    [one] «{ $query }» کے لیے 1 صفحہ ملا
   *[other] «{ $query }» کے لیے { $count } صفحات ملے
}
search-none = «{ $query }» کے لیے کوئی صفحہ نہیں ملا۔ ہجے چیک کریں، کوئی اور لفظ آزمائیں، یا تمام صفحات حروفِ تہجی کی ترتیب سے دیکھیں۔
search-too-short = کم از کم دو حروف لکھیں۔
search-failed = تلاش اس وقت کام نہیں کر رہی۔ آپ پھر بھی تمام صفحات حروفِ تہجی کی ترتیب سے دیکھ سکتے ہیں۔
search-no-script = تلاش کے لیے جاوا اسکرپٹ ضروری ہے، جو بند ہے یا لوڈ نہیں ہوا۔ آپ پھر بھی تمام صفحات حروفِ تہجی کی ترتیب سے دیکھ سکتے ہیں۔
search-a-z = تمام صفحات حروفِ تہجی کی ترتیب سے
search-a-z-description = اس زبان میں اس سائٹ کے تمام صفحات، حروفِ تہجی کی ترتیب سے۔
search-a-z-letters = کسی حرف پر جائیں
search-kind-leaflet = پمفلٹ
search-kind-page = صفحہ
search-kind-section = حصہ
search-kind-review = جائزے کا خلاصہ
search-kind-briefing = سات منٹ کی بریفنگ
search-kind-newsletter = نیوز لیٹر
search-kind-training = تربیت
