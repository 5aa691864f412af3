# Lantern's interface text: Portuguese (português).
# Translation: not yet checked by a professional translator.

skip-link = Saltar para o conteúdo principal
quick-exit = Sair deste site
quick-exit-region = Saída rápida
quick-exit-help = Manter-se seguro na internet
quick-exit-press = { $remaining ->
    [one] Prima Shift mais { $remaining } vez para sair deste site
   *[other] Prima Shift mais { $remaining } vezes para sair deste site
}
language-switcher = Escolha um idioma
nav-label = Menu principal
breadcrumbs-label = Está aqui
emergency-notice = Se acha que uma criança está em perigo imediato, ligue para o 999.
published = Publicado
updated = Última atualização
on-this-page = Nesta página
themes-title = Temas
section-empty = Ainda não há nada aqui.
fallback-notice = Esta página ainda não foi traduzida para português, por isso é apresentada em { $default-language }.
draft-banner = Rascunho — não publicado
footer-contact = Contacte-nos
footer-accessibility = Declaração de acessibilidade
footer-feed = Subscrever novas publicações (feed Atom)
footer-privacy = Este site não usa cookies nem o segue.
feed-title = { $site }: novas publicações
breadcrumb-home = Início
not-found-title = Página não encontrada
not-found-text = Não conseguimos encontrar essa página. Pode ter mudado de lugar, ou o endereço pode ter um erro.
not-found-home = Ir para a página inicial
expired-title = Já não está publicado
expired-text = Este resumo de análise foi publicado por um período limitado e já foi retirado.
expired-ask = Contacte-nos para pedir uma cópia
contact-details = Contactos
contact-organisation = Organização
contact-address = Morada
contact-phone = Telefone
contact-email = E-mail
contact-hours = Horário
not-found-next = Pode:
printed-from = Impresso de:
home-contact-text = Faça uma pergunta, peça para se reunir com o presidente da comissão de análise, ou diga-nos do que precisa.
home-safety-text = Como sair deste site rapidamente e esconder a sua visita.
home-latest = Aprendizagens mais recentes
latest-kind-review = Resumo de análise
latest-kind-briefing = Resumo de 7 minutos
latest-kind-newsletter = Boletim informativo
table-label = Tabela
alert-note = Nota
alert-tip = Dica
alert-important = Importante
alert-warning = Aviso
alert-caution = Cuidado
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Review summaries and recommendations
review-reference = Referência
review-kind = Tipo de análise
review-kind-cspr = Análise de práticas de proteção de crianças
review-kind-scr = Análise de caso grave
review-agencies = Serviços envolvidos
review-expires = Publicado até
review-recommendations = Recomendações
review-recommendations-count = { $count ->
    [one] Esta análise fez { $count } recomendação.
   *[other] Esta análise fez { $count } recomendações.
}
review-briefings = Resumos desta análise
review-see-tracker = Veja o progresso de cada recomendação de cada análise
rec-heading = Recomendação { $id }
rec-heading-in-review = { $review }: recomendação { $id }
rec-status = Estado
rec-outcome = Resultado pretendido
rec-due = Prazo
rec-no-due = Sem prazo definido
rec-agencies = Responsáveis
rec-latest = Progresso mais recente
rec-no-progress = Ainda não foi comunicado nenhum progresso.
rec-all-progress = { $count ->
    [one] { $count } relatório de progresso
   *[other] Todos os { $count } relatórios de progresso
}
rec-overdue-flag = Em atraso
status-overdue = Em atraso
status-in-progress = Em curso
status-not-started = Não iniciada
status-complete = Concluída

## The recommendations tracker
tracker-title = Progresso das recomendações
tracker-description = Todas as recomendações das nossas análises: o que devem alcançar, qual o prazo e como estão a avançar.
tracker-intro = Cada análise termina com recomendações. Cada uma tem um resultado pretendido e uma data limite. Uma recomendação está em atraso quando essa data já passou e não está concluída.
tracker-today = Esta era a situação em { $date }.
tracker-total = { $count ->
    [one] Há { $count } recomendação:
   *[other] Há { $count } recomendações:
}
tracker-count-overdue = { $count } em atraso
tracker-count-in-progress = { $count } em curso
tracker-count-not-started = { $count } não iniciadas
tracker-count-complete = { $count } concluídas
tracker-jump = Recomendações por estado
tracker-group-empty = Nenhuma.
tracker-from = De
tracker-expired = (já não está publicada)
tracker-none = Ainda não há recomendações.
chart-caption = Recomendações de cada análise, por estado
chart-legend = Legenda
chart-review = Análise
chart-total = Total
chart-table-caption = Número de recomendações de cada análise, por estado

