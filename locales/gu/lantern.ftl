# Lantern's interface text: Gujarati (ગુજરાતી).
# Translation: not yet checked by a professional translator.

skip-link = મુખ્ય સામગ્રી પર જાઓ
quick-exit = આ સાઇટ છોડો
quick-exit-region = ઝડપી બહાર નીકળો
quick-exit-help = ઑનલાઇન સુરક્ષિત રહેવું
quick-exit-press = { $remaining ->
    [one] આ સાઇટ છોડવા માટે Shift વધુ { $remaining } વાર દબાવો
   *[other] આ સાઇટ છોડવા માટે Shift વધુ { $remaining } વાર દબાવો
}
language-switcher = ભાષા પસંદ કરો
nav-label = મુખ્ય મેનૂ
breadcrumbs-label = તમે અહીં છો
emergency-notice = જો તમને લાગે કે કોઈ બાળક તાત્કાલિક જોખમમાં છે, તો 999 પર ફોન કરો.
published = પ્રકાશિત
updated = છેલ્લે અપડેટ કર્યું
on-this-page = આ પાના પર
themes-title = વિષયો
section-empty = અહીં હજી કશું નથી.
fallback-notice = આ પાનાનો હજી ગુજરાતીમાં અનુવાદ થયો નથી, તેથી તે આ ભાષામાં બતાવવામાં આવ્યું છે: { $default-language }.
draft-banner = મુસદ્દો — પ્રકાશિત નથી
footer-contact = અમારો સંપર્ક કરો
footer-accessibility = સુલભતા નિવેદન
footer-feed = નવાં પ્રકાશનો માટે સબ્સ્ક્રાઇબ કરો (Atom ફીડ)
footer-privacy = આ સાઇટ કોઈ કૂકીનો ઉપયોગ કરતી નથી અને તમને ટ્રૅક કરતી નથી.
feed-title = { $site }: નવાં પ્રકાશનો
breadcrumb-home = મુખ્ય પાનું
not-found-title = પાનું મળ્યું નથી
not-found-text = અમને તે પાનું મળ્યું નથી. કદાચ તે ખસેડાયું હોય, અથવા સરનામું ખોટું લખાયું હોય.
not-found-home = મુખ્ય પાના પર જાઓ
expired-title = હવે પ્રકાશિત નથી
expired-text = આ સમીક્ષા સારાંશ મર્યાદિત સમય માટે પ્રકાશિત કરવામાં આવ્યો હતો અને હવે દૂર કરવામાં આવ્યો છે.
expired-ask = નકલ માંગવા માટે અમારો સંપર્ક કરો
contact-details = સંપર્ક વિગતો
contact-organisation = સંસ્થા
contact-address = સરનામું
contact-phone = ફોન
contact-email = ઇમેઇલ
contact-hours = ખુલવાનો સમય
not-found-next = તમે આ કરી શકો:
printed-from = અહીંથી છાપેલું:
home-contact-text = પ્રશ્ન પૂછો, સમીક્ષા પેનલના અધ્યક્ષને મળવાનું કહો, અથવા તમને શું જોઈએ છે તે અમને જણાવો.
home-safety-text = આ સાઇટ ઝડપથી કેવી રીતે છોડવી અને તમારી મુલાકાત કેવી રીતે છુપાવવી.
home-latest = તાજેતરની શીખ
latest-kind-review = સમીક્ષા સારાંશ
latest-kind-briefing = 7 મિનિટની માહિતી
latest-kind-newsletter = ન્યૂઝલેટર
table-label = કોષ્ટક
alert-note = નોંધ
alert-tip = સૂચન
alert-important = મહત્ત્વનું
alert-warning = ચેતવણી
alert-caution = સાવધાન
date-long = { $day } { $month }, { $year }
month-1 = જાન્યુઆરી
month-2 = ફેબ્રુઆરી
month-3 = માર્ચ
month-4 = એપ્રિલ
month-5 = મે
month-6 = જૂન
month-7 = જુલાઈ
month-8 = ઑગસ્ટ
month-9 = સપ્ટેમ્બર
month-10 = ઑક્ટોબર
month-11 = નવેમ્બર
month-12 = ડિસેમ્બર

