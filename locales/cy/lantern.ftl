# Lantern's interface text: Welsh (Cymraeg).
# Translation: not yet checked by a professional translator.

skip-link = Neidio i'r prif gynnwys
quick-exit = Gadael y wefan hon
quick-exit-region = Gadael yn gyflym
quick-exit-help = Cadw'n ddiogel ar-lein
quick-exit-press = { $remaining ->
    [zero] Pwyswch Shift i adael y wefan hon
    [one] Pwyswch Shift unwaith eto i adael y wefan hon
    [two] Pwyswch Shift ddwywaith eto i adael y wefan hon
    [few] Pwyswch Shift { $remaining } gwaith eto i adael y wefan hon
    [many] Pwyswch Shift { $remaining } gwaith eto i adael y wefan hon
   *[other] Pwyswch Shift { $remaining } gwaith eto i adael y wefan hon
}
language-switcher = Dewiswch iaith
nav-label = Prif ddewislen
breadcrumbs-label = Rydych chi yma
emergency-notice = Os ydych chi'n credu bod plentyn mewn perygl uniongyrchol, ffoniwch 999.
published = Cyhoeddwyd
updated = Diweddarwyd ddiwethaf
on-this-page = Ar y dudalen hon
themes-title = Themâu
section-empty = Does dim byd yma eto.
fallback-notice = Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto, felly mae'n cael ei dangos yn yr iaith hon: { $default-language }.
draft-banner = Drafft — heb ei gyhoeddi
footer-contact = Cysylltu â ni
footer-accessibility = Datganiad hygyrchedd
footer-feed = Tanysgrifio i gyhoeddiadau newydd (ffrwd Atom)
footer-privacy = Nid yw'r wefan hon yn gosod cwcis ac nid yw'n eich olrhain.
feed-title = { $site }: cyhoeddiadau newydd
breadcrumb-home = Hafan
not-found-title = Heb ddod o hyd i'r dudalen
not-found-text = Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Efallai ei bod wedi symud, neu fod camgymeriad yn y cyfeiriad.
not-found-home = Mynd i'r hafan
expired-title = Nid yw wedi'i gyhoeddi mwyach
expired-text = Cafodd y crynodeb adolygiad hwn ei gyhoeddi am gyfnod cyfyngedig ac mae bellach wedi'i dynnu i lawr.
expired-ask = Cysylltwch â ni i ofyn am gopi
contact-details = Manylion cyswllt
contact-organisation = Sefydliad
contact-address = Cyfeiriad
contact-phone = Ffôn
contact-email = E-bost
contact-hours = Oriau agor
not-found-next = Gallwch chi:
printed-from = Argraffwyd o:
home-contact-text = Gofynnwch gwestiwn, gofynnwch am gael cwrdd â chadeirydd y panel adolygu, neu dywedwch wrthym beth sydd ei angen arnoch.
home-safety-text = Sut i adael y wefan hon yn gyflym a chuddio eich ymweliad.
home-latest = Y dysgu diweddaraf
latest-kind-review = Crynodeb adolygiad
latest-kind-briefing = Briff 7 munud
latest-kind-newsletter = Cylchlythyr
table-label = Tabl
alert-note = Nodyn
alert-tip = Awgrym
alert-important = Pwysig
alert-warning = Rhybudd
alert-caution = Gofal
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Review summaries and recommendations
review-reference = Cyfeirnod
review-kind = Math o adolygiad
review-kind-cspr = Adolygiad ymarfer diogelu plant
review-kind-scr = Adolygiad achos difrifol
review-agencies = Asiantaethau dan sylw
review-expires = Wedi'i gyhoeddi tan
review-recommendations = Argymhellion
review-recommendations-count = { $count ->
    [zero] Ni wnaeth yr adolygiad hwn unrhyw argymhellion.
    [one] Gwnaeth yr adolygiad hwn 1 argymhelliad.
    [two] Gwnaeth yr adolygiad hwn 2 argymhelliad.
    [few] Gwnaeth yr adolygiad hwn { $count } argymhelliad.
    [many] Gwnaeth yr adolygiad hwn { $count } argymhelliad.
   *[other] Gwnaeth yr adolygiad hwn { $count } o argymhellion.
}
review-briefings = Briffiau o'r adolygiad hwn
review-see-tracker = Gweld y cynnydd ar bob argymhelliad o bob adolygiad
rec-heading = Argymhelliad { $id }
rec-heading-in-review = { $review }: argymhelliad { $id }
rec-status = Statws
rec-outcome = Canlyniad bwriadedig
rec-due = Erbyn
rec-no-due = Dim dyddiad wedi'i osod
rec-agencies = Yn gyfrifol
rec-latest = Y cynnydd diweddaraf
rec-no-progress = Dim cynnydd wedi'i adrodd eto.
rec-all-progress = { $count ->
    [zero] Dim adroddiadau cynnydd
    [one] 1 adroddiad cynnydd
    [two] Y 2 adroddiad cynnydd
    [few] Y 3 adroddiad cynnydd
    [many] Pob un o'r { $count } adroddiad cynnydd
   *[other] Pob un o'r { $count } o adroddiadau cynnydd
}
rec-overdue-flag = Hwyr
status-overdue = Hwyr
status-in-progress = Ar waith
status-not-started = Heb ddechrau
status-complete = Wedi'i gwblhau

