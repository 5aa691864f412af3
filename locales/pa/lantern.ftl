# Lantern's interface text: Punjabi in Gurmukhi script (ਪੰਜਾਬੀ).
# Translation: not yet checked by a professional translator.

skip-link = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
quick-exit = ਇਹ ਸਾਈਟ ਛੱਡੋ
quick-exit-region = ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-help = ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ
quick-exit-press = { $remaining ->
    [one] ਇਹ ਸਾਈਟ ਛੱਡਣ ਲਈ Shift { $remaining } ਵਾਰ ਹੋਰ ਦਬਾਓ
   *[other] ਇਹ ਸਾਈਟ ਛੱਡਣ ਲਈ Shift { $remaining } ਵਾਰ ਹੋਰ ਦਬਾਓ
}
language-switcher = ਭਾਸ਼ਾ ਚੁਣੋ
nav-label = ਮੁੱਖ ਮੀਨੂ
breadcrumbs-label = ਤੁਸੀਂ ਇੱਥੇ ਹੋ
emergency-notice = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕੋਈ ਬੱਚਾ ਫੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 'ਤੇ ਕਾਲ ਕਰੋ।
published = ਪ੍ਰਕਾਸ਼ਿਤ
updated = ਆਖਰੀ ਵਾਰ ਅੱਪਡੇਟ ਕੀਤਾ
on-this-page = ਇਸ ਪੰਨੇ 'ਤੇ
themes-title = ਵਿਸ਼ੇ
section-empty = ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਹੈ।
fallback-notice = ਇਸ ਪੰਨੇ ਦਾ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਇਹ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ: { $default-language }।
draft-banner = ਖਰੜਾ — ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ
footer-contact = ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
footer-feed = ਨਵੇਂ ਪ੍ਰਕਾਸ਼ਨਾਂ ਦੀ ਗਾਹਕੀ ਲਓ (Atom ਫੀਡ)
footer-privacy = ਇਹ ਸਾਈਟ ਕੋਈ ਕੂਕੀ ਨਹੀਂ ਵਰਤਦੀ ਅਤੇ ਤੁਹਾਨੂੰ ਟ੍ਰੈਕ ਨਹੀਂ ਕਰਦੀ।
feed-title = { $site }: ਨਵੇਂ ਪ੍ਰਕਾਸ਼ਨ
breadcrumb-home = ਮੁੱਖ ਪੰਨਾ
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਕਿਤੇ ਹੋਰ ਚਲਾ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਪਤਾ ਗਲਤ ਲਿਖਿਆ ਗਿਆ ਹੋਵੇ।
not-found-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ
expired-title = ਹੁਣ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ
expired-text = ਇਹ ਸਮੀਖਿਆ ਸਾਰ ਸੀਮਤ ਸਮੇਂ ਲਈ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ ਸੀ ਅਤੇ ਹੁਣ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
expired-ask = ਇਸ ਦੀ ਕਾਪੀ ਮੰਗਣ ਲਈ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
contact-details = ਸੰਪਰਕ ਵੇਰਵੇ
contact-organisation = ਸੰਸਥਾ
contact-address = ਪਤਾ
contact-phone = ਫ਼ੋਨ
contact-email = ਈਮੇਲ
contact-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
not-found-next = ਤੁਸੀਂ ਇਹ ਕਰ ਸਕਦੇ ਹੋ:
printed-from = ਇੱਥੋਂ ਛਾਪਿਆ ਗਿਆ:
home-contact-text = ਕੋਈ ਸਵਾਲ ਪੁੱਛੋ, ਸਮੀਖਿਆ ਪੈਨਲ ਦੇ ਚੇਅਰ ਨੂੰ ਮਿਲਣ ਲਈ ਕਹੋ, ਜਾਂ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ।
home-safety-text = ਇਸ ਸਾਈਟ ਨੂੰ ਜਲਦੀ ਕਿਵੇਂ ਛੱਡਣਾ ਹੈ ਅਤੇ ਆਪਣੀ ਫੇਰੀ ਕਿਵੇਂ ਲੁਕਾਉਣੀ ਹੈ।
home-latest = ਤਾਜ਼ਾ ਸਿੱਖਿਆ
latest-kind-review = ਸਮੀਖਿਆ ਦਾ ਸਾਰ
latest-kind-briefing = 7 ਮਿੰਟ ਦੀ ਜਾਣਕਾਰੀ
latest-kind-newsletter = ਨਿਊਜ਼ਲੈਟਰ
table-label = ਸਾਰਣੀ
alert-note = ਨੋਟ
alert-tip = ਸੁਝਾਅ
alert-important = ਮਹੱਤਵਪੂਰਨ
alert-warning = ਚੇਤਾਵਨੀ
alert-caution = ਸਾਵਧਾਨ
date-long = { $day } { $month } { $year }
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

