# Lantern's interface text: Persian (فارسی).
# Translation: not yet checked by a professional translator.

skip-link = رفتن به محتوای اصلی
quick-exit = خروج از این وب‌سایت
quick-exit-region = خروج سریع
quick-exit-help = امنیت در اینترنت
quick-exit-press = { $remaining ->
    [one] برای خروج از این وب‌سایت، { $remaining } بار دیگر Shift را فشار دهید
   *[other] برای خروج از این وب‌سایت، { $remaining } بار دیگر Shift را فشار دهید
}
language-switcher = انتخاب زبان
nav-label = منوی اصلی
breadcrumbs-label = شما اینجا هستید
emergency-notice = اگر فکر می‌کنید کودکی در خطر فوری است، با ۹۹۹ تماس بگیرید.
published = تاریخ انتشار
updated = آخرین به‌روزرسانی
on-this-page = در این صفحه
themes-title = موضوع‌ها
section-empty = هنوز چیزی اینجا نیست.
fallback-notice = این صفحه هنوز به فارسی ترجمه نشده است، به همین دلیل به زبان { $default-language } نمایش داده می‌شود.
draft-banner = پیش‌نویس — منتشر نشده
footer-contact = تماس با ما
footer-accessibility = بیانیهٔ دسترسی‌پذیری
footer-feed = اشتراک در انتشارات جدید (خوراک وب)
footer-privacy = این وب‌سایت از کوکی استفاده نمی‌کند و شما را ردیابی نمی‌کند.
feed-title = { $site }: انتشارات جدید
breadcrumb-home = صفحهٔ اصلی
not-found-title = صفحه پیدا نشد
not-found-text = نتوانستیم این صفحه را پیدا کنیم. شاید جابه‌جا شده باشد یا نشانی اشتباه نوشته شده باشد.
not-found-home = رفتن به صفحهٔ اصلی
expired-title = دیگر منتشر نمی‌شود
expired-text = این خلاصهٔ بازبینی برای مدت محدودی منتشر شد و اکنون برداشته شده است.
expired-ask = برای درخواست یک نسخه با ما تماس بگیرید
contact-details = اطلاعات تماس
contact-organisation = سازمان
contact-address = نشانی
contact-phone = تلفن
contact-email = ایمیل
contact-hours = ساعات کاری
not-found-next = می‌توانید:
printed-from = چاپ‌شده از:
home-contact-text = سؤالی بپرسید، درخواست دیدار با رئیس هیئت بازبینی کنید، یا به ما بگویید به چه چیزی نیاز دارید.
home-safety-text = چگونه سریع از این وب‌سایت خارج شوید و بازدید خود را پنهان کنید.
home-latest = تازه‌ترین درس‌ها
latest-kind-review = خلاصهٔ بازبینی
latest-kind-briefing = گزارش ۷ دقیقه‌ای
latest-kind-newsletter = خبرنامه
table-label = جدول
alert-note = یادداشت
alert-tip = نکته
alert-important = مهم
alert-warning = هشدار
alert-caution = احتیاط
date-long = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

## Review summaries and recommendations
review-reference = شماره
review-kind = نوع بازبینی
review-kind-cspr = بازبینی شیوهٔ کار در حمایت از کودکان
review-kind-scr = بازبینی پروندهٔ جدی
review-agencies = نهادهای درگیر
review-expires = منتشرشده تا
review-recommendations = توصیه‌ها
review-recommendations-count = { $count ->
    [one] این بازبینی { $count } توصیه ارائه کرد.
   *[other] این بازبینی { $count } توصیه ارائه کرد.
}
review-briefings = گزارش‌های این بازبینی
review-see-tracker = پیشرفت هر توصیهٔ هر بازبینی را ببینید
rec-heading = توصیهٔ { $id }
rec-heading-in-review = { $review }: توصیهٔ { $id }
rec-status = وضعیت
rec-outcome = نتیجهٔ مورد نظر
rec-due = مهلت
rec-no-due = تاریخی تعیین نشده است
rec-agencies = مسئول
rec-latest = آخرین پیشرفت
rec-no-progress = هنوز پیشرفتی گزارش نشده است.
rec-all-progress = { $count ->
    [one] { $count } گزارش پیشرفت
   *[other] همهٔ { $count } گزارش پیشرفت
}
rec-overdue-flag = دیرکرد
status-overdue = دیرکرد
status-in-progress = در حال انجام
status-not-started = آغاز نشده
status-complete = انجام شده

## The recommendations tracker
tracker-title = پیشرفت توصیه‌ها
tracker-description = همهٔ توصیه‌های بازبینی‌های ما: چه چیزی باید به دست آید، مهلت آن کی است و چگونه پیش می‌رود.
tracker-intro = هر بازبینی با توصیه‌هایی پایان می‌یابد. هر توصیه نتیجه‌ای مورد نظر و تاریخی برای انجام دارد. توصیه‌ای که تاریخش گذشته و انجام نشده باشد، دیرکرد دارد.
tracker-today = وضعیت در تاریخ { $date } چنین بود.
tracker-total = { $count ->
    [one] { $count } توصیه وجود دارد:
   *[other] { $count } توصیه وجود دارد:
}
tracker-count-overdue = دیرکرد: { $count }
tracker-count-in-progress = در حال انجام: { $count }
tracker-count-not-started = آغاز نشده: { $count }
tracker-count-complete = انجام شده: { $count }
tracker-jump = توصیه‌ها بر پایهٔ وضعیت
tracker-group-empty = هیچ.
tracker-from = از
tracker-expired = (دیگر منتشر نمی‌شود)
tracker-none = هنوز توصیه‌ای وجود ندارد.
chart-caption = توصیه‌های هر بازبینی بر پایهٔ وضعیت
chart-legend = راهنما
chart-review = بازبینی
chart-total = مجموع
chart-table-caption = شمار توصیه‌های هر بازبینی بر پایهٔ وضعیت

