# Lantern's interface text: Romanian (română).
# Translation: not yet checked by a professional translator.

skip-link = Treceți la conținutul principal
quick-exit = Părăsiți acest site
quick-exit-region = Ieșire rapidă
quick-exit-help = Siguranța pe internet
quick-exit-press = { $remaining ->
    [one] Apăsați Shift încă o dată pentru a părăsi acest site
    [few] Apăsați Shift încă de { $remaining } ori pentru a părăsi acest site
   *[other] Apăsați Shift încă de { $remaining } de ori pentru a părăsi acest site
}
language-switcher = Alegeți o limbă
nav-label = Meniul principal
breadcrumbs-label = Vă aflați aici
emergency-notice = Dacă credeți că un copil este în pericol imediat, sunați la 999.
published = Publicat
updated = Ultima actualizare
on-this-page = Pe această pagină
themes-title = Teme
section-empty = Deocamdată nu există nimic aici.
fallback-notice = Această pagină nu a fost încă tradusă în limba română, așa că este afișată în limba: { $default-language }.
draft-banner = Ciornă — nepublicată
footer-contact = Contactați-ne
footer-accessibility = Declarație de accesibilitate
footer-feed = Abonați-vă la publicațiile noi (flux Atom)
footer-privacy = Acest site nu folosește cookie-uri și nu vă urmărește.
feed-title = { $site }: publicații noi
breadcrumb-home = Acasă
not-found-title = Pagina nu a fost găsită
not-found-text = Nu am putut găsi această pagină. Poate a fost mutată sau adresa a fost scrisă greșit.
not-found-home = Mergeți la pagina principală
expired-title = Nu mai este publicat
expired-text = Acest rezumat al analizei a fost publicat pentru o perioadă limitată și a fost retras.
expired-ask = Contactați-ne pentru a cere o copie
contact-details = Date de contact
contact-organisation = Organizație
contact-address = Adresă
contact-phone = Telefon
contact-email = E-mail
contact-hours = Program
not-found-next = Puteți:
printed-from = Tipărit de pe:
home-contact-text = Puneți o întrebare, cereți o întâlnire cu președintele comisiei de analiză sau spuneți-ne de ce aveți nevoie.
home-safety-text = Cum să părăsiți rapid acest site și să vă ascundeți vizita.
home-latest = Cele mai noi lecții învățate
latest-kind-review = Rezumatul unei analize
latest-kind-briefing = Informare de 7 minute
latest-kind-newsletter = Buletin informativ
table-label = Tabel
alert-note = Notă
alert-tip = Sfat
alert-important = Important
alert-warning = Avertisment
alert-caution = Atenție
date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Review summaries and recommendations
review-reference = Referință
review-kind = Tipul analizei
review-kind-cspr = Analiză a practicii de protecție a copilului
review-kind-scr = Analiză a unui caz grav
review-agencies = Instituții implicate
review-expires = Publicat până la
review-recommendations = Recomandări
review-recommendations-count = { $count ->
    [one] Această analiză a făcut o recomandare.
    [few] Această analiză a făcut { $count } recomandări.
   *[other] Această analiză a făcut { $count } de recomandări.
}
review-briefings = Informări din această analiză
review-see-tracker = Vedeți progresul fiecărei recomandări din fiecare analiză
rec-heading = Recomandarea { $id }
rec-heading-in-review = { $review }: recomandarea { $id }
rec-status = Stare
rec-outcome = Rezultatul urmărit
rec-due = Termen
rec-no-due = Niciun termen stabilit
rec-agencies = Responsabili
rec-latest = Cel mai recent progres
rec-no-progress = Niciun progres raportat încă.
rec-all-progress = { $count ->
    [one] Un raport de progres
    [few] Toate cele { $count } rapoarte de progres
   *[other] Toate cele { $count } de rapoarte de progres
}
rec-overdue-flag = Întârziată
status-overdue = Întârziată
status-in-progress = În desfășurare
status-not-started = Neîncepută
status-complete = Finalizată

