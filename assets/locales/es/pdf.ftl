# El PDF para las partes interesadas, en el idioma del taller.

## Fechas: "18 de noviembre de 2026".
pdf-date = { $day } de { $month } de { $year }

## La portada.
pdf-cover-kicker = TALLER DE RECORRIDO DEL CLIENTE
pdf-cover-held-on = CELEBRADO EL
pdf-cover-where = LUGAR
pdf-cover-facilitated-by = FACILITADO POR
pdf-cover-in-the-room = EN LA SALA
pdf-cover-in-this-document = EN ESTE DOCUMENTO
# Los clientes solo se nombran si aceptaron que se les citara con su nombre.
pdf-cover-customers = { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }: { $unnamed ->
        [0] { $named }
       *[other] { $named_count ->
            [0] { $unnamed ->
                [one] una persona que pidió el anonimato
               *[other] { $unnamed } que pidieron el anonimato
            }
           *[other] { $named } y { $unnamed ->
                [one] una persona que pidió el anonimato
               *[other] { $unnamed } que pidieron el anonimato
            }
        }
    }
pdf-cover-team = Equipo: { $names }
pdf-cover-stakeholders = Partes interesadas: { $names }
pdf-cover-personas = { $count ->
        [one] { $count } persona: quién es el cliente y a quién decidimos no atender
       *[other] { $count } personas: quién es el cliente y a quién decidimos no atender
    }
pdf-cover-boards = { $count ->
        [one] { $count } tablero de recorrido: lo que el cliente hace, piensa y siente en cada paso
       *[other] { $count } tableros de recorrido: lo que el cliente hace, piensa y siente en cada paso
    }
pdf-cover-compared = { $count ->
        [one] { $count } recorrido deseado frente a su recorrido actual: el cambio que midieron los clientes en cada paso
       *[other] { $count } recorridos deseados frente a sus recorridos actuales: el cambio que midieron los clientes en cada paso
    }
pdf-cover-summary = Un resumen: los puntos de dolor, las oportunidades con sus responsables y su evidencia, las palabras de los propios clientes
pdf-cover-decided = Lo que decidimos: cada oportunidad, su responsable, su meta y su estado, primero las más votadas
pdf-cover-exported = Exportado desde Feltboard el { $date }

## Todas las páginas.
# El pie de cada página, junto al título del taller.
pdf-footer-page = Página { $number } de { $total }
# Arriba de una página que continúa la anterior: el nombre de una persona, el título de un tablero, "Resumen".
pdf-continued = { $title } (continuación)
# Un paso o una celda que nadie valoró.
pdf-not-rated = sin valorar
# Quién hace el seguimiento de una oportunidad, en su tarjeta y en el resumen.
pdf-owner = Responsable: { $owner }
# En el resumen y en «Lo que decidimos» cuando la sala no registró ninguna oportunidad.
pdf-no-opportunities = No se registró ninguna oportunidad.
# El encabezado de la primera columna de las tablas: el número de cada fila (en mayúsculas).
pdf-column-number = N.º

## Los marcadores del PDF (los del resumen y las decisiones son los títulos de sus páginas).
pdf-outline-cover = Portada
pdf-outline-personas = Personas
pdf-outline-boards = Tableros de recorrido
pdf-outline-comparison = Actual frente a deseado: { $title }

## Las páginas de una persona.
pdf-persona-label-anti = ANTIPERSONA · A QUIEN DECIDIMOS NO ATENDER
pdf-persona-label-assumed = PROTOPERSONA · BASADA EN SUPOSICIONES DEL EQUIPO
pdf-persona-label-research = PERSONA · BASADA EN INVESTIGACIÓN
pdf-persona-anti-reason = Por qué decidimos no atender a esta persona: { $reason }
pdf-persona-goals = OBJETIVOS
pdf-persona-needs = NECESIDADES
pdf-persona-pain-points = PUNTOS DE DOLOR
pdf-persona-behaviours = COMPORTAMIENTOS
pdf-persona-channels = CANALES
pdf-persona-wants-to-feel = QUIERE SENTIRSE
pdf-persona-empathy-map = MAPA DE EMPATÍA
pdf-persona-says = Dice
pdf-persona-thinks = Piensa
pdf-persona-does = Hace
pdf-persona-feels = Siente
# $count: cuántas entrevistas, 1 o más; $sources: lo que el equipo escribió sobre ellas, quizá nada.
pdf-persona-evidence-interviews = Evidencia: investigación, { $count ->
        [one] { $count } entrevista
       *[other] { $count } entrevistas
    }. { $sources }
pdf-persona-evidence-research = Evidencia: investigación. { $sources }
pdf-persona-evidence-assumed = Evidencia: suposiciones del equipo, aún no contrastadas con clientes.
# Descripciones de la imagen, para los lectores de pantalla.
pdf-persona-portrait = Retrato de { $name }
pdf-persona-initials = Las iniciales de { $name }