## The recommendations tracker
tracker-title = Cynnydd ar argymhellion
tracker-description = Pob argymhelliad o'n hadolygiadau: beth ddylai ei gyflawni, pryd mae'n ddyledus a sut mae'n mynd.
tracker-intro = Mae pob adolygiad yn gorffen gydag argymhellion. Mae gan bob un ganlyniad bwriadedig a dyddiad pan ddylai fod wedi'i wneud. Mae argymhelliad yn hwyr pan fydd y dyddiad hwnnw wedi mynd heibio a'r gwaith heb ei gwblhau.
tracker-today = Dyma sut roedd pethau ar { $date }.
tracker-total = { $count ->
    [zero] Does dim argymhellion:
    [one] Mae 1 argymhelliad:
    [two] Mae 2 argymhelliad:
    [few] Mae 3 argymhelliad:
    [many] Mae 6 argymhelliad:
   *[other] Mae { $count } o argymhellion:
}
tracker-count-overdue = { $count } yn hwyr
tracker-count-in-progress = { $count } ar waith
tracker-count-not-started = { $count } heb ddechrau
tracker-count-complete = { $count } wedi'u cwblhau
tracker-jump = Argymhellion yn ôl statws
tracker-group-empty = Dim.
tracker-from = O
tracker-expired = (nid yw wedi'i gyhoeddi mwyach)
tracker-none = Does dim argymhellion eto.
chart-caption = Argymhellion pob adolygiad, yn ôl statws
chart-legend = Allwedd
chart-review = Adolygiad
chart-total = Cyfanswm
chart-table-caption = Nifer yr argymhellion ym mhob adolygiad, yn ôl statws

## Themes
themes-index-title = Themâu
themes-index-description = Crynodebau adolygiadau, briffiau a chylchlythyrau yn ôl thema.
themes-index-intro = Dewiswch thema i weld pob crynodeb adolygiad, briff a chylchlythyr amdani.
themes-count = { $count ->
    [zero] Dim tudalennau
    [one] 1 dudalen
    [two] 2 dudalen
    [few] 3 tudalen
    [many] 6 thudalen
   *[other] { $count } o dudalennau
}
themes-none = Does dim themâu eto.
theme-intro = { $count ->
    [zero] Dim tudalennau ar y thema hon.
    [one] 1 dudalen ar y thema hon.
    [two] 2 dudalen ar y thema hon, y diweddaraf yn gyntaf.
    [few] 3 tudalen ar y thema hon, y diweddaraf yn gyntaf.
    [many] 6 thudalen ar y thema hon, y diweddaraf yn gyntaf.
   *[other] { $count } o dudalennau ar y thema hon, y diweddaraf yn gyntaf.
}
theme-all = Pob thema
kind-review = Crynodebau adolygiadau
kind-briefing = Briffiau 7 munud
kind-newsletter = Cylchlythyrau
kind-training = Hyfforddiant
kind-page = Tudalennau
kind-section = Adrannau

## Briefings and newsletters
briefing-parts = Y briff hwn mewn saith rhan
briefing-from-review = Daw'r briff hwn o
newsletter-issue = Rhifyn
newsletter-archive = Cylchlythyrau yn ôl blwyddyn
newsletter-undated = Heb ddyddiad

## Training
training-details = Am y sesiwn
training-when = Pryd
training-time = { $start } i { $end }
training-where = Ble
training-online = Ar-lein
training-audience = Ar gyfer pwy
training-booking = Sut i archebu lle
training-book-link = Archebu lle
training-calendar = Ychwanegu at eich calendr (iCalendar, { $size })
training-past-notice = Mae'r sesiwn hon eisoes wedi'i chynnal.
training-upcoming = Sesiynau i ddod
training-past = Sesiynau a fu
training-none-upcoming = Does dim sesiynau wedi'u cynllunio ar hyn o bryd.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Tanysgrifio i dudalennau newydd yr adran hon (ffrwd Atom)
contact-vcard = Ychwanegu at eich cysylltiadau (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Yn poeni am blentyn?
concern-text = Os ydych chi'n credu bod plentyn yn cael ei niweidio neu ei esgeuluso, ffoniwch ni. Does dim rhaid i chi fod yn siŵr.
concern-front-door = Gwasanaethau plant
concern-board = Ffoniwch ni
concern-out-of-hours = Y tu allan i oriau
concern-police = Plentyn mewn perygl uniongyrchol
concern-more = Rhagor am roi gwybod am bryder

## E-mail editions of newsletters and briefings
email-read-online = Darllenwch hwn ar y wefan
email-in-this-issue = Yn y rhifyn hwn
email-links = Dolenni

## Search (the search page and every page from A to Z)
search-link = Chwilio
search-title = Chwilio
search-description = Dewch o hyd i daflen, crynodeb adolygiad, briff neu gylchlythyr ar y wefan hon.
search-label = Chwilio'r wefan hon
search-button = Chwilio
search-hint = Teipiwch air neu ddau, fel ‘cyfarfod’ neu ‘esgeulustod’. Mae'r canlyniadau'n ymddangos wrth i chi deipio.
search-results = { $count ->
    [zero] Dim tudalennau wedi'u canfod ar gyfer ‘{ $query }’
    [one] 1 dudalen wedi'i chanfod ar gyfer ‘{ $query }’
    [two] 2 dudalen wedi'u canfod ar gyfer ‘{ $query }’
    [few] 3 tudalen wedi'u canfod ar gyfer ‘{ $query }’
    [many] 6 thudalen wedi'u canfod ar gyfer ‘{ $query }’
   *[other] { $count } o dudalennau wedi'u canfod ar gyfer ‘{ $query }’
}
search-none = Heb ddod o hyd i unrhyw dudalen ar gyfer ‘{ $query }’. Gwiriwch y sillafu, rhowch gynnig ar air arall, neu edrychwch drwy bob tudalen o A i Y.
search-too-short = Teipiwch o leiaf ddwy lythyren.
search-failed = Nid yw'r chwilio'n gweithio ar hyn o bryd. Gallwch chi weld pob tudalen o A i Y o hyd.
search-no-script = Mae angen JavaScript i chwilio, ond mae wedi'i ddiffodd neu heb lwytho. Gallwch chi weld pob tudalen o A i Y o hyd.
search-a-z = Pob tudalen o A i Y
search-a-z-description = Pob tudalen ar y wefan hon yn yr iaith hon, yn nhrefn yr wyddor.
search-a-z-letters = Mynd i lythyren
search-kind-leaflet = Taflen
search-kind-page = Tudalen
search-kind-section = Adran
search-kind-review = Crynodeb adolygiad
search-kind-briefing = Briff 7 munud
search-kind-newsletter = Cylchlythyr
search-kind-training = Hyfforddiant
