# Lantern's interface text: Lithuanian (lietuvių).
# Translation: not yet checked by a professional translator.

skip-link = Pereiti prie pagrindinio turinio
quick-exit = Palikti šią svetainę
quick-exit-region = Greitas išėjimas
quick-exit-help = Saugumas internete
quick-exit-press = { $remaining ->
    [one] Paspauskite Shift dar { $remaining } kartą, kad paliktumėte šią svetainę
    [few] Paspauskite Shift dar { $remaining } kartus, kad paliktumėte šią svetainę
    [many] Paspauskite Shift dar { $remaining } karto, kad paliktumėte šią svetainę
   *[other] Paspauskite Shift dar { $remaining } kartų, kad paliktumėte šią svetainę
}
language-switcher = Pasirinkite kalbą
nav-label = Pagrindinis meniu
breadcrumbs-label = Jūs esate čia
emergency-notice = Jei manote, kad vaikui gresia tiesioginis pavojus, skambinkite 999.
published = Paskelbta
updated = Paskutinį kartą atnaujinta
on-this-page = Šiame puslapyje
themes-title = Temos
section-empty = Čia kol kas nieko nėra.
fallback-notice = Šis puslapis dar neišverstas į lietuvių kalbą, todėl rodomas šia kalba: { $default-language }.
draft-banner = Juodraštis — nepaskelbta
footer-contact = Susisiekite su mumis
footer-accessibility = Pareiškimas dėl prieinamumo
footer-feed = Prenumeruoti naujus leidinius (Atom kanalas)
footer-privacy = Ši svetainė nenaudoja slapukų ir jūsų neseka.
feed-title = { $site }: nauji leidiniai
breadcrumb-home = Pradžia
not-found-title = Puslapis nerastas
not-found-text = Nepavyko rasti šio puslapio. Galbūt jis perkeltas arba adresas parašytas su klaida.
not-found-home = Eiti į pradžios puslapį
expired-title = Nebeskelbiama
expired-text = Ši peržiūros santrauka buvo skelbiama ribotą laiką ir dabar pašalinta.
expired-ask = Susisiekite su mumis ir paprašykite kopijos
contact-details = Kontaktiniai duomenys
contact-organisation = Organizacija
contact-address = Adresas
contact-phone = Telefonas
contact-email = El. paštas
contact-hours = Darbo laikas
not-found-next = Galite:
printed-from = Atspausdinta iš:
home-contact-text = Užduokite klausimą, paprašykite susitikti su peržiūros komisijos pirmininku arba pasakykite, ko jums reikia.
home-safety-text = Kaip greitai palikti šią svetainę ir paslėpti savo apsilankymą.
home-latest = Naujausios pamokos
latest-kind-review = Peržiūros santrauka
latest-kind-briefing = 7 minučių apžvalga
latest-kind-newsletter = Naujienlaiškis
table-label = Lentelė
alert-note = Pastaba
alert-tip = Patarimas
alert-important = Svarbu
alert-warning = Įspėjimas
alert-caution = Atsargiai
date-long = { $year } m. { $month } { $day } d.
month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio

## Review summaries and recommendations
review-reference = Nuoroda
review-kind = Peržiūros rūšis
review-kind-cspr = Vaikų apsaugos praktikos peržiūra
review-kind-scr = Sunkaus atvejo peržiūra
review-agencies = Dalyvavusios įstaigos
review-expires = Skelbiama iki
review-recommendations = Rekomendacijos
review-recommendations-count = { $count ->
    [one] Ši peržiūra pateikė { $count } rekomendaciją.
    [few] Ši peržiūra pateikė { $count } rekomendacijas.
    [many] Ši peržiūra pateikė { $count } rekomendacijos.
   *[other] Ši peržiūra pateikė { $count } rekomendacijų.
}
review-briefings = Šios peržiūros apžvalgos
review-see-tracker = Pažiūrėkite, kaip įgyvendinama kiekviena kiekvienos peržiūros rekomendacija
rec-heading = { $id } rekomendacija
rec-heading-in-review = { $review }: { $id } rekomendacija
rec-status = Būsena
rec-outcome = Siekiamas rezultatas
rec-due = Terminas
rec-no-due = Terminas nenustatytas
rec-agencies = Atsakingi
rec-latest = Naujausia pažanga
rec-no-progress = Apie pažangą dar nepranešta.
rec-all-progress = { $count ->
    [one] { $count } pažangos ataskaita
    [few] Visos { $count } pažangos ataskaitos
    [many] Visos { $count } pažangos ataskaitos
   *[other] Visos { $count } pažangos ataskaitų
}
rec-overdue-flag = Vėluoja
status-overdue = Vėluoja
status-in-progress = Vykdoma
status-not-started = Nepradėta
status-complete = Įvykdyta

