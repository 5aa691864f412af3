# Lantern's interface text: Spanish (español).
# Translation: not yet checked by a professional translator.

skip-link = Ir al contenido principal
quick-exit = Salir de este sitio
quick-exit-region = Salida rápida
quick-exit-help = Seguridad en internet
quick-exit-press = { $remaining ->
    [one] Pulse Shift 1 vez más para salir de este sitio
   *[other] Pulse Shift { $remaining } veces más para salir de este sitio
}
language-switcher = Elija un idioma
nav-label = Menú principal
breadcrumbs-label = Está aquí
emergency-notice = Si cree que un niño está en peligro inmediato, llame al 999.
published = Publicado
updated = Última actualización
on-this-page = En esta página
themes-title = Temas
section-empty = Todavía no hay nada aquí.
fallback-notice = Esta página aún no se ha traducido al español, por eso se muestra en { $default-language }.
draft-banner = Borrador — no publicado
footer-contact = Contacto
footer-accessibility = Declaración de accesibilidad
footer-feed = Suscribirse a las nuevas publicaciones (canal Atom)
footer-privacy = Este sitio no usa cookies ni le rastrea.
feed-title = { $site }: nuevas publicaciones
breadcrumb-home = Inicio
not-found-title = Página no encontrada
not-found-text = No hemos encontrado esa página. Puede que se haya movido o que la dirección tenga un error.
not-found-home = Ir a la página de inicio
expired-title = Ya no está publicado
expired-text = Este resumen de revisión se publicó durante un tiempo limitado y ya se ha retirado.
expired-ask = Póngase en contacto con nosotros para pedir una copia
contact-details = Datos de contacto
contact-organisation = Organización
contact-address = Dirección
contact-phone = Teléfono
contact-email = Correo electrónico
contact-hours = Horario de atención
not-found-next = Puede:
printed-from = Impreso desde:
home-contact-text = Haga una pregunta, pida reunirse con quien preside la comisión de revisión o díganos qué necesita.
home-safety-text = Cómo salir rápidamente de este sitio y ocultar su visita.
home-latest = Lo último que hemos aprendido
latest-kind-review = Resumen de revisión
latest-kind-briefing = Resumen de 7 minutos
latest-kind-newsletter = Boletín
table-label = Tabla
alert-note = Nota
alert-tip = Consejo
alert-important = Importante
alert-warning = Advertencia
alert-caution = Precaución
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Review summaries and recommendations
review-reference = Referencia
review-kind = Tipo de revisión
review-kind-cspr = Revisión de prácticas de protección infantil
review-kind-scr = Revisión de un caso grave
review-agencies = Servicios implicados
review-expires = Publicado hasta
review-recommendations = Recomendaciones
review-recommendations-count = { $count ->
    [one] Esta revisión hizo 1 recomendación.
   *[other] Esta revisión hizo { $count } recomendaciones.
}
review-briefings = Resúmenes de esta revisión
review-see-tracker = Vea el avance de cada recomendación de cada revisión
rec-heading = Recomendación { $id }
rec-heading-in-review = { $review }: recomendación { $id }
rec-status = Estado
rec-outcome = Resultado previsto
rec-due = Plazo
rec-no-due = Sin fecha fijada
rec-agencies = Responsables
rec-latest = Último avance
rec-no-progress = Todavía no se ha informado de ningún avance.
rec-all-progress = { $count ->
    [one] 1 informe de avance
   *[other] Los { $count } informes de avance
}
rec-overdue-flag = Con retraso
status-overdue = Con retraso
status-in-progress = En curso
status-not-started = Sin empezar
status-complete = Completada