## Review summaries and recommendations
review-reference = ਹਵਾਲਾ
review-kind = ਸਮੀਖਿਆ ਦੀ ਕਿਸਮ
review-kind-cspr = ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ ਦੇ ਕੰਮਕਾਜ ਦੀ ਸਮੀਖਿਆ
review-kind-scr = ਗੰਭੀਰ ਕੇਸ ਦੀ ਸਮੀਖਿਆ
review-agencies = ਸ਼ਾਮਲ ਏਜੰਸੀਆਂ
review-expires = ਇਸ ਤਾਰੀਖ ਤੱਕ ਪ੍ਰਕਾਸ਼ਿਤ
review-recommendations = ਸਿਫ਼ਾਰਸ਼ਾਂ
review-recommendations-count = { $count ->
    [one] ਇਸ ਸਮੀਖਿਆ ਨੇ { $count } ਸਿਫ਼ਾਰਸ਼ ਕੀਤੀ।
   *[other] ਇਸ ਸਮੀਖਿਆ ਨੇ { $count } ਸਿਫ਼ਾਰਸ਼ਾਂ ਕੀਤੀਆਂ।
}
review-briefings = ਇਸ ਸਮੀਖਿਆ ਤੋਂ ਜਾਣਕਾਰੀਆਂ
review-see-tracker = ਹਰ ਸਮੀਖਿਆ ਦੀ ਹਰ ਸਿਫ਼ਾਰਸ਼ 'ਤੇ ਹੋਈ ਤਰੱਕੀ ਦੇਖੋ
rec-heading = ਸਿਫ਼ਾਰਸ਼ { $id }
rec-heading-in-review = { $review }: ਸਿਫ਼ਾਰਸ਼ { $id }
rec-status = ਸਥਿਤੀ
rec-outcome = ਇੱਛਤ ਨਤੀਜਾ
rec-due = ਆਖਰੀ ਤਾਰੀਖ
rec-no-due = ਕੋਈ ਤਾਰੀਖ ਤੈਅ ਨਹੀਂ
rec-agencies = ਜ਼ਿੰਮੇਵਾਰ
rec-latest = ਤਾਜ਼ਾ ਤਰੱਕੀ
rec-no-progress = ਅਜੇ ਕੋਈ ਤਰੱਕੀ ਦੱਸੀ ਨਹੀਂ ਗਈ।
rec-all-progress = { $count ->
    [one] { $count } ਤਰੱਕੀ ਰਿਪੋਰਟ
   *[other] ਸਾਰੀਆਂ { $count } ਤਰੱਕੀ ਰਿਪੋਰਟਾਂ
}
rec-overdue-flag = ਦੇਰੀ ਨਾਲ
status-overdue = ਦੇਰੀ ਨਾਲ
status-in-progress = ਜਾਰੀ
status-not-started = ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਈ
status-complete = ਪੂਰੀ ਹੋਈ

