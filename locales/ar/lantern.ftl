# Lantern's interface text: Arabic (العربية).
# Translation: not yet checked by a professional translator.

skip-link = انتقل إلى المحتوى الرئيسي
quick-exit = غادر هذا الموقع
quick-exit-region = خروج سريع
quick-exit-help = البقاء آمنًا على الإنترنت
quick-exit-press = { $remaining ->
    [zero] اضغط Shift الآن لمغادرة هذا الموقع
    [one] اضغط Shift مرة واحدة أخرى لمغادرة هذا الموقع
    [two] اضغط Shift مرتين أخريين لمغادرة هذا الموقع
    [few] اضغط Shift { $remaining } مرات أخرى لمغادرة هذا الموقع
    [many] اضغط Shift { $remaining } مرة أخرى لمغادرة هذا الموقع
   *[other] اضغط Shift { $remaining } مرة أخرى لمغادرة هذا الموقع
}
language-switcher = اختر لغة
nav-label = القائمة الرئيسية
breadcrumbs-label = أنت هنا
emergency-notice = إذا كنت تعتقد أن طفلًا في خطر مباشر، فاتصل بالرقم 999.
published = تاريخ النشر
updated = آخر تحديث
on-this-page = في هذه الصفحة
themes-title = المواضيع
section-empty = لا يوجد شيء هنا بعد.
fallback-notice = لم تُترجم هذه الصفحة إلى العربية بعد، لذلك تظهر باللغة { $default-language }.
draft-banner = مسودة — غير منشورة
footer-contact = اتصل بنا
footer-accessibility = بيان إمكانية الوصول
footer-feed = اشترك في المنشورات الجديدة (موجز ويب)
footer-privacy = لا يضع هذا الموقع أي ملفات تعريف ارتباط ولا يتتبعك.
feed-title = { $site }: منشورات جديدة
breadcrumb-home = الصفحة الرئيسية
not-found-title = الصفحة غير موجودة
not-found-text = لم نتمكن من العثور على هذه الصفحة. ربما نُقلت، أو ربما كُتب العنوان بشكل خاطئ.
not-found-home = اذهب إلى الصفحة الرئيسية
expired-title = لم يعد منشورًا
expired-text = نُشر ملخص المراجعة هذا لفترة محدودة، وقد أُزيل الآن.
expired-ask = اتصل بنا لطلب نسخة
contact-details = بيانات الاتصال
contact-organisation = الجهة
contact-address = العنوان
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-hours = ساعات العمل
not-found-next = يمكنك:
printed-from = طُبعت من:
home-contact-text = اطرح سؤالًا، أو اطلب مقابلة رئيس لجنة المراجعة، أو أخبرنا بما تحتاج إليه.
home-safety-text = كيف تغادر هذا الموقع بسرعة وتخفي زيارتك.
home-latest = أحدث الدروس المستفادة
latest-kind-review = ملخص مراجعة
latest-kind-briefing = إحاطة في 7 دقائق
latest-kind-newsletter = نشرة إخبارية
table-label = جدول
alert-note = ملاحظة
alert-tip = نصيحة
alert-important = مهم
alert-warning = تحذير
alert-caution = تنبيه
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Review summaries and recommendations
review-reference = المرجع
review-kind = نوع المراجعة
review-kind-cspr = مراجعة ممارسات حماية الطفل
review-kind-scr = مراجعة حالة خطيرة
review-agencies = الجهات المعنية
review-expires = منشور حتى
review-recommendations = التوصيات
review-recommendations-count = { $count ->
    [zero] لم تقدّم هذه المراجعة أي توصية.
    [one] قدّمت هذه المراجعة توصية واحدة.
    [two] قدّمت هذه المراجعة توصيتين.
    [few] قدّمت هذه المراجعة { $count } توصيات.
    [many] قدّمت هذه المراجعة { $count } توصية.
   *[other] قدّمت هذه المراجعة { $count } توصية.
}
review-briefings = إحاطات من هذه المراجعة
review-see-tracker = اطّلع على التقدم في كل توصية من كل مراجعة
rec-heading = التوصية { $id }
rec-heading-in-review = { $review }: التوصية { $id }
rec-status = الحالة
rec-outcome = النتيجة المقصودة
rec-due = موعد الإنجاز
rec-no-due = لم يُحدَّد موعد
rec-agencies = الجهة المسؤولة
rec-latest = آخر تقدم
rec-no-progress = لم يُبلَّغ عن أي تقدم بعد.
rec-all-progress = { $count ->
    [zero] لا توجد تقارير تقدم
    [one] تقرير تقدم واحد
    [two] تقريرا التقدم كلاهما
    [few] جميع تقارير التقدم الـ { $count }
    [many] جميع تقارير التقدم وعددها { $count }
   *[other] جميع تقارير التقدم وعددها { $count }
}
rec-overdue-flag = متأخرة
status-overdue = متأخرة
status-in-progress = قيد التنفيذ
status-not-started = لم تبدأ
status-complete = مكتملة