## Themes
themes-index-title = موضوع‌ها
themes-index-description = خلاصه‌های بازبینی، گزارش‌ها و خبرنامه‌ها بر پایهٔ موضوع.
themes-index-intro = یک موضوع را انتخاب کنید تا همهٔ خلاصه‌ها، گزارش‌ها و خبرنامه‌های مربوط به آن را ببینید.
themes-count = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
themes-none = هنوز موضوعی وجود ندارد.
theme-intro = { $count ->
    [one] { $count } صفحه دربارهٔ این موضوع.
   *[other] { $count } صفحه دربارهٔ این موضوع، تازه‌ترین‌ها نخست.
}
theme-all = همهٔ موضوع‌ها
kind-review = خلاصه‌های بازبینی
kind-briefing = گزارش‌های ۷ دقیقه‌ای
kind-newsletter = خبرنامه‌ها
kind-training = آموزش
kind-page = صفحه‌ها
kind-section = بخش‌ها

## Briefings and newsletters
briefing-parts = این گزارش در هفت بخش
briefing-from-review = این گزارش برگرفته از
newsletter-issue = شماره
newsletter-archive = خبرنامه‌ها بر پایهٔ سال
newsletter-undated = بدون تاریخ

## Training
training-details = دربارهٔ جلسه
training-when = زمان
training-time = از { $start } تا { $end }
training-where = مکان
training-online = آنلاین
training-audience = برای چه کسانی
training-booking = چگونه ثبت‌نام کنیم
training-book-link = رزرو جا
training-calendar = افزودن به تقویم (پروندهٔ تقویم، { $size })
training-past-notice = این جلسه برگزار شده است.
training-upcoming = جلسه‌های پیش رو
training-past = جلسه‌های گذشته
training-none-upcoming = در حال حاضر جلسه‌ای برنامه‌ریزی نشده است.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = اشتراک در صفحه‌های جدید این بخش (خوراک وب)
contact-vcard = افزودن به مخاطبان (کارت تماس، { $size })

## Worried about a child? (on every page)
concern-title = نگران کودکی هستید؟
concern-text = اگر فکر می‌کنید به کودکی آسیب می‌رسد یا از او غفلت می‌شود، با ما تماس بگیرید. لازم نیست مطمئن باشید.
concern-front-door = خدمات کودکان
concern-board = با ما تماس بگیرید
concern-out-of-hours = خارج از ساعات کاری
concern-police = کودکی در خطر فوری
concern-more = بیشتر دربارهٔ گزارش دادن یک نگرانی

## E-mail editions of newsletters and briefings
email-read-online = این را در وب‌سایت بخوانید
email-in-this-issue = در این شماره
email-links = پیوندها

## Search (the search page and every page from A to Z)
search-link = جست‌وجو
search-title = جست‌وجو
search-description = در این وب‌سایت بروشور، خلاصهٔ بازبینی، گزارش یا خبرنامه پیدا کنید.
search-label = جست‌وجو در این وب‌سایت
search-button = جست‌وجو
search-hint = یک یا دو کلمه بنویسید، مانند «جلسه» یا «غفلت». نتایج هم‌زمان با نوشتن شما نمایش داده می‌شوند.
search-results = { $count ->
    [one] { $count } صفحه برای «{ $query }» پیدا شد
   *[other] { $count } صفحه برای «{ $query }» پیدا شد
}
search-none = هیچ صفحه‌ای برای «{ $query }» پیدا نشد. املای کلمه را بررسی کنید، کلمهٔ دیگری را امتحان کنید، یا همهٔ صفحه‌ها را به ترتیب الفبا ببینید.
search-too-short = دست‌کم دو حرف بنویسید.
search-failed = جست‌وجو در حال حاضر کار نمی‌کند. همچنان می‌توانید همهٔ صفحه‌ها را به ترتیب الفبا پیدا کنید.
search-no-script = جست‌وجو به جاوا اسکریپت نیاز دارد که خاموش است یا بارگیری نشده است. همچنان می‌توانید همهٔ صفحه‌ها را به ترتیب الفبا پیدا کنید.
search-a-z = همهٔ صفحه‌ها به ترتیب الفبا
search-a-z-description = همهٔ صفحه‌های این وب‌سایت به این زبان، به ترتیب الفبا.
search-a-z-letters = رفتن به یک حرف
search-kind-leaflet = بروشور
search-kind-page = صفحه
search-kind-section = بخش
search-kind-review = خلاصهٔ بازبینی
search-kind-briefing = گزارش ۷ دقیقه‌ای
search-kind-newsletter = خبرنامه
search-kind-training = آموزش