## The recommendations tracker
tracker-title = ਸਿਫ਼ਾਰਸ਼ਾਂ 'ਤੇ ਤਰੱਕੀ
tracker-description = ਸਾਡੀਆਂ ਸਮੀਖਿਆਵਾਂ ਦੀ ਹਰ ਸਿਫ਼ਾਰਸ਼: ਇਸ ਨੇ ਕੀ ਹਾਸਲ ਕਰਨਾ ਹੈ, ਇਹ ਕਦੋਂ ਤੱਕ ਪੂਰੀ ਹੋਣੀ ਹੈ ਅਤੇ ਕੰਮ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ।
tracker-intro = ਹਰ ਸਮੀਖਿਆ ਸਿਫ਼ਾਰਸ਼ਾਂ ਨਾਲ ਖਤਮ ਹੁੰਦੀ ਹੈ। ਹਰ ਸਿਫ਼ਾਰਸ਼ ਦਾ ਇੱਕ ਇੱਛਤ ਨਤੀਜਾ ਅਤੇ ਇੱਕ ਆਖਰੀ ਤਾਰੀਖ ਹੁੰਦੀ ਹੈ। ਜਦੋਂ ਉਹ ਤਾਰੀਖ ਲੰਘ ਜਾਵੇ ਅਤੇ ਕੰਮ ਪੂਰਾ ਨਾ ਹੋਵੇ, ਤਾਂ ਸਿਫ਼ਾਰਸ਼ ਦੇਰੀ ਨਾਲ ਹੁੰਦੀ ਹੈ।
tracker-today = { $date } ਨੂੰ ਸਥਿਤੀ ਇਹ ਸੀ।
tracker-total = { $count ->
    [one] { $count } ਸਿਫ਼ਾਰਸ਼ ਹੈ:
   *[other] { $count } ਸਿਫ਼ਾਰਸ਼ਾਂ ਹਨ:
}
tracker-count-overdue = { $count } ਦੇਰੀ ਨਾਲ
tracker-count-in-progress = { $count } ਜਾਰੀ
tracker-count-not-started = { $count } ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਈਆਂ
tracker-count-complete = { $count } ਪੂਰੀਆਂ ਹੋਈਆਂ
tracker-jump = ਸਥਿਤੀ ਅਨੁਸਾਰ ਸਿਫ਼ਾਰਸ਼ਾਂ
tracker-group-empty = ਕੋਈ ਨਹੀਂ।
tracker-from = ਇਸ ਤੋਂ
tracker-expired = (ਹੁਣ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ)
tracker-none = ਅਜੇ ਕੋਈ ਸਿਫ਼ਾਰਸ਼ ਨਹੀਂ ਹੈ।
chart-caption = ਹਰ ਸਮੀਖਿਆ ਦੀਆਂ ਸਿਫ਼ਾਰਸ਼ਾਂ, ਸਥਿਤੀ ਅਨੁਸਾਰ
chart-legend = ਕੁੰਜੀ
chart-review = ਸਮੀਖਿਆ
chart-total = ਕੁੱਲ
chart-table-caption = ਹਰ ਸਮੀਖਿਆ ਦੀਆਂ ਸਿਫ਼ਾਰਸ਼ਾਂ ਦੀ ਗਿਣਤੀ, ਸਥਿਤੀ ਅਨੁਸਾਰ