## The recommendations tracker
tracker-title = التقدم في التوصيات
tracker-description = كل توصية من مراجعاتنا: ما الذي يجب أن تحققه، ومتى موعدها، وكيف تسير.
tracker-intro = تنتهي كل مراجعة بتوصيات. لكل توصية نتيجة مقصودة وتاريخ يجب إنجازها قبله. تكون التوصية متأخرة عندما يمر ذلك التاريخ ولم تكتمل.
tracker-today = هكذا كان الوضع في { $date }.
tracker-total = { $count ->
    [zero] لا توجد أي توصية:
    [one] توجد توصية واحدة:
    [two] توجد توصيتان:
    [few] توجد { $count } توصيات:
    [many] توجد { $count } توصية:
   *[other] توجد { $count } توصية:
}
tracker-count-overdue = متأخرة: { $count }
tracker-count-in-progress = قيد التنفيذ: { $count }
tracker-count-not-started = لم تبدأ: { $count }
tracker-count-complete = مكتملة: { $count }
tracker-jump = التوصيات حسب الحالة
tracker-group-empty = لا شيء.
tracker-from = من
tracker-expired = (لم تعد منشورة)
tracker-none = لا توجد توصيات بعد.
chart-caption = توصيات كل مراجعة حسب الحالة
chart-legend = مفتاح الرسم
chart-review = المراجعة
chart-total = المجموع
chart-table-caption = عدد توصيات كل مراجعة حسب الحالة

## Themes
themes-index-title = المواضيع
themes-index-description = ملخصات المراجعات والإحاطات والنشرات الإخبارية حسب الموضوع.
themes-index-intro = اختر موضوعًا لترى كل ملخص مراجعة وإحاطة ونشرة إخبارية عنه.
themes-count = { $count ->
    [zero] لا توجد صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
themes-none = لا توجد مواضيع بعد.
theme-intro = { $count ->
    [zero] لا توجد صفحات عن هذا الموضوع.
    [one] صفحة واحدة عن هذا الموضوع.
    [two] صفحتان عن هذا الموضوع، الأحدث أولًا.
    [few] { $count } صفحات عن هذا الموضوع، الأحدث أولًا.
    [many] { $count } صفحة عن هذا الموضوع، الأحدث أولًا.
   *[other] { $count } صفحة عن هذا الموضوع، الأحدث أولًا.
}
theme-all = كل المواضيع
kind-review = ملخصات المراجعات
kind-briefing = إحاطات في 7 دقائق
kind-newsletter = النشرات الإخبارية
kind-training = التدريب
kind-page = الصفحات
kind-section = الأقسام

## Briefings and newsletters
briefing-parts = هذه الإحاطة في سبعة أجزاء
briefing-from-review = هذه الإحاطة مأخوذة من
newsletter-issue = العدد
newsletter-archive = النشرات الإخبارية حسب السنة
newsletter-undated = بلا تاريخ

## Training
training-details = عن الجلسة
training-when = الموعد
training-time = من { $start } إلى { $end }
training-where = المكان
training-online = عبر الإنترنت
training-audience = لمن هي
training-booking = كيفية الحجز
training-book-link = احجز مكانًا
training-calendar = أضف إلى تقويمك (ملف تقويم، { $size })
training-past-notice = عُقدت هذه الجلسة بالفعل.
training-upcoming = الجلسات القادمة
training-past = الجلسات السابقة
training-none-upcoming = لا توجد جلسات مخطط لها في الوقت الحالي.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = اشترك في الصفحات الجديدة في هذا القسم (موجز ويب)
contact-vcard = أضف إلى جهات اتصالك (بطاقة اتصال، { $size })

## Worried about a child? (on every page)
concern-title = هل أنت قلق على طفل؟
concern-text = إذا كنت تعتقد أن طفلًا يتعرض للأذى أو الإهمال، فاتصل بنا. لا يلزم أن تكون متأكدًا.
concern-front-door = خدمات الأطفال
concern-board = اتصل بنا
concern-out-of-hours = خارج ساعات العمل
concern-police = طفل في خطر مباشر
concern-more = المزيد عن الإبلاغ عن مخاوف

## E-mail editions of newsletters and briefings
email-read-online = اقرأ هذا على الموقع
email-in-this-issue = في هذا العدد
email-links = روابط

## Search (the search page and every page from A to Z)
search-link = بحث
search-title = البحث
search-description = ابحث في هذا الموقع عن مطوية أو ملخص مراجعة أو إحاطة أو نشرة إخبارية.
search-label = ابحث في هذا الموقع
search-button = ابحث
search-hint = اكتب كلمة أو كلمتين، مثل «اجتماع» أو «إهمال». تظهر النتائج أثناء الكتابة.
search-results = { $count ->
    [zero] لا توجد صفحات تطابق «{ $query }»
    [one] صفحة واحدة تطابق «{ $query }»
    [two] صفحتان تطابقان «{ $query }»
    [few] { $count } صفحات تطابق «{ $query }»
    [many] { $count } صفحة تطابق «{ $query }»
   *[other] { $count } صفحة تطابق «{ $query }»
}
search-none = لم نجد أي صفحة تطابق «{ $query }». تأكد من الإملاء، أو جرّب كلمة أخرى، أو تصفّح كل الصفحات من الألف إلى الياء.
search-too-short = اكتب حرفين على الأقل.
search-failed = البحث لا يعمل في الوقت الحالي. لا يزال بإمكانك العثور على كل الصفحات من الألف إلى الياء.
search-no-script = يحتاج البحث إلى جافا سكريبت، لكنه معطّل أو لم يُحمَّل. لا يزال بإمكانك العثور على كل الصفحات من الألف إلى الياء.
search-a-z = كل الصفحات من الألف إلى الياء
search-a-z-description = كل صفحات هذا الموقع بهذه اللغة، مرتبة أبجديًا.
search-a-z-letters = انتقل إلى حرف
search-kind-leaflet = مطوية
search-kind-page = صفحة
search-kind-section = قسم
search-kind-review = ملخص مراجعة
search-kind-briefing = إحاطة في 7 دقائق
search-kind-newsletter = نشرة إخبارية
search-kind-training = تدريب
