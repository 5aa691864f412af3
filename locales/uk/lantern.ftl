# Lantern's interface text: Ukrainian (українська).
# Translation: not yet checked by a professional translator.

skip-link = Перейти до основного вмісту
quick-exit = Покинути цей сайт
quick-exit-region = Швидкий вихід
quick-exit-help = Безпека в інтернеті
quick-exit-press = { $remaining ->
    [one] Натисніть Shift ще { $remaining } раз, щоб покинути цей сайт
    [few] Натисніть Shift ще { $remaining } рази, щоб покинути цей сайт
    [many] Натисніть Shift ще { $remaining } разів, щоб покинути цей сайт
   *[other] Натисніть Shift ще { $remaining } раза, щоб покинути цей сайт
}
language-switcher = Виберіть мову
nav-label = Головне меню
breadcrumbs-label = Ви тут
emergency-notice = Якщо ви вважаєте, що дитина в безпосередній небезпеці, телефонуйте 999.
published = Опубліковано
updated = Останнє оновлення
on-this-page = На цій сторінці
themes-title = Теми
section-empty = Тут поки що нічого немає.
fallback-notice = Цю сторінку ще не перекладено українською, тому її показано мовою: { $default-language }.
draft-banner = Чернетка — не опубліковано
footer-contact = Зв'язатися з нами
footer-accessibility = Заява про доступність
footer-feed = Підписатися на нові публікації (стрічка Atom)
footer-privacy = Цей сайт не використовує файли cookie і не стежить за вами.
feed-title = { $site }: нові публікації
breadcrumb-home = Головна
not-found-title = Сторінку не знайдено
not-found-text = Ми не змогли знайти цю сторінку. Можливо, її перенесли або в адресі є помилка.
not-found-home = Перейти на головну сторінку
expired-title = Більше не опубліковано
expired-text = Цей підсумок перевірки публікувався обмежений час і тепер знятий.
expired-ask = Зв'яжіться з нами, щоб попросити копію
contact-details = Контактні дані
contact-organisation = Організація
contact-address = Адреса
contact-phone = Телефон
contact-email = Електронна пошта
contact-hours = Години роботи
not-found-next = Ви можете:
printed-from = Надруковано з:
home-contact-text = Поставте запитання, попросіть про зустріч із головою комісії з перевірки або скажіть нам, що вам потрібно.
home-safety-text = Як швидко покинути цей сайт і приховати свій візит.
home-latest = Останні висновки
latest-kind-review = Підсумок перевірки
latest-kind-briefing = 7-хвилинний огляд
latest-kind-newsletter = Інформаційний бюлетень
table-label = Таблиця
alert-note = Примітка
alert-tip = Порада
alert-important = Важливо
alert-warning = Попередження
alert-caution = Обережно
date-long = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Review summaries and recommendations
review-reference = Номер
review-kind = Вид перевірки
review-kind-cspr = Перевірка практики захисту дітей
review-kind-scr = Перевірка серйозного випадку
review-agencies = Залучені служби
review-expires = Опубліковано до
review-recommendations = Рекомендації
review-recommendations-count = { $count ->
    [one] За результатами цієї перевірки надано { $count } рекомендацію.
    [few] За результатами цієї перевірки надано { $count } рекомендації.
    [many] За результатами цієї перевірки надано { $count } рекомендацій.
   *[other] За результатами цієї перевірки надано { $count } рекомендації.
}
review-briefings = Огляди за цією перевіркою
review-see-tracker = Подивіться, як виконується кожна рекомендація кожної перевірки
rec-heading = Рекомендація { $id }
rec-heading-in-review = { $review }: рекомендація { $id }
rec-status = Стан
rec-outcome = Очікуваний результат
rec-due = Термін
rec-no-due = Термін не встановлено
rec-agencies = Відповідальні
rec-latest = Останній поступ
rec-no-progress = Про поступ ще не повідомлялося.
rec-all-progress = { $count ->
    [one] { $count } звіт про поступ
    [few] Усі { $count } звіти про поступ
    [many] Усі { $count } звітів про поступ
   *[other] Усі { $count } звіту про поступ
}
rec-overdue-flag = Прострочено
status-overdue = Прострочено
status-in-progress = Виконується
status-not-started = Не розпочато
status-complete = Виконано

