# Lantern's interface text: Polish (polski).
# Translation: not yet checked by a professional translator.

skip-link = Przejdź do treści
quick-exit = Opuść tę stronę
quick-exit-region = Szybkie wyjście
quick-exit-help = Bezpieczeństwo w internecie
quick-exit-press = { $remaining ->
    [one] Naciśnij Shift jeszcze 1 raz, aby opuścić stronę
    [few] Naciśnij Shift jeszcze { $remaining } razy, aby opuścić stronę
    [many] Naciśnij Shift jeszcze { $remaining } razy, aby opuścić stronę
   *[other] Naciśnij Shift jeszcze { $remaining } raza, aby opuścić stronę
}
language-switcher = Wybierz język
nav-label = Menu główne
breadcrumbs-label = Jesteś tutaj
emergency-notice = Jeśli uważasz, że dziecku grozi bezpośrednie niebezpieczeństwo, zadzwoń pod 999.
published = Opublikowano
updated = Ostatnia aktualizacja
on-this-page = Na tej stronie
themes-title = Tematy
section-empty = Na razie nic tu nie ma.
fallback-notice = Ta strona nie została jeszcze przetłumaczona na język polski. Poniżej jej wersja w języku: { $default-language }.
draft-banner = Wersja robocza — nieopublikowana
footer-contact = Kontakt
footer-accessibility = Deklaracja dostępności
footer-feed = Subskrybuj nowe publikacje (kanał Atom)
footer-privacy = Ta strona nie używa plików cookie i nie śledzi użytkowników.
feed-title = { $site }: nowe publikacje
breadcrumb-home = Strona główna
not-found-title = Nie znaleziono strony
not-found-text = Nie udało się znaleźć tej strony. Mogła zostać przeniesiona albo adres zawiera błąd.
not-found-home = Przejdź do strony głównej
expired-title = Już niepublikowane
expired-text = To podsumowanie przeglądu było publikowane przez ograniczony czas i zostało już usunięte.
expired-ask = Skontaktuj się z nami, aby poprosić o kopię
contact-details = Dane kontaktowe
contact-organisation = Organizacja
contact-address = Adres
contact-phone = Telefon
contact-email = E-mail
contact-hours = Godziny pracy
not-found-next = Możesz:
printed-from = Wydrukowano ze strony:
home-contact-text = Zadaj pytanie, poproś o spotkanie z przewodniczącym zespołu lub powiedz nam, czego potrzebujesz.
home-safety-text = Jak szybko opuścić tę stronę i ukryć swoją wizytę.
home-latest = Najnowsze wnioski
latest-kind-review = Podsumowanie analizy
latest-kind-briefing = 7-minutowy materiał informacyjny
latest-kind-newsletter = Biuletyn
table-label = Tabela
alert-note = Uwaga
alert-tip = Wskazówka
alert-important = Ważne
alert-warning = Ostrzeżenie
alert-caution = Ostrożnie
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Podsumowania analiz i rekomendacje
review-reference = Sygnatura
review-kind = Rodzaj analizy
review-kind-cspr = Analiza praktyki w zakresie ochrony dzieci
review-kind-scr = Analiza poważnego przypadku
review-agencies = Zaangażowane instytucje
review-expires = Publikowane do
review-recommendations = Rekomendacje
review-recommendations-count = { $count ->
    [one] W wyniku analizy sformułowano 1 rekomendację.
    [few] W wyniku analizy sformułowano { $count } rekomendacje.
    [many] W wyniku analizy sformułowano { $count } rekomendacji.
   *[other] W wyniku analizy sformułowano { $count } rekomendacji.
}
review-briefings = 7-minutowe briefingi z tej analizy
review-see-tracker = Zobacz postępy wszystkich rekomendacji ze wszystkich analiz
rec-heading = Rekomendacja { $id }
rec-heading-in-review = { $review }: rekomendacja { $id }
rec-status = Stan
rec-outcome = Zamierzony rezultat
rec-due = Termin
rec-no-due = Bez terminu
rec-agencies = Odpowiedzialne instytucje
rec-latest = Ostatnie postępy
rec-no-progress = Nie zgłoszono jeszcze postępów.
rec-all-progress = { $count ->
    [one] 1 raport z postępów
    [few] Wszystkie { $count } raporty z postępów
    [many] Wszystkie { $count } raportów z postępów
   *[other] Wszystkie raporty z postępów ({ $count })
}
rec-overdue-flag = Po terminie
status-overdue = Po terminie
status-in-progress = W toku
status-not-started = Nie rozpoczęto
status-complete = Zakończono