## Themes
themes-index-title = ਵਿਸ਼ੇ
themes-index-description = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਸਮੀਖਿਆ ਸਾਰ, ਜਾਣਕਾਰੀਆਂ ਅਤੇ ਨਿਊਜ਼ਲੈਟਰ।
themes-index-intro = ਕਿਸੇ ਵਿਸ਼ੇ ਬਾਰੇ ਹਰ ਸਮੀਖਿਆ ਸਾਰ, ਜਾਣਕਾਰੀ ਅਤੇ ਨਿਊਜ਼ਲੈਟਰ ਦੇਖਣ ਲਈ ਉਹ ਵਿਸ਼ਾ ਚੁਣੋ।
themes-count = { $count ->
    [one] { $count } ਪੰਨਾ
   *[other] { $count } ਪੰਨੇ
}
themes-none = ਅਜੇ ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ ਹੈ।
theme-intro = { $count ->
    [one] ਇਸ ਵਿਸ਼ੇ 'ਤੇ { $count } ਪੰਨਾ।
   *[other] ਇਸ ਵਿਸ਼ੇ 'ਤੇ { $count } ਪੰਨੇ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ।
}
theme-all = ਸਾਰੇ ਵਿਸ਼ੇ
kind-review = ਸਮੀਖਿਆ ਸਾਰ
kind-briefing = 7 ਮਿੰਟ ਦੀਆਂ ਜਾਣਕਾਰੀਆਂ
kind-newsletter = ਨਿਊਜ਼ਲੈਟਰ
kind-training = ਸਿਖਲਾਈ
kind-page = ਪੰਨੇ
kind-section = ਭਾਗ

## Briefings and newsletters
briefing-parts = ਇਹ ਜਾਣਕਾਰੀ ਸੱਤ ਹਿੱਸਿਆਂ ਵਿੱਚ
briefing-from-review = ਇਹ ਜਾਣਕਾਰੀ ਇਸ ਤੋਂ ਲਈ ਗਈ ਹੈ
newsletter-issue = ਅੰਕ
newsletter-archive = ਸਾਲ ਅਨੁਸਾਰ ਨਿਊਜ਼ਲੈਟਰ
newsletter-undated = ਬਿਨਾਂ ਤਾਰੀਖ

## Training
training-details = ਸੈਸ਼ਨ ਬਾਰੇ
training-when = ਕਦੋਂ
training-time = { $start } ਤੋਂ { $end } ਤੱਕ
training-where = ਕਿੱਥੇ
training-online = ਔਨਲਾਈਨ
training-audience = ਕਿਸ ਲਈ
training-booking = ਬੁੱਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
training-book-link = ਥਾਂ ਬੁੱਕ ਕਰੋ
training-calendar = ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ (iCalendar, { $size })
training-past-notice = ਇਹ ਸੈਸ਼ਨ ਹੋ ਚੁੱਕਾ ਹੈ।
training-upcoming = ਆਉਣ ਵਾਲੇ ਸੈਸ਼ਨ
training-past = ਪਿਛਲੇ ਸੈਸ਼ਨ
training-none-upcoming = ਇਸ ਵੇਲੇ ਕੋਈ ਸੈਸ਼ਨ ਯੋਜਨਾਬੱਧ ਨਹੀਂ ਹੈ।

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = ਇਸ ਭਾਗ ਦੇ ਨਵੇਂ ਪੰਨਿਆਂ ਦੀ ਗਾਹਕੀ ਲਓ (Atom ਫੀਡ)
contact-vcard = ਆਪਣੇ ਸੰਪਰਕਾਂ ਵਿੱਚ ਜੋੜੋ (vCard, { $size })

## Worried about a child? (on every page)
concern-title = ਕਿਸੇ ਬੱਚੇ ਬਾਰੇ ਚਿੰਤਤ ਹੋ?
concern-text = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਜਾ ਰਿਹਾ ਹੈ ਜਾਂ ਉਸ ਦੀ ਅਣਦੇਖੀ ਹੋ ਰਹੀ ਹੈ, ਤਾਂ ਸਾਨੂੰ ਕਾਲ ਕਰੋ। ਤੁਹਾਨੂੰ ਪੱਕਾ ਯਕੀਨ ਹੋਣ ਦੀ ਲੋੜ ਨਹੀਂ।
concern-front-door = ਬੱਚਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ
concern-board = ਸਾਨੂੰ ਕਾਲ ਕਰੋ
concern-out-of-hours = ਦਫ਼ਤਰੀ ਸਮੇਂ ਤੋਂ ਬਾਅਦ
concern-police = ਫੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਬੱਚਾ
concern-more = ਚਿੰਤਾ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਬਾਰੇ ਹੋਰ

