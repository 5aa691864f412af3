# Lantern's interface text: British English.
# Translation: the original text, written for Lantern.

skip-link = Skip to main content
quick-exit = Leave this site
quick-exit-region = Quick exit
quick-exit-help = Staying safe online
quick-exit-press = { $remaining ->
    [one] Press Shift 1 more time to leave this site
   *[other] Press Shift { $remaining } more times to leave this site
}
language-switcher = Choose a language
nav-label = Main
breadcrumbs-label = You are here
emergency-notice = If you think a child is in immediate danger, call 999.
published = Published
updated = Last updated
on-this-page = On this page
themes-title = Themes
section-empty = There is nothing here yet.
fallback-notice = This page has not been translated into { $page-language } yet, so it is shown in { $default-language }.
draft-banner = Draft — not published
footer-contact = Contact us
footer-accessibility = Accessibility statement
footer-feed = Subscribe to new publications (Atom feed)
footer-privacy = This site sets no cookies and does not track you.
feed-title = { $site }: new publications
breadcrumb-home = Home
not-found-title = Page not found
not-found-text = We could not find that page. It may have moved, or the address may be mistyped.
not-found-home = Go to the home page
expired-title = No longer published
expired-text = This review summary was published for a limited time and has now been taken down.
expired-ask = Contact us to ask for a copy
contact-details = Contact details
contact-organisation = Organisation
contact-address = Address
contact-phone = Phone
contact-email = Email
contact-hours = Opening hours
not-found-next = You can:
printed-from = Printed from:
home-contact-text = Ask a question, ask to meet the review panel chair, or tell us what you need.
home-safety-text = How to leave this site quickly and hide your visit.
home-latest = Latest learning
latest-kind-review = Review summary
latest-kind-briefing = 7-minute briefing
latest-kind-newsletter = Newsletter
table-label = Table
alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Review summaries and recommendations
review-reference = Reference
review-kind = Type of review
review-kind-cspr = Child safeguarding practice review
review-kind-scr = Serious case review
review-agencies = Agencies involved
review-expires = Published until
review-recommendations = Recommendations
review-recommendations-count = { $count ->
    [one] This review made 1 recommendation.
   *[other] This review made { $count } recommendations.
}
review-briefings = Briefings from this review
review-see-tracker = See progress on every recommendation of every review
rec-heading = Recommendation { $id }
rec-heading-in-review = { $review }: recommendation { $id }
rec-status = Status
rec-outcome = Intended outcome
rec-due = Due by
rec-no-due = No date set
rec-agencies = Responsible
rec-latest = Latest progress
rec-no-progress = No progress reported yet.
rec-all-progress = { $count ->
    [one] 1 progress report
   *[other] All { $count } progress reports
}
rec-overdue-flag = Overdue
status-overdue = Overdue
status-in-progress = In progress
status-not-started = Not started
status-complete = Complete

## The recommendations tracker
tracker-title = Progress on recommendations
tracker-description = Every recommendation from our reviews: what it should achieve, when it is due and how it is going.
tracker-intro = Every review ends with recommendations. Each one has an intended outcome and a date it should be done by. A recommendation is overdue when that date has passed and it is not complete.
tracker-today = This is how things stood on { $date }.
tracker-total = { $count ->
    [one] There is 1 recommendation:
   *[other] There are { $count } recommendations:
}
tracker-count-overdue = { $count } overdue
tracker-count-in-progress = { $count } in progress
tracker-count-not-started = { $count } not started
tracker-count-complete = { $count } complete
tracker-jump = Recommendations by status
tracker-group-empty = None.
tracker-from = From
tracker-expired = (no longer published)
tracker-none = There are no recommendations yet.
chart-caption = Recommendations of each review, by status
chart-legend = Key
chart-review = Review
chart-total = Total
chart-table-caption = Number of recommendations of each review, by status

## Themes
themes-index-title = Themes
themes-index-description = Review summaries, briefings and newsletters by theme.
themes-index-intro = Choose a theme to see every review summary, briefing and newsletter about it.
themes-count = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
themes-none = There are no themes yet.
theme-intro = { $count ->
    [one] 1 page on this theme.
   *[other] { $count } pages on this theme, newest first.
}
theme-all = All themes
kind-review = Review summaries
kind-briefing = 7-minute briefings
kind-newsletter = Newsletters
kind-training = Training
kind-page = Pages
kind-section = Sections

## Briefings and newsletters
briefing-parts = This briefing in seven parts
briefing-from-review = This briefing comes from
newsletter-issue = Issue
newsletter-archive = Newsletters by year
newsletter-undated = Undated

## Training
training-details = About the session
training-when = When
training-time = { $start } to { $end }
training-where = Where
training-online = Online
training-audience = Who it is for
training-booking = How to book
training-book-link = Book a place
training-calendar = Add to your calendar (iCalendar, { $size })
training-past-notice = This session has already taken place.
training-upcoming = Upcoming sessions
training-past = Past sessions
training-none-upcoming = There are no sessions planned at the moment.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Subscribe to new pages in this section (Atom feed)
contact-vcard = Add to your contacts (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Worried about a child?
concern-text = If you think a child is being harmed or neglected, call us. You do not need to be sure.
concern-front-door = Children's services
concern-board = Call us
concern-out-of-hours = Out of hours
concern-police = A child in immediate danger
concern-more = More about reporting a concern

## The e-mail edition of newsletters and briefings
email-read-online = Read this on the website
email-in-this-issue = In this issue
email-links = Links

## Search (the search page and every page from A to Z)
search-link = Search
search-title = Search
search-description = Find a leaflet, review summary, briefing or newsletter on this site.
search-label = Search this site
search-button = Search
search-hint = Type a word or two, such as “meeting” or “neglect”. Results appear as you type.
search-results = { $count ->
    [one] 1 page found for “{ $query }”
   *[other] { $count } pages found for “{ $query }”
}
search-none = No pages found for “{ $query }”. Check the spelling, try another word, or look through every page from A to Z.
search-too-short = Type at least two letters.
search-failed = Search is not working at the moment. You can still find every page from A to Z.
search-no-script = Search needs JavaScript, which is turned off or did not load. You can still find every page from A to Z.
search-a-z = Every page from A to Z
search-a-z-description = Every page on this site in this language, in alphabetical order.
search-a-z-letters = Go to a letter
search-kind-leaflet = Leaflet
search-kind-page = Page
search-kind-section = Section
search-kind-review = Review summary
search-kind-briefing = 7-minute briefing
search-kind-newsletter = Newsletter
search-kind-training = Training
