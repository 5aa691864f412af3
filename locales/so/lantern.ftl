# Lantern's interface text: Somali (Soomaali).
# Translation: not yet checked by a professional translator.

skip-link = U gudub qoraalka ugu muhiimsan
quick-exit = Ka bax goobtan
quick-exit-region = Ka bixid degdeg ah
quick-exit-help = Ku ammaan ahaanshaha internetka
quick-exit-press = { $remaining ->
    [one] Riix Shift hal mar oo kale si aad goobtan uga baxdo
   *[other] Riix Shift { $remaining } jeer oo kale si aad goobtan uga baxdo
}
language-switcher = Dooro luqad
nav-label = Liiska ugu weyn
breadcrumbs-label = Halkan ayaad joogtaa
emergency-notice = Haddii aad u malaynayso in ilmo uu hadda khatar ku jiro, wac 999.
published = La daabacay
updated = Markii ugu dambeysay ee la cusboonaysiiyay
on-this-page = Boggan
themes-title = Mawduucyo
section-empty = Weli halkan waxba ma yaallaan.
fallback-notice = Boggan weli looma turjumin Af-Soomaali, sidaas darteed waxaa lagu muujiyay luqaddan: { $default-language }.
draft-banner = Qabyo — lama daabicin
footer-contact = Nala soo xiriir
footer-accessibility = Bayaanka helitaanka
footer-feed = Iska qor daabacaadaha cusub (quudin Atom)
footer-privacy = Goobtani ma isticmaasho kukiyo mana ku raad-raacdo.
feed-title = { $site }: daabacaado cusub
breadcrumb-home = Bogga hore
not-found-title = Bogga lama helin
not-found-text = Ma aanan helin boggaas. Waxaa laga yaabaa in la raray, ama cinwaanka si khaldan loo qoray.
not-found-home = Aad bogga hore
expired-title = Hadda lama daabaco
expired-text = Soo koobiddan dib-u-eegista waxaa la daabacay muddo xaddidan, hadda waa la qaaday.
expired-ask = Nala soo xiriir si aad nuqul u codsato
contact-details = Faahfaahinta xiriirka
contact-organisation = Hay'adda
contact-address = Cinwaanka
contact-phone = Taleefanka
contact-email = Iimaylka
contact-hours = Saacadaha furitaanka
not-found-next = Waxaad samayn kartaa:
printed-from = Waxaa laga daabacay:
home-contact-text = Su'aal weydii, codso inaad la kulanto guddoomiyaha guddiga dib-u-eegista, ama noo sheeg waxaad u baahan tahay.
home-safety-text = Sida aad goobtan si degdeg ah uga baxdo oo aad booqashadaada u qariso.
home-latest = Casharradii ugu dambeeyay
latest-kind-review = Soo koobidda dib-u-eegis
latest-kind-briefing = Warbixin 7 daqiiqo ah
latest-kind-newsletter = Wargeys
table-label = Shax
alert-note = Xusuusin
alert-tip = Talo
alert-important = Muhiim
alert-warning = Digniin
alert-caution = Feejignaan
date-long = { $day } { $month } { $year }
month-1 = Jannaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Meey
month-6 = Juun
month-7 = Luuliyo
month-8 = Ogost
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar

## Review summaries and recommendations
review-reference = Tixraac
review-kind = Nooca dib-u-eegista
review-kind-cspr = Dib-u-eegista habka ilaalinta carruurta
review-kind-scr = Dib-u-eegista kiis culus
review-agencies = Hay'adaha ku lug lahaa
review-expires = La daabacayaa ilaa
review-recommendations = Talooyinka
review-recommendations-count = { $count ->
    [one] Dib-u-eegistani waxay bixisay 1 talo.
   *[other] Dib-u-eegistani waxay bixisay { $count } talo.
}
review-briefings = Warbixinnada dib-u-eegistan
review-see-tracker = Eeg horumarka talo kasta oo dib-u-eegis kasta
rec-heading = Talada { $id }
rec-heading-in-review = { $review }: talada { $id }
rec-status = Xaaladda
rec-outcome = Natiijada la filayo
rec-due = Waqtiga kama dambaysta ah
rec-no-due = Taariikh lama dhigin
rec-agencies = Mas'uulka
rec-latest = Horumarkii ugu dambeeyay
rec-no-progress = Weli horumar lama soo sheegin.
rec-all-progress = { $count ->
    [one] 1 warbixin horumar
   *[other] Dhammaan { $count }-da warbixinood ee horumarka
}
rec-overdue-flag = Dib u dhacday
status-overdue = Dib u dhacday
status-in-progress = Socota
status-not-started = Aan bilaaban
status-complete = Dhammaatay