## The recommendations tracker
tracker-title = Виконання рекомендацій
tracker-description = Кожна рекомендація наших перевірок: чого вона має досягти, який її термін і як вона виконується.
tracker-intro = Кожна перевірка завершується рекомендаціями. Кожна має очікуваний результат і термін. Рекомендація прострочена, коли термін минув, а її не виконано.
tracker-today = Так було станом на { $date }.
tracker-total = { $count ->
    [one] Є { $count } рекомендація:
    [few] Є { $count } рекомендації:
    [many] Є { $count } рекомендацій:
   *[other] Є { $count } рекомендації:
}
tracker-count-overdue = прострочено: { $count }
tracker-count-in-progress = виконується: { $count }
tracker-count-not-started = не розпочато: { $count }
tracker-count-complete = виконано: { $count }
tracker-jump = Рекомендації за станом
tracker-group-empty = Немає.
tracker-from = З
tracker-expired = (більше не опубліковано)
tracker-none = Рекомендацій ще немає.
chart-caption = Рекомендації кожної перевірки за станом
chart-legend = Умовні позначення
chart-review = Перевірка
chart-total = Усього
chart-table-caption = Кількість рекомендацій кожної перевірки за станом

## Themes
themes-index-title = Теми
themes-index-description = Підсумки перевірок, огляди та бюлетені за темами.
themes-index-intro = Виберіть тему, щоб побачити всі підсумки, огляди та бюлетені про неї.
themes-count = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
themes-none = Тем ще немає.
theme-intro = { $count ->
    [one] { $count } сторінка на цю тему.
    [few] { $count } сторінки на цю тему, найновіші спочатку.
    [many] { $count } сторінок на цю тему, найновіші спочатку.
   *[other] { $count } сторінки на цю тему, найновіші спочатку.
}
theme-all = Усі теми
kind-review = Підсумки перевірок
kind-briefing = 7-хвилинні огляди
kind-newsletter = Бюлетені
kind-training = Навчання
kind-page = Сторінки
kind-section = Розділи

## Briefings and newsletters
briefing-parts = Цей огляд у семи частинах
briefing-from-review = Цей огляд підготовлено за
newsletter-issue = Випуск
newsletter-archive = Бюлетені за роками
newsletter-undated = Без дати

## Training
training-details = Про заняття
training-when = Коли
training-time = з { $start } до { $end }
training-where = Де
training-online = Онлайн
training-audience = Для кого
training-booking = Як записатися
training-book-link = Забронювати місце
training-calendar = Додати до календаря (iCalendar, { $size })
training-past-notice = Це заняття вже відбулося.
training-upcoming = Найближчі заняття
training-past = Минулі заняття
training-none-upcoming = Наразі заняття не заплановані.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Підписатися на нові сторінки цього розділу (стрічка Atom)
contact-vcard = Додати до контактів (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Турбуєтеся про дитину?
concern-text = Якщо ви вважаєте, що дитині завдають шкоди або нехтують нею, зателефонуйте нам. Вам не обов'язково бути впевненими.
concern-front-door = Служби у справах дітей
concern-board = Зателефонуйте нам
concern-out-of-hours = У неробочий час
concern-police = Дитина в безпосередній небезпеці
concern-more = Докладніше про те, як повідомити про занепокоєння

## E-mail editions of newsletters and briefings
email-read-online = Читати на вебсайті
email-in-this-issue = У цьому випуску
email-links = Посилання

## Search (the search page and every page from A to Z)
search-link = Пошук
search-title = Пошук
search-description = Знайдіть на цьому сайті пам'ятку, підсумок перевірки, огляд або бюлетень.
search-label = Пошук на цьому сайті
search-button = Шукати
search-hint = Введіть одне-два слова, наприклад «зустріч» або «нехтування». Результати з'являються, поки ви пишете.
search-results = { $count ->
    [one] Знайдено { $count } сторінку за запитом «{ $query }»
    [few] Знайдено { $count } сторінки за запитом «{ $query }»
    [many] Знайдено { $count } сторінок за запитом «{ $query }»
   *[other] Знайдено { $count } сторінки за запитом «{ $query }»
}
search-none = За запитом «{ $query }» сторінок не знайдено. Перевірте написання, спробуйте інше слово або перегляньте всі сторінки від А до Я.
search-too-short = Введіть щонайменше дві літери.
search-failed = Пошук зараз не працює. Ви все одно можете знайти всі сторінки в покажчику від А до Я.
search-no-script = Для пошуку потрібен JavaScript, але його вимкнено або він не завантажився. Ви все одно можете знайти всі сторінки в покажчику від А до Я.
search-a-z = Усі сторінки від А до Я
search-a-z-description = Усі сторінки цього сайту цією мовою, в алфавітному порядку.
search-a-z-letters = Перейти до літери
search-kind-leaflet = Пам'ятка
search-kind-page = Сторінка
search-kind-section = Розділ
search-kind-review = Підсумок перевірки
search-kind-briefing = 7-хвилинний огляд
search-kind-newsletter = Інформаційний бюлетень
search-kind-training = Навчання