## Themes
themes-index-title = Temas
themes-index-description = Resumos de análises, resumos de 7 minutos e boletins, por tema.
themes-index-intro = Escolha um tema para ver todos os resumos e boletins sobre ele.
themes-count = { $count ->
    [one] { $count } página
   *[other] { $count } páginas
}
themes-none = Ainda não há temas.
theme-intro = { $count ->
    [one] { $count } página sobre este tema.
   *[other] { $count } páginas sobre este tema, as mais recentes primeiro.
}
theme-all = Todos os temas
kind-review = Resumos de análises
kind-briefing = Resumos de 7 minutos
kind-newsletter = Boletins informativos
kind-training = Formação
kind-page = Páginas
kind-section = Secções

## Briefings and newsletters
briefing-parts = Este resumo em sete partes
briefing-from-review = Este resumo vem de
newsletter-issue = Número
newsletter-archive = Boletins por ano
newsletter-undated = Sem data

## Training
training-details = Sobre a sessão
training-when = Quando
training-time = das { $start } às { $end }
training-where = Onde
training-online = Online
training-audience = Para quem
training-booking = Como se inscrever
training-book-link = Reservar um lugar
training-calendar = Adicionar ao seu calendário (iCalendar, { $size })
training-past-notice = Esta sessão já se realizou.
training-upcoming = Próximas sessões
training-past = Sessões anteriores
training-none-upcoming = De momento não há sessões previstas.

## Feeds and contact
feed-section-title = { $site }: { $section }
feed-section-link = Subscrever as novas páginas desta secção (feed Atom)
contact-vcard = Adicionar aos seus contactos (vCard, { $size })

## Worried about a child? (on every page)
concern-title = Está preocupado com uma criança?
concern-text = Se acha que uma criança está a ser maltratada ou negligenciada, ligue-nos. Não precisa de ter a certeza.
concern-front-door = Serviços para crianças
concern-board = Ligue-nos
concern-out-of-hours = Fora do horário
concern-police = Uma criança em perigo imediato
concern-more = Mais sobre como comunicar uma preocupação

## E-mail editions of newsletters and briefings
email-read-online = Leia no site
email-in-this-issue = Nesta edição
email-links = Ligações

## Search (the search page and every page from A to Z)
search-link = Pesquisar
search-title = Pesquisa
search-description = Encontre neste site um folheto, um resumo de análise, um resumo de 7 minutos ou um boletim informativo.
search-label = Pesquisar neste site
search-button = Pesquisar
search-hint = Escreva uma ou duas palavras, como “reunião” ou “negligência”. Os resultados aparecem enquanto escreve.
search-results = { $count ->
    [one] { $count } página encontrada para “{ $query }”
   *[other] { $count } páginas encontradas para “{ $query }”
}
search-none = Não foram encontradas páginas para “{ $query }”. Verifique a ortografia, experimente outra palavra ou veja todas as páginas de A a Z.
search-too-short = Escreva pelo menos duas letras.
search-failed = A pesquisa não está a funcionar neste momento. Mesmo assim, pode encontrar todas as páginas de A a Z.
search-no-script = A pesquisa precisa de JavaScript, que está desativado ou não foi carregado. Mesmo assim, pode encontrar todas as páginas de A a Z.
search-a-z = Todas as páginas de A a Z
search-a-z-description = Todas as páginas deste site neste idioma, por ordem alfabética.
search-a-z-letters = Ir para uma letra
search-kind-leaflet = Folheto
search-kind-page = Página
search-kind-section = Secção
search-kind-review = Resumo de análise
search-kind-briefing = Resumo de 7 minutos
search-kind-newsletter = Boletim informativo
search-kind-training = Formação