## The recommendations tracker
tracker-title = Rekomendacijų įgyvendinimas
tracker-description = Kiekviena mūsų peržiūrų rekomendacija: ką ji turi pasiekti, koks jos terminas ir kaip sekasi.
tracker-intro = Kiekviena peržiūra baigiasi rekomendacijomis. Kiekviena jų turi siekiamą rezultatą ir terminą. Rekomendacija vėluoja, kai terminas praėjo, o ji neįvykdyta.
tracker-today = Taip buvo { $date }.
tracker-total = { $count ->
    [one] Yra { $count } rekomendacija:
    [few] Yra { $count } rekomendacijos:
    [many] Yra { $count } rekomendacijos:
   *[other] Yra { $count } rekomendacijų:
}
tracker-count-overdue = vėluoja: { $count }
tracker-count-in-progress = vykdoma: { $count }
tracker-count-not-started = nepradėta: { $count }
tracker-count-complete = įvykdyta: { $count }
tracker-jump = Rekomendacijos pagal būseną
tracker-group-empty = Nėra.
tracker-from = Iš
tracker-expired = (nebeskelbiama)
tracker-none = Rekomendacijų dar nėra.
chart-caption = Kiekvienos peržiūros rekomendacijos pagal būseną
chart-legend = Paaiškinimas
chart-review = Peržiūra
chart-total = Iš viso
chart-table-caption = Kiekvienos peržiūros rekomendacijų skaičius pagal būseną

## Themes
themes-index-title = Temos
themes-index-description = Peržiūrų santraukos, apžvalgos ir naujienlaiškiai pagal temą.
themes-index-intro = Pasirinkite temą ir pamatysite visas su ja susijusias santraukas, apžvalgas ir naujienlaiškius.
themes-count = { $count ->
    [one] { $count } puslapis
    [few] { $count } puslapiai
    [many] { $count } puslapio
   *[other] { $count } puslapių
}
themes-none = Temų dar nėra.
theme-intro = { $count ->
    [one] { $count } puslapis šia tema.
    [few] { $count } puslapiai šia tema, naujausi pirmiau.
    [many] { $count } puslapio šia tema, naujausi pirmiau.
   *[other] { $count } puslapių šia tema, naujausi pirmiau.
}
theme-all = Visos temos
kind-review = Peržiūrų santraukos
kind-briefing = 7 minučių apžvalgos
kind-newsletter = Naujienlaiškiai
kind-training = Mokymai
kind-page = Puslapiai
kind-section = Skyriai

## Briefings and newsletters
briefing-parts = Ši apžvalga septyniose dalyse
briefing-from-review = Ši apžvalga parengta pagal
newsletter-issue = Numeris
newsletter-archive = Naujienlaiškiai pagal metus
newsletter-undated = Be datos

## Training
training-details = Apie užsiėmimą
training-when = Kada
training-time = nuo { $start } iki { $end }
training-where = Kur
training-online = Internetu
training-audience = Kam skirta
training-booking = Kaip užsiregistruoti
training-book-link = Užsiregistruoti
training-calendar = Įtraukti į kalendorių (iCalendar, { $size })
training-past-notice = Šis užsiėmimas jau įvyko.
training-upcoming = Būsimi užsiėmimai
training-past = Praėję užsiėmimai
training-none-upcoming = Šiuo metu užsiėmimų neplanuojama.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Prenumeruoti naujus šio skyriaus puslapius (Atom kanalas)
contact-vcard = Įtraukti į kontaktus (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Nerimaujate dėl vaiko?
concern-text = Jei manote, kad vaikas skriaudžiamas ar juo nesirūpinama, paskambinkite mums. Jums nebūtina būti tikriems.
concern-front-door = Vaikų tarnybos
concern-board = Paskambinkite mums
concern-out-of-hours = Ne darbo metu
concern-police = Vaikui gresia tiesioginis pavojus
concern-more = Daugiau apie tai, kaip pranešti apie nerimą keliančią situaciją

## E-mail editions of newsletters and briefings
email-read-online = Skaitykite svetainėje
email-in-this-issue = Šiame numeryje
email-links = Nuorodos

## Search (the search page and every page from A to Z)
search-link = Paieška
search-title = Paieška
search-description = Raskite šioje svetainėje lankstinuką, peržiūros santrauką, apžvalgą ar naujienlaiškį.
search-label = Ieškoti šioje svetainėje
search-button = Ieškoti
search-hint = Įveskite vieną ar du žodžius, pavyzdžiui, „susitikimas“ arba „nepriežiūra“. Rezultatai rodomi jums rašant.
search-results = { $count ->
    [one] Rastas { $count } puslapis pagal užklausą „{ $query }“
    [few] Rasti { $count } puslapiai pagal užklausą „{ $query }“
    [many] Rasta { $count } puslapio pagal užklausą „{ $query }“
   *[other] Rasta { $count } puslapių pagal užklausą „{ $query }“
}
search-none = Pagal užklausą „{ $query }“ puslapių nerasta. Patikrinkite rašybą, pabandykite kitą žodį arba peržiūrėkite visus puslapius nuo A iki Z.
search-too-short = Įveskite bent dvi raides.
search-failed = Paieška šiuo metu neveikia. Visus puslapius vis tiek galite rasti sąraše nuo A iki Z.
search-no-script = Paieškai reikia JavaScript, tačiau jis išjungtas arba nepavyko jo įkelti. Visus puslapius vis tiek galite rasti sąraše nuo A iki Z.
search-a-z = Visi puslapiai nuo A iki Z
search-a-z-description = Visi šios svetainės puslapiai šia kalba, abėcėlės tvarka.
search-a-z-letters = Pereiti prie raidės
search-kind-leaflet = Lankstinukas
search-kind-page = Puslapis
search-kind-section = Skyrius
search-kind-review = Peržiūros santrauka
search-kind-briefing = 7 minučių apžvalga
search-kind-newsletter = Naujienlaiškis
search-kind-training = Mokymai