## Monitorowanie rekomendacji
tracker-title = Postępy we wdrażaniu rekomendacji
tracker-description = Wszystkie rekomendacje z naszych analiz: jaki mają przynieść rezultat, jaki jest termin i jak przebiega ich realizacja.
tracker-intro = Każda analiza kończy się rekomendacjami. Każda z nich ma zamierzony rezultat i termin realizacji. Rekomendacja jest po terminie, gdy termin minął, a nie została zakończona.
tracker-today = Stan na dzień { $date }.
tracker-total = { $count ->
    [one] Jest 1 rekomendacja:
    [few] Są { $count } rekomendacje:
    [many] Jest { $count } rekomendacji:
   *[other] Liczba rekomendacji: { $count }:
}
tracker-count-overdue = { $count } po terminie
tracker-count-in-progress = { $count } w toku
tracker-count-not-started = { $count ->
    [one] 1 nierozpoczęta
    [few] { $count } nierozpoczęte
    [many] { $count } nierozpoczętych
   *[other] { $count } nierozpoczętej
}
tracker-count-complete = { $count ->
    [one] 1 zakończona
    [few] { $count } zakończone
    [many] { $count } zakończonych
   *[other] { $count } zakończonej
}
tracker-jump = Rekomendacje według stanu
tracker-group-empty = Brak.
tracker-from = Analiza
tracker-expired = (już niepublikowana)
tracker-none = Nie ma jeszcze żadnych rekomendacji.
chart-caption = Rekomendacje z każdej analizy według stanu
chart-legend = Legenda
chart-review = Analiza
chart-total = Razem
chart-table-caption = Liczba rekomendacji z każdej analizy według stanu

## Tematy
themes-index-title = Tematy
themes-index-description = Podsumowania analiz, briefingi i biuletyny według tematu.
themes-index-intro = Wybierz temat, aby zobaczyć wszystkie podsumowania analiz, briefingi i biuletyny na ten temat.
themes-count = { $count ->
    [one] 1 strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}
themes-none = Nie ma jeszcze żadnych tematów.
theme-intro = { $count ->
    [one] 1 strona na ten temat.
    [few] { $count } strony na ten temat, od najnowszych.
    [many] { $count } stron na ten temat, od najnowszych.
   *[other] { $count } strony na ten temat, od najnowszych.
}
theme-all = Wszystkie tematy
kind-review = Podsumowania analiz
kind-briefing = 7-minutowe briefingi
kind-newsletter = Biuletyny
kind-training = Szkolenia
kind-page = Strony
kind-section = Działy

## Briefingi i biuletyny
briefing-parts = Ten briefing w siedmiu częściach
briefing-from-review = Ten briefing powstał na podstawie analizy
newsletter-issue = Wydanie
newsletter-archive = Biuletyny według roku
newsletter-undated = Bez daty

## Szkolenia
training-details = O szkoleniu
training-when = Kiedy
training-time = od { $start } do { $end }
training-where = Gdzie
training-online = Online
training-audience = Dla kogo
training-booking = Jak się zapisać
training-book-link = Zarezerwuj miejsce
training-calendar = Dodaj do kalendarza (iCalendar, { $size })
training-past-notice = To szkolenie już się odbyło.
training-upcoming = Nadchodzące szkolenia
training-past = Minione szkolenia
training-none-upcoming = Obecnie nie planujemy żadnych szkoleń.

## Kanały i kontakt
feed-section-title = { $site }: { $section }
feed-section-link = Subskrybuj nowe strony w tym dziale (kanał Atom)
contact-vcard = Dodaj do kontaktów (vCard, { $size })

## Martwisz się o dziecko? (na każdej stronie)
concern-title = Martwisz się o dziecko?
concern-text = Jeśli uważasz, że dziecko doznaje krzywdy lub zaniedbania, zadzwoń do nas. Nie musisz mieć pewności.
concern-front-door = Służby ds. dzieci
concern-board = Zadzwoń do nas
concern-out-of-hours = Poza godzinami pracy
concern-police = Dziecko w bezpośrednim niebezpieczeństwie
concern-more = Więcej o zgłaszaniu obaw

## The e-mail edition of newsletters and briefings
email-read-online = Przeczytaj na stronie internetowej
email-in-this-issue = W tym numerze
email-links = Linki

## Wyszukiwanie (strona wyszukiwania i wszystkie strony od A do Z)
search-link = Szukaj
search-title = Wyszukiwanie
search-description = Znajdź na tej stronie ulotkę, podsumowanie analizy, briefing lub biuletyn.
search-label = Przeszukaj tę stronę
search-button = Szukaj
search-hint = Wpisz jedno lub dwa słowa, np. „spotkanie” albo „zaniedbanie”. Wyniki pojawiają się w trakcie pisania.
search-results = { $count ->
    [one] Znaleziono 1 stronę dla „{ $query }”
    [few] Znaleziono { $count } strony dla „{ $query }”
    [many] Znaleziono { $count } stron dla „{ $query }”
   *[other] Znaleziono { $count } strony dla „{ $query }”
}
search-none = Nie znaleziono żadnych stron dla „{ $query }”. Sprawdź pisownię, spróbuj innego słowa albo przejrzyj wszystkie strony od A do Z.
search-too-short = Wpisz co najmniej dwie litery.
search-failed = Wyszukiwarka w tej chwili nie działa. Nadal możesz znaleźć wszystkie strony w spisie od A do Z.
search-no-script = Wyszukiwarka potrzebuje JavaScriptu, który jest wyłączony albo się nie wczytał. Nadal możesz znaleźć wszystkie strony w spisie od A do Z.
search-a-z = Wszystkie strony od A do Z
search-a-z-description = Wszystkie strony tej witryny w tym języku, w kolejności alfabetycznej.
search-a-z-letters = Przejdź do litery
search-kind-leaflet = Ulotka
search-kind-page = Strona
search-kind-section = Dział
search-kind-review = Podsumowanie analizy
search-kind-briefing = 7-minutowy materiał informacyjny
search-kind-newsletter = Biuletyn
search-kind-training = Szkolenie