## The recommendations tracker
tracker-title = Horumarka talooyinka
tracker-description = Talo kasta oo ka timid dib-u-eegistayada: waxa ay tahay inay gaarto, goorta ay dhacayso iyo sida ay u socoto.
tracker-intro = Dib-u-eegis kasta waxay ku dhammaataa talooyin. Talo kasta waxay leedahay natiijo la filayo iyo taariikh ay tahay in lagu dhammeeyo. Talo waa dib u dhacday marka taariikhdaas la dhaafo oo aan la dhammaystirin.
tracker-today = Sidan ayay xaaladdu ahayd { $date }.
tracker-total = { $count ->
    [one] Waxaa jirta 1 talo:
   *[other] Waxaa jira { $count } talo:
}
tracker-count-overdue = { $count } dib u dhacay
tracker-count-in-progress = { $count } socda
tracker-count-not-started = { $count } aan bilaaban
tracker-count-complete = { $count } dhammaaday
tracker-jump = Talooyinka iyadoo loo eegayo xaaladda
tracker-group-empty = Midna.
tracker-from = Laga soo bilaabo
tracker-expired = (hadda lama daabaco)
tracker-none = Weli talooyin ma jiraan.
chart-caption = Talooyinka dib-u-eegis kasta, iyadoo loo eegayo xaaladda
chart-legend = Furaha
chart-review = Dib-u-eegis
chart-total = Wadarta
chart-table-caption = Tirada talooyinka dib-u-eegis kasta, iyadoo loo eegayo xaaladda

## Themes
themes-index-title = Mawduucyo
themes-index-description = Soo koobidda dib-u-eegisyada, warbixinnada iyo wargeysyada, iyadoo loo eegayo mawduuca.
themes-index-intro = Dooro mawduuc si aad u aragto dhammaan soo koobidda, warbixinnada iyo wargeysyada ku saabsan.
themes-count = { $count ->
    [one] 1 bog
   *[other] { $count } bog
}
themes-none = Weli mawduucyo ma jiraan.
theme-intro = { $count ->
    [one] 1 bog oo ku saabsan mawduucan.
   *[other] { $count } bog oo ku saabsan mawduucan, kuwa ugu cusub marka hore.
}
theme-all = Dhammaan mawduucyada
kind-review = Soo koobidda dib-u-eegisyada
kind-briefing = Warbixinno 7 daqiiqo ah
kind-newsletter = Wargeysyo
kind-training = Tababar
kind-page = Bogag
kind-section = Qaybo

## Briefings and newsletters
briefing-parts = Warbixintan oo todoba qaybood ah
briefing-from-review = Warbixintan waxay ka timid
newsletter-issue = Cadadka
newsletter-archive = Wargeysyada sannad kasta
newsletter-undated = Taariikh la'aan

## Training
training-details = Ku saabsan fadhiga
training-when = Goorma
training-time = { $start } ilaa { $end }
training-where = Halkee
training-online = Online
training-audience = Yaa loogu talagalay
training-booking = Sida loo ballansado
training-book-link = Ballanso boos
training-calendar = Ku dar kalandarkaaga (iCalendar, { $size })
training-past-notice = Fadhigan horay ayuu u dhacay.
training-upcoming = Fadhiyada soo socda
training-past = Fadhiyadii hore
training-none-upcoming = Hadda ma jiraan fadhiyo la qorsheeyay.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Iska qor bogagga cusub ee qaybtan (quudin Atom)
contact-vcard = Ku dar xiriirradaada (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Ma ka walwalsan tahay ilmo?
concern-text = Haddii aad u malaynayso in ilmo la dhibayo ama la dayacayo, na soo wac. Uma baahnid inaad hubto.
concern-front-door = Adeegyada carruurta
concern-board = Na soo wac
concern-out-of-hours = Saacadaha shaqada ka baxsan
concern-police = Ilmo hadda khatar ku jira
concern-more = Wax badan oo ku saabsan sida loo soo sheego walaac

## E-mail editions of newsletters and briefings
email-read-online = Ka akhri bogga internetka
email-in-this-issue = Cadadkan
email-links = Xiriirro

## Search (the search page and every page from A to Z)
search-link = Raadi
search-title = Raadin
search-description = Ka hel goobtan warqad macluumaad, soo koobidda dib-u-eegis, warbixin ama wargeys.
search-label = Ka raadi goobtan
search-button = Raadi
search-hint = Qor hal ama laba eray, sida “kulan” ama “dayac”. Natiijooyinku waxay soo baxayaan inta aad qorayso.
search-results = { $count ->
    [one] Waxaa la helay 1 bog oo ku saabsan “{ $query }”
   *[other] Waxaa la helay { $count } bog oo ku saabsan “{ $query }”
}
search-none = Lama helin bog ku saabsan “{ $query }”. Hubi higgaadda, isku day eray kale, ama eeg dhammaan bogagga A ilaa Z.
search-too-short = Qor ugu yaraan laba xaraf.
search-failed = Raadintu hadda ma shaqaynayso. Weli waxaad ka heli kartaa dhammaan bogagga liiska A ilaa Z.
search-no-script = Raadintu waxay u baahan tahay JavaScript, oo la demiyay ama aan soo degin. Weli waxaad ka heli kartaa dhammaan bogagga liiska A ilaa Z.
search-a-z = Dhammaan bogagga A ilaa Z
search-a-z-description = Dhammaan bogagga goobtan ee luqaddan, sida xarfaha u kala horreeyaan.
search-a-z-letters = U gudub xaraf
search-kind-leaflet = Warqad macluumaad
search-kind-page = Bog
search-kind-section = Qayb
search-kind-review = Soo koobidda dib-u-eegis
search-kind-briefing = Warbixin 7 daqiiqo ah
search-kind-newsletter = Wargeys
search-kind-training = Tababar
