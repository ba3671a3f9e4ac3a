# Un tablero de recorrido: el editor, sus herramientas y diálogos, la cuadrícula con sus tarjetas y curvas.
# Las etiquetas para Deshacer (Se ha añadido…, Se ha movido…, Se ha eliminado…) nombran un cambio en el
# aviso de Deshacer y en el menú Edición.

## La barra del editor

board-back = ← Tableros
board-back-title = Volver a los tableros ({ $key })
board-back-to-boards = Volver a los tableros
board-gone = Ese tablero ya no existe: de vuelta a los tableros del taller.
board-edited = Se ha editado el tablero
board-title-label = Título del tablero
board-speaker = Quién habla
board-speaker-title = Las tarjetas nuevas se le atribuyen; Intro o Esc vuelve al tablero
board-speaker-team = El equipo
board-speaker-research = Investigación
board-compare = Comparar con el actual
board-compare-title = Este recorrido deseado junto al recorrido actual del que partió, paso a paso
board-scenario-and-expectations = Escenario y expectativas
board-scenario = Escenario
board-scenario-placeholder = Qué pasa, a quién y por qué
board-expectations = Expectativas
board-expectations-placeholder = Qué espera al empezar
board-empty = Un tablero vacío
board-empty-explained = Dale etapas (las fases del recorrido, cada una con sus pasos) y carriles (lo que el cliente hace, piensa, siente…).
board-set-up = Configurar etapas y carriles
# El elemento del menú y el encabezado del modo sala cuando se ve todo el recorrido, no una etapa.
board-whole-journey = Todo el recorrido

## Las herramientas sobre el tablero

board-tools = Herramientas del tablero
board-curves-shown = Curvas visibles
board-curve-assumed = Supuesta por el equipo
board-curve-rated = Valorada por los clientes
board-curve-desired = Deseada
board-rated-by = Curva de los clientes
board-rated-by-title = La curva de los clientes para todos juntos, o una por cada persona que sigue el tablero (cada cliente cuenta para la persona a la que más se parece)
board-rated-by-all = todos
board-rated-by-persona = por persona
board-view = Vista
board-frame = Etapas y carriles…
board-focus = Vista enfocada
board-focus-title = Centrarse en una etapa ({ $key }; AvPág y RePág para cambiar de etapa)
board-focus-stage = Etapa enfocada
board-zoom-out = Alejar ({ $key })
board-zoom-in = Acercar ({ $key })
board-zoom = { $percent } %
board-fit = Ajustar
board-fit-title = Ajustar a la pantalla ({ $key })
board-export = Exportar…
board-export-title = Un PDF del taller, o este tablero como imagen o como hoja de cálculo ({ $key })

## La cuadrícula

board-grid = Tablero de recorrido
# Una celda del tablero, por su paso y su carril.
board-cell = { $step }, { $lane }
# Se dice antes de las tarjetas de una celda.
board-cell-said = { $cell }, { $count ->
    [0] ninguna tarjeta
    [one] una tarjeta
   *[other] { $count } tarjetas
}:
board-new-card = Nueva tarjeta en { $cell }
board-new-card-placeholder = Escribe; Intro para la siguiente tarjeta
board-stage-drag = Arrastra a otra etapa para moverla
board-step-drag = Arrastra a otro paso para moverlo
board-lane-drag = Arrastra a otro carril para moverlo
board-moment = Momento de la verdad
board-emotion-scale = Escala de emociones
board-menu-rate = Cómo se vivió «{ $title }»…
board-added-card = Se ha añadido «{ $text }»
board-edited-card = Se ha editado una tarjeta
board-moved = Se ha movido «{ $title }»
board-moved-cards = { $count ->
    [one] Se ha movido una tarjeta
   *[other] Se han movido { $count } tarjetas
}
board-deleted-cards = { $count ->
    [one] Se ha eliminado una tarjeta
   *[other] Se han eliminado { $count } tarjetas
}

## Las curvas de emoción

board-curves = Curvas de emoción
# Cuántos clientes valoraron un paso (n, como en estadística).
board-curve-count = n={ $count }
board-curve-segment = Valorada por los clientes que más se parecen a { $name }
board-curve-rate = Valorar «{ $title }»

## Una tarjeta

board-card-face-down = Una nota, oculta hasta que se revele
board-card-face-down-meta = Oculta hasta que se revele
board-card-owned-by = Responsable: { $owner }
board-card-evidence = { $count ->
    [one] { $count } evidencia
   *[other] { $count } evidencias
}
# Tras el número de evidencias, para los lectores de pantalla: la frase que dice cuáles son.
board-card-evidence-said = : { $summary }
board-card-dots = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
board-card-text = Texto de la tarjeta
board-card-kind = Tipo
board-card-owner = Responsable
board-card-metric = Métrica
board-card-target = Meta
board-card-status = Estado
board-card-evidence-summary = Evidencia: { $summary }
board-card-no-evidence = Aún no hay evidencia: selecciona tarjetas y pulsa { $key }.

## Tarjetas seleccionadas

board-picked = { $count ->
    [one] { $count } tarjeta seleccionada
   *[other] { $count } tarjetas seleccionadas
}
board-picked-label = Tarjetas seleccionadas
board-picked-link = Respalda una oportunidad…
board-picked-link-title = Vincularlas como evidencia de una oportunidad ({ $key })
board-picked-delete = Eliminar
board-picked-delete-title = Eliminarlas (Supr); Deshacer las recupera
board-picked-none = Deseleccionar
board-picked-none-title = Esc hace lo mismo

## De quién es el recorrido