## The recommendations tracker
tracker-title = Progresul recomandărilor
tracker-description = Fiecare recomandare din analizele noastre: ce trebuie să realizeze, până când și cum avansează.
tracker-intro = Fiecare analiză se încheie cu recomandări. Fiecare are un rezultat urmărit și un termen. O recomandare este întârziată când termenul a trecut și nu a fost finalizată.
tracker-today = Aceasta era situația la { $date }.
tracker-total = { $count ->
    [one] Există o recomandare:
    [few] Există { $count } recomandări:
   *[other] Există { $count } de recomandări:
}
tracker-count-overdue = { $count } întârziate
tracker-count-in-progress = { $count } în desfășurare
tracker-count-not-started = { $count } neîncepute
tracker-count-complete = { $count } finalizate
tracker-jump = Recomandări după stare
tracker-group-empty = Niciuna.
tracker-from = Din
tracker-expired = (nu mai este publicată)
tracker-none = Nu există încă recomandări.
chart-caption = Recomandările fiecărei analize, după stare
chart-legend = Legendă
chart-review = Analiză
chart-total = Total
chart-table-caption = Numărul de recomandări ale fiecărei analize, după stare

## Themes
themes-index-title = Teme
themes-index-description = Rezumate ale analizelor, informări și buletine, după temă.
themes-index-intro = Alegeți o temă pentru a vedea toate rezumatele, informările și buletinele despre ea.
themes-count = { $count ->
    [one] o pagină
    [few] { $count } pagini
   *[other] { $count } de pagini
}
themes-none = Nu există încă teme.
theme-intro = { $count ->
    [one] O pagină pe această temă.
    [few] { $count } pagini pe această temă, cele mai noi primele.
   *[other] { $count } de pagini pe această temă, cele mai noi primele.
}
theme-all = Toate temele
kind-review = Rezumate ale analizelor
kind-briefing = Informări de 7 minute
kind-newsletter = Buletine informative
kind-training = Instruire
kind-page = Pagini
kind-section = Secțiuni

## Briefings and newsletters
briefing-parts = Această informare în șapte părți
briefing-from-review = Această informare provine din
newsletter-issue = Numărul
newsletter-archive = Buletine după an
newsletter-undated = Fără dată

## Training
training-details = Despre sesiune
training-when = Când
training-time = de la { $start } la { $end }
training-where = Unde
training-online = Online
training-audience = Pentru cine
training-booking = Cum vă înscrieți
training-book-link = Rezervați un loc
training-calendar = Adăugați în calendar (iCalendar, { $size })
training-past-notice = Această sesiune a avut deja loc.
training-upcoming = Sesiuni viitoare
training-past = Sesiuni trecute
training-none-upcoming = Deocamdată nu sunt planificate sesiuni.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Abonați-vă la paginile noi din această secțiune (flux Atom)
contact-vcard = Adăugați la contacte (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Vă îngrijorează un copil?
concern-text = Dacă credeți că un copil este rănit sau neglijat, sunați-ne. Nu trebuie să fiți sigur.
concern-front-door = Serviciile pentru copii
concern-board = Sunați-ne
concern-out-of-hours = În afara programului
concern-police = Un copil în pericol imediat
concern-more = Mai multe despre semnalarea unei îngrijorări

## E-mail editions of newsletters and briefings
email-read-online = Citiți pe site
email-in-this-issue = În acest număr
email-links = Linkuri

## Search (the search page and every page from A to Z)
search-link = Căutare
search-title = Căutare
search-description = Găsiți pe acest site un pliant, un rezumat al unei analize, o informare sau un buletin informativ.
search-label = Căutați pe acest site
search-button = Căutați
search-hint = Scrieți un cuvânt sau două, de exemplu „întâlnire” sau „neglijare”. Rezultatele apar pe măsură ce scrieți.
search-results = { $count ->
    [one] Am găsit o pagină pentru „{ $query }”
    [few] Am găsit { $count } pagini pentru „{ $query }”
   *[other] Am găsit { $count } de pagini pentru „{ $query }”
}
search-none = Nu am găsit nicio pagină pentru „{ $query }”. Verificați ortografia, încercați alt cuvânt sau răsfoiți toate paginile de la A la Z.
search-too-short = Scrieți cel puțin două litere.
search-failed = Căutarea nu funcționează momentan. Puteți găsi în continuare toate paginile de la A la Z.
search-no-script = Căutarea are nevoie de JavaScript, care este dezactivat sau nu s-a încărcat. Puteți găsi în continuare toate paginile de la A la Z.
search-a-z = Toate paginile de la A la Z
search-a-z-description = Toate paginile acestui site în această limbă, în ordine alfabetică.
search-a-z-letters = Mergeți la o literă
search-kind-leaflet = Pliant
search-kind-page = Pagină
search-kind-section = Secțiune
search-kind-review = Rezumatul unei analize
search-kind-briefing = Informare de 7 minute
search-kind-newsletter = Buletin informativ
search-kind-training = Instruire