## Las páginas de los tableros.
# Sobre un tablero demasiado grande para una sola página.
pdf-board-page = Página { $number } de { $of } del tablero
pdf-board-persona = Recorrido de { $persona }
# $others: los nombres de las demás personas, separados por comas.
pdf-board-personas = Recorrido de { $persona }, junto a { $others }
pdf-board-scenario = Escenario: { $scenario }
pdf-board-expects = Expectativas: { $expectations }
pdf-board-moment-of-truth = ★ Momento de la verdad
# En la cabecera de un carril, cuando el carril viene de la página anterior / sigue en la siguiente.
pdf-board-lane-continued = continuación
pdf-board-lane-continues = sigue en la página siguiente
# La línea entre lo que el cliente ve y lo que no.
pdf-board-line-of-visibility = Línea de visibilidad
# En la letra pequeña de una oportunidad, en su tarjeta.
pdf-card-evidence = { $count ->
        [one] { $count } evidencia
       *[other] { $count } evidencias
    }

## Las curvas de emoción en las páginas de los tableros.
pdf-curves-assumed = Supuesta por el equipo
pdf-curves-rated = Valorada por los clientes: media, dispersión, número
pdf-curves-desired = Deseada
# La fila con las cifras de todos los clientes bajo las curvas, encima de las de cada persona.
pdf-curves-all-customers = Todos los clientes
# Las curvas descritas, frase a frase, para los lectores de pantalla. $values: "Pagar −1,5 (n=4), Esperar −2,0 (n=3)".
pdf-curves-alt = Curvas de emoción, de −2 (molesto) a +2 (encantado).
pdf-curves-alt-assumed = Supuesta por el equipo: { $values }.
pdf-curves-alt-rated = Valorada por los clientes: { $values }.
pdf-curves-alt-persona = Valorada por los clientes que más se parecen a { $persona }: { $values }.
pdf-curves-alt-desired = Deseada: { $values }.

## Un recorrido deseado frente a su recorrido actual.
pdf-comparison-kicker = ACTUAL FRENTE A DESEADO
pdf-comparison-intro = Parte de «{ $as_is }». El cambio medido es la valoración de los clientes del paso deseado menos la del paso actual, en los pasos que valoraron en ambos; n es cuántos lo valoraron, actual → deseado.
# Los encabezados de la tabla (en mayúsculas); los dos de «Valoración» también nombran las curvas.
pdf-comparison-column-step = Paso
pdf-comparison-column-fate = Qué fue de él
pdf-comparison-rated-as-is = Valoración del actual
pdf-comparison-rated-to-be = Valoración del deseado
pdf-comparison-column-change = Cambio medido
# Bajo un paso cambiado: cómo se llamaba.
pdf-comparison-was = antes «{ $step }»
pdf-comparison-not-measured = sin medir
# Qué fue de un paso, bajo el gráfico y en su descripción.
pdf-comparison-fate-kept = conservado
pdf-comparison-fate-changed = cambiado
pdf-comparison-fate-removed = eliminado
pdf-comparison-fate-new = nuevo
# El gráfico descrito para los lectores de pantalla; $steps son pdf-comparison-alt-step unidos por "; ".
pdf-comparison-alt = Las curvas valoradas de «{ $as_is }» y «{ $to_be }», de −2 (molesto) a +2 (encantado), paso a paso: { $steps }.
# $as_is y $to_be: "−1,3 (n=4)", o pdf-not-rated.
pdf-comparison-alt-step = { $number } { $step }, { $fate }: actual { $as_is }, deseado { $to_be }

## El resumen.
pdf-summary-title = Resumen
pdf-summary-pains = Dónde duele
pdf-summary-no-pains = No se registró ningún punto de dolor.
pdf-summary-opportunities = Qué podríamos hacer
pdf-summary-quotes = En palabras de los clientes
pdf-summary-no-quotes = No se registró ninguna cita de clientes.
# Un punto de dolor, sus puntos de la sala y su tablero.
pdf-summary-pain = { $votes ->
        [0] { $text } — { $board }
        [one] { $text } ({ $votes } voto) — { $board }
       *[other] { $text } ({ $votes } votos) — { $board }
    }
# Una oportunidad o idea y sus puntos de la sala.
pdf-summary-opportunity = { $votes ->
        [0] { $text }
        [one] { $text } ({ $votes } voto)
       *[other] { $text } ({ $votes } votos)
    }
pdf-summary-no-owner = Responsable: aún sin elegir
# $measure: "métrica → meta".
pdf-summary-measured-by = Se mide por: { $measure }
pdf-summary-status = Estado: { $status }
# $evidence: la frase de la evidencia (evidence-* en names.ftl).
pdf-summary-evidence = Evidencia: { $evidence }
pdf-summary-no-evidence = Evidencia: aún no hay nada vinculado
# Las palabras de un cliente (ya entre comillas) y quién las dijo.
pdf-quote-credited = { $quote } — { $credit }

## Lo que decidimos.
pdf-decided-title = Lo que decidimos
pdf-decided-intro = Cada oportunidad de cada tablero, primero las más votadas: quién es responsable, cómo sabremos que ha funcionado, en qué punto está y cuánta evidencia de la sala la respalda.
# Los encabezados de la tabla (en mayúsculas).
pdf-decided-column-opportunity = Oportunidad
pdf-decided-column-board = Tablero
pdf-decided-column-owner = Responsable
pdf-decided-column-measure = Métrica → meta
pdf-decided-column-status = Estado
pdf-decided-column-votes = Votos
pdf-decided-column-evidence = Evidencia
pdf-decided-no-owner = aún sin elegir
pdf-decided-no-measure = aún sin definir
pdf-decided-no-evidence = nada vinculado