## E-mail editions of newsletters and briefings
email-read-online = ਇਸਨੂੰ ਵੈੱਬਸਾਈਟ 'ਤੇ ਪੜ੍ਹੋ
email-in-this-issue = ਇਸ ਅੰਕ ਵਿੱਚ
email-links = ਲਿੰਕ

## Search (the search page and every page from A to Z)
search-link = ਖੋਜ
search-title = ਖੋਜ
search-description = ਇਸ ਸਾਈਟ 'ਤੇ ਕੋਈ ਪਰਚਾ, ਸਮੀਖਿਆ ਦਾ ਸਾਰ, ਜਾਣਕਾਰੀ ਜਾਂ ਨਿਊਜ਼ਲੈਟਰ ਲੱਭੋ।
search-label = ਇਸ ਸਾਈਟ 'ਤੇ ਖੋਜੋ
search-button = ਖੋਜੋ
search-hint = ਇੱਕ ਜਾਂ ਦੋ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ “ਮੀਟਿੰਗ” ਜਾਂ “ਅਣਦੇਖੀ”। ਤੁਹਾਡੇ ਲਿਖਦਿਆਂ ਹੀ ਨਤੀਜੇ ਦਿਖਾਈ ਦੇਣ ਲੱਗਦੇ ਹਨ।
search-results = { $count ->
    [one] “{ $query }” ਲਈ { $count } ਪੰਨਾ ਮਿਲਿਆ
   *[other] “{ $query }” ਲਈ { $count } ਪੰਨੇ ਮਿਲੇ
}
search-none = “{ $query }” ਲਈ ਕੋਈ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ, ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਵਰਤ ਕੇ ਦੇਖੋ, ਜਾਂ ਸਾਰੇ ਪੰਨੇ ਵਰਣਮਾਲਾ ਅਨੁਸਾਰ ਦੇਖੋ।
search-too-short = ਘੱਟੋ-ਘੱਟ ਦੋ ਅੱਖਰ ਲਿਖੋ।
search-failed = ਖੋਜ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਰੇ ਪੰਨੇ ਵਰਣਮਾਲਾ ਅਨੁਸਾਰ ਲੱਭ ਸਕਦੇ ਹੋ।
search-no-script = ਖੋਜ ਲਈ JavaScript ਦੀ ਲੋੜ ਹੈ, ਜੋ ਬੰਦ ਹੈ ਜਾਂ ਲੋਡ ਨਹੀਂ ਹੋਇਆ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਸਾਰੇ ਪੰਨੇ ਵਰਣਮਾਲਾ ਅਨੁਸਾਰ ਲੱਭ ਸਕਦੇ ਹੋ।
search-a-z = ਸਾਰੇ ਪੰਨੇ ਵਰਣਮਾਲਾ ਅਨੁਸਾਰ
search-a-z-description = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਇਸ ਸਾਈਟ ਦੇ ਸਾਰੇ ਪੰਨੇ, ਵਰਣਮਾਲਾ ਦੇ ਕ੍ਰਮ ਅਨੁਸਾਰ।
search-a-z-letters = ਕਿਸੇ ਅੱਖਰ 'ਤੇ ਜਾਓ
search-kind-leaflet = ਪਰਚਾ
search-kind-page = ਪੰਨਾ
search-kind-section = ਭਾਗ
search-kind-review = ਸਮੀਖਿਆ ਦਾ ਸਾਰ
search-kind-briefing = 7 ਮਿੰਟ ਦੀ ਜਾਣਕਾਰੀ
search-kind-newsletter = ਨਿਊਜ਼ਲੈਟਰ
search-kind-training = ਸਿਖਲਾਈ