## The recommendations tracker
tracker-title = Avance de las recomendaciones
tracker-description = Todas las recomendaciones de nuestras revisiones: qué deben lograr, cuándo vencen y cómo avanzan.
tracker-intro = Cada revisión termina con recomendaciones. Cada una tiene un resultado previsto y una fecha límite. Una recomendación va con retraso cuando esa fecha ha pasado y no está completada.
tracker-today = Así estaba la situación el { $date }.
tracker-total = { $count ->
    [one] Hay 1 recomendación:
   *[other] Hay { $count } recomendaciones:
}
tracker-count-overdue = { $count } con retraso
tracker-count-in-progress = { $count } en curso
tracker-count-not-started = { $count } sin empezar
tracker-count-complete = { $count } completadas
tracker-jump = Recomendaciones por estado
tracker-group-empty = Ninguna.
tracker-from = De
tracker-expired = (ya no está publicada)
tracker-none = Todavía no hay recomendaciones.
chart-caption = Recomendaciones de cada revisión, por estado
chart-legend = Leyenda
chart-review = Revisión
chart-total = Total
chart-table-caption = Número de recomendaciones de cada revisión, por estado

## Themes
themes-index-title = Temas
themes-index-description = Resúmenes de revisiones, resúmenes de 7 minutos y boletines, por tema.
themes-index-intro = Elija un tema para ver todos los resúmenes y boletines sobre él.
themes-count = { $count ->
    [one] 1 página
   *[other] { $count } páginas
}
themes-none = Todavía no hay temas.
theme-intro = { $count ->
    [one] 1 página sobre este tema.
   *[other] { $count } páginas sobre este tema, las más recientes primero.
}
theme-all = Todos los temas
kind-review = Resúmenes de revisiones
kind-briefing = Resúmenes de 7 minutos
kind-newsletter = Boletines
kind-training = Formación
kind-page = Páginas
kind-section = Secciones

## Briefings and newsletters
briefing-parts = Este resumen en siete partes
briefing-from-review = Este resumen procede de
newsletter-issue = Número
newsletter-archive = Boletines por año
newsletter-undated = Sin fecha

## Training
training-details = Sobre la sesión
training-when = Cuándo
training-time = de { $start } a { $end }
training-where = Dónde
training-online = En línea
training-audience = Para quién
training-booking = Cómo inscribirse
training-book-link = Reservar plaza
training-calendar = Añadir a su calendario (iCalendar, { $size })
training-past-notice = Esta sesión ya se ha celebrado.
training-upcoming = Próximas sesiones
training-past = Sesiones anteriores
training-none-upcoming = Por ahora no hay sesiones previstas.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Suscribirse a las nuevas páginas de esta sección (canal Atom)
contact-vcard = Añadir a sus contactos (vCard, { $size })

## Worried about a child? (on every page)
concern-title = ¿Le preocupa un niño?
concern-text = Si cree que un niño está sufriendo daño o abandono, llámenos. No necesita estar seguro.
concern-front-door = Servicios para la infancia
concern-board = Llámenos
concern-out-of-hours = Fuera de horario
concern-police = Un niño en peligro inmediato
concern-more = Más información sobre cómo comunicar una preocupación

## E-mail editions of newsletters and briefings
email-read-online = Léalo en el sitio web
email-in-this-issue = En este número
email-links = Enlaces

## Search (the search page and every page from A to Z)
search-link = Buscar
search-title = Buscar
search-description = Encuentre en este sitio un folleto, un resumen de revisión, un resumen de 7 minutos o un boletín.
search-label = Buscar en este sitio
search-button = Buscar
search-hint = Escriba una o dos palabras, por ejemplo «reunión» o «abandono». Los resultados aparecen mientras escribe.
search-results = { $count ->
    [one] 1 página encontrada para «{ $query }»
   *[other] { $count } páginas encontradas para «{ $query }»
}
search-none = No se han encontrado páginas para «{ $query }». Revise la ortografía, pruebe con otra palabra o consulte todas las páginas de la A a la Z.
search-too-short = Escriba al menos dos letras.
search-failed = La búsqueda no funciona en este momento. Aun así, puede encontrar todas las páginas de la A a la Z.
search-no-script = La búsqueda necesita JavaScript, que está desactivado o no se ha cargado. Aun así, puede encontrar todas las páginas de la A a la Z.
search-a-z = Todas las páginas de la A a la Z
search-a-z-description = Todas las páginas de este sitio en este idioma, por orden alfabético.
search-a-z-letters = Ir a una letra
search-kind-leaflet = Folleto
search-kind-page = Página
search-kind-section = Sección
search-kind-review = Resumen de revisión
search-kind-briefing = Resumen de 7 minutos
search-kind-newsletter = Boletín
search-kind-training = Formación