## Review summaries and recommendations
review-reference = સંદર્ભ
review-kind = સમીક્ષાનો પ્રકાર
review-kind-cspr = બાળ સુરક્ષા કાર્યપદ્ધતિની સમીક્ષા
review-kind-scr = ગંભીર કેસની સમીક્ષા
review-agencies = સામેલ સંસ્થાઓ
review-expires = આ તારીખ સુધી પ્રકાશિત
review-recommendations = ભલામણો
review-recommendations-count = { $count ->
    [one] આ સમીક્ષાએ { $count } ભલામણ કરી.
   *[other] આ સમીક્ષાએ { $count } ભલામણો કરી.
}
review-briefings = આ સમીક્ષામાંથી માહિતી
review-see-tracker = દરેક સમીક્ષાની દરેક ભલામણ પરની પ્રગતિ જુઓ
rec-heading = ભલામણ { $id }
rec-heading-in-review = { $review }: ભલામણ { $id }
rec-status = સ્થિતિ
rec-outcome = અપેક્ષિત પરિણામ
rec-due = અંતિમ તારીખ
rec-no-due = કોઈ તારીખ નક્કી નથી
rec-agencies = જવાબદાર
rec-latest = તાજેતરની પ્રગતિ
rec-no-progress = હજી કોઈ પ્રગતિ જણાવાઈ નથી.
rec-all-progress = { $count ->
    [one] { $count } પ્રગતિ અહેવાલ
   *[other] બધા { $count } પ્રગતિ અહેવાલો
}
rec-overdue-flag = મોડું
status-overdue = મોડું
status-in-progress = ચાલુ
status-not-started = શરૂ નથી થઈ
status-complete = પૂર્ણ

## The recommendations tracker
tracker-title = ભલામણો પરની પ્રગતિ
tracker-description = અમારી સમીક્ષાઓની દરેક ભલામણ: તેણે શું હાંસલ કરવાનું છે, તે ક્યારે પૂરી થવાની છે અને કામ કેવું ચાલે છે.
tracker-intro = દરેક સમીક્ષા ભલામણો સાથે પૂરી થાય છે. દરેક ભલામણનું એક અપેક્ષિત પરિણામ અને એક અંતિમ તારીખ હોય છે. તે તારીખ વીતી જાય અને કામ પૂરું ન થયું હોય ત્યારે ભલામણ મોડી ગણાય.
tracker-today = { $date }ના રોજ સ્થિતિ આવી હતી.
tracker-total = { $count ->
    [one] { $count } ભલામણ છે:
   *[other] { $count } ભલામણો છે:
}
tracker-count-overdue = { $count } મોડી
tracker-count-in-progress = { $count } ચાલુ
tracker-count-not-started = { $count } શરૂ નથી થઈ
tracker-count-complete = { $count } પૂર્ણ
tracker-jump = સ્થિતિ પ્રમાણે ભલામણો
tracker-group-empty = કોઈ નહીં.
tracker-from = આમાંથી
tracker-expired = (હવે પ્રકાશિત નથી)
tracker-none = હજી કોઈ ભલામણ નથી.
chart-caption = સ્થિતિ પ્રમાણે દરેક સમીક્ષાની ભલામણો
chart-legend = સંકેત
chart-review = સમીક્ષા
chart-total = કુલ
chart-table-caption = સ્થિતિ પ્રમાણે દરેક સમીક્ષાની ભલામણોની સંખ્યા

## Themes
themes-index-title = વિષયો
themes-index-description = વિષય પ્રમાણે સમીક્ષા સારાંશ, માહિતી અને ન્યૂઝલેટર.
themes-index-intro = કોઈ વિષય વિશેના બધા સારાંશ, માહિતી અને ન્યૂઝલેટર જોવા માટે તે વિષય પસંદ કરો.
themes-count = { $count ->
    [one] { $count } પાનું
   *[other] { $count } પાનાં
}
themes-none = હજી કોઈ વિષય નથી.
theme-intro = { $count ->
    [one] આ વિષય પર { $count } પાનું.
   *[other] આ વિષય પર { $count } પાનાં, સૌથી નવાં પહેલાં.
}
theme-all = બધા વિષયો
kind-review = સમીક્ષા સારાંશ
kind-briefing = 7 મિનિટની માહિતી
kind-newsletter = ન્યૂઝલેટર
kind-training = તાલીમ
kind-page = પાનાં
kind-section = વિભાગો