board-personas-title = Las personas que sigue este tablero: la primera es la protagonista del recorrido
board-personas-label = De quién es el recorrido
board-personas-none = Ninguna persona
board-personas-legend = Personas que sigue este tablero
board-personas-anti = (no atendida)
board-personas-first = · protagonista
board-personas-make-first = Hacerla protagonista
# Tras «Hacerla protagonista», para los lectores de pantalla.
board-personas-make-first-said = : el recorrido de { $name }
board-personas-no-personas = Este taller aún no tiene personas.
board-personas-full = { $count ->
    [one] Un tablero sigue como máximo a { $count } persona.
   *[other] Un tablero sigue como máximo a { $count } personas.
}

## Valorar un paso

board-rating-heading = ¿Cómo se vive «{ $title }»?
board-rating-assumed = La suposición del equipo
board-rating-assumed-note = la curva supuesta
board-rating-desired = Cómo queremos que se viva
board-rating-desired-note = la curva deseada
board-rating-customer-note = un cliente
board-rating-not-yet = aún no
board-rating-whose = Quién valora
board-rating-how = Cómo lo vivió { $name }
board-rating-key = Tecla { $key }
# Las teclas se muestran aparte, cada una en un recuadro.
board-rating-keys = Teclas: { $up } { $down } quién valora; de { $first } (encantado) a { $last } (molesto), cómo lo vivió.
board-rating-moment = Un momento de la verdad: este paso consolida o rompe la relación
board-rating-clear = Borrar la valoración de { $name }
board-rated = Se ha valorado «{ $title }»
board-marked-moment = Se ha marcado «{ $title }» como momento de la verdad
board-unmarked-moment = Se ha desmarcado «{ $title }»

## Evidencia para una oportunidad

board-supports-heading = Respalda una oportunidad
board-supports-none = Este tablero aún no tiene oportunidades. Escribe una en el carril Oportunidades y luego selecciona lo que la respalda.
board-supports-evidence = La evidencia
# Una tarjeta aportada como evidencia: su tipo y el principio de su texto.
board-supports-card = { $kind }: «{ $text }»
board-supports-step = Cómo valoraron los clientes «{ $title }»
board-supports-step-rated = ({ $count } valoraciones)
board-supports-which = ¿Qué oportunidad respalda?
board-supports-already = ya tiene { $count }
board-supports-link = Vincular como evidencia
board-linked-evidence = { $count ->
    [one] Se ha vinculado evidencia a «{ $text }»
   *[other] Se han vinculado { $count } evidencias a «{ $text }»
}
board-unlinked-evidence = Se ha desvinculado evidencia de «{ $text }»

## El marco del tablero: etapas, pasos y carriles

board-frame-heading = El marco del tablero
board-frame-stages = Etapas y pasos
board-frame-stage = Etapa { $number }
board-frame-step = Paso { $number } de «{ $stage }»
board-frame-lanes = Carriles
board-frame-lane = Carril { $number }
board-frame-earlier = Mover «{ $title }» antes
board-frame-later = Mover «{ $title }» después
board-frame-up = Subir «{ $title }»
board-frame-down = Bajar «{ $title }»
board-frame-delete = Eliminar
board-frame-delete-stage = ¿Eliminar la etapa y sus tarjetas?
board-frame-delete-step = ¿Eliminar el paso y sus tarjetas?
board-frame-delete-lane = ¿Eliminar el carril y sus tarjetas?
board-frame-show = Mostrar
board-frame-hide = Ocultar
board-frame-lane-kind = Tipo de carril
board-frame-add-stage = + Etapa
board-frame-add-step = + Paso
board-frame-add-lane = + Carril
# Los títulos que reciben las etapas, pasos y carriles nuevos (luego son del tablero, para cambiarles el nombre).
board-new-stage = Nueva etapa
board-new-step = Nuevo paso
board-lane-actions = Lo que hace
board-lane-touchpoints = Puntos de contacto y canales
board-lane-thoughts = Lo que piensa
board-lane-feelings = Cómo se siente
board-lane-pain-points = Puntos de dolor
board-lane-opportunities = Oportunidades
board-lane-frontstage = Acciones visibles
board-lane-backstage = Acciones invisibles
board-lane-support = Procesos de soporte
board-lane-custom = Notas
board-renamed = Se ha cambiado el nombre de «{ $title }»
board-added = Se ha añadido «{ $title }»
board-added-stage = Se ha añadido una etapa
board-added-step = Se ha añadido un paso
board-deleted = Se ha eliminado «{ $title }»
board-showed = Se ha mostrado «{ $title }»
board-hid = Se ha ocultado «{ $title }»

## Comparar el recorrido deseado con el actual

board-compare-heading = Comparado con el recorrido actual
board-compare-curves = Curvas
board-compare-as-is = Valoración del actual
board-compare-to-be = Valoración del deseado
board-compare-chart = Las curvas valoradas de ambos recorridos; la tabla de abajo da todas las cifras
board-compare-caption = Cada paso, qué fue de él y cómo lo valoraron los clientes
board-compare-step = Paso
board-compare-fate = Qué fue de él
board-compare-change = Cambio medido
board-compare-was = antes «{ $title }»
# La media de un paso valorado: el emoji de su emoción, la puntuación y cuántos lo valoraron.
board-compare-mean = { $emoji } { $score } (n={ $count })
board-compare-note = El cambio medido es la valoración del recorrido deseado menos la del actual, en los pasos que los clientes valoraron en ambos.
board-compare-comparing = Comparando…

## Botones de los diálogos (Cancelar y Cerrar están en app.ftl)

board-done = Listo