## Briefings and newsletters
briefing-parts = સાત ભાગમાં આ માહિતી
briefing-from-review = આ માહિતી આમાંથી લેવાઈ છે
newsletter-issue = અંક
newsletter-archive = વર્ષ પ્રમાણે ન્યૂઝલેટર
newsletter-undated = તારીખ વગરનું

## Training
training-details = સત્ર વિશે
training-when = ક્યારે
training-time = { $start } થી { $end }
training-where = ક્યાં
training-online = ઑનલાઇન
training-audience = કોના માટે
training-booking = કેવી રીતે બુક કરવું
training-book-link = જગ્યા બુક કરો
training-calendar = તમારા કૅલેન્ડરમાં ઉમેરો (iCalendar, { $size })
training-past-notice = આ સત્ર થઈ ગયું છે.
training-upcoming = આગામી સત્રો
training-past = અગાઉનાં સત્રો
training-none-upcoming = હાલમાં કોઈ સત્રનું આયોજન નથી.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = આ વિભાગનાં નવાં પાનાં માટે સબ્સ્ક્રાઇબ કરો (Atom ફીડ)
contact-vcard = તમારા સંપર્કોમાં ઉમેરો (vCard, { $size })

## Worried about a child? (on every page)
concern-title = કોઈ બાળક વિશે ચિંતિત છો?
concern-text = જો તમને લાગે કે કોઈ બાળકને નુકસાન પહોંચાડવામાં આવે છે અથવા તેની ઉપેક્ષા થાય છે, તો અમને ફોન કરો. તમારે ખાતરીપૂર્વક જાણવાની જરૂર નથી.
concern-front-door = બાળ સેવાઓ
concern-board = અમને ફોન કરો
concern-out-of-hours = કામકાજના સમય પછી
concern-police = તાત્કાલિક જોખમમાં બાળક
concern-more = ચિંતાની જાણ કરવા વિશે વધુ

## E-mail editions of newsletters and briefings
email-read-online = આ વેબસાઇટ પર વાંચો
email-in-this-issue = આ અંકમાં
email-links = લિંક્સ

## Search (the search page and every page from A to Z)
search-link = શોધો
search-title = શોધ
search-description = આ સાઇટ પર કોઈ પત્રિકા, સમીક્ષા સારાંશ, માહિતી અથવા ન્યૂઝલેટર શોધો.
search-label = આ સાઇટ પર શોધો
search-button = શોધો
search-hint = એક કે બે શબ્દ લખો, જેમ કે “મીટિંગ” અથવા “ઉપેક્ષા”. તમે લખો તેમ પરિણામો દેખાય છે.
search-results = { $count ->
    [one] “{ $query }” માટે { $count } પાનું મળ્યું
   *[other] “{ $query }” માટે { $count } પાનાં મળ્યાં
}
search-none = “{ $query }” માટે કોઈ પાનું મળ્યું નથી. જોડણી તપાસો, બીજો શબ્દ અજમાવો, અથવા બધાં પાનાં કક્કાવારી પ્રમાણે જુઓ.
search-too-short = ઓછામાં ઓછા બે અક્ષર લખો.
search-failed = શોધ અત્યારે કામ કરતી નથી. તમે હજી પણ બધાં પાનાં કક્કાવારી પ્રમાણે શોધી શકો છો.
search-no-script = શોધ માટે JavaScript જરૂરી છે, જે બંધ છે અથવા લોડ થયું નથી. તમે હજી પણ બધાં પાનાં કક્કાવારી પ્રમાણે શોધી શકો છો.
search-a-z = બધાં પાનાં કક્કાવારી પ્રમાણે
search-a-z-description = આ ભાષામાં આ સાઇટનાં બધાં પાનાં, કક્કાવારી પ્રમાણે.
search-a-z-letters = કોઈ અક્ષર પર જાઓ
search-kind-leaflet = પત્રિકા
search-kind-page = પાનું
search-kind-section = વિભાગ
search-kind-review = સમીક્ષા સારાંશ
search-kind-briefing = 7 મિનિટની માહિતી
search-kind-newsletter = ન્યૂઝલેટર
search-kind-training = તાલીમ
