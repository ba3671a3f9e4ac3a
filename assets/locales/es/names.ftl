# Nombres que muestran tanto la ventana como el PDF: tipos de tarjeta, emociones, estados, qué fue
# de un paso, colores de los participantes. Los códigos del núcleo van tras el guion: card-kind-pain_point.

card-kind-note = Nota
card-kind-quote = Cita
card-kind-pain_point = Punto de dolor
card-kind-idea = Idea
card-kind-opportunity = Oportunidad

emotion-plus-2 = Encantado
emotion-plus-1 = Contento
emotion-0 = Neutral
emotion-minus-1 = Descontento
emotion-minus-2 = Molesto

status-idea = Idea
status-planned = Planificado
status-in_progress = En curso
status-done = Hecho

fate-kept = Conservado
fate-changed = Cambiado
fate-removed = Eliminado
fate-new = Nuevo

colour-0 = Azul
colour-1 = Bermellón
colour-2 = Verde
colour-3 = Rosa
colour-4 = Ocre
colour-5 = Azul cielo
colour-6 = Morado
colour-7 = Gris

# Lo que alguien dijo, entre las comillas del idioma.
quoted = «{ $text }»

# La evidencia que respalda una oportunidad, en una frase de partes unidas por el separador.
evidence-step-unrated = nadie ha valorado aún «{ $step }»
evidence-step-rated = { $low } de { $rated ->
    [one] { $rated } cliente
   *[other] { $rated } clientes
} { $low ->
    [one] valoró
   *[other] valoraron
} «{ $step }» con −{ $score } o menos
evidence-quotes = { $quotes ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}, { $named } con nombre y consentimiento
evidence-other-cards = { $cards ->
    [one] { $cards } tarjeta más
   *[other] { $cards } tarjetas más
}
evidence-separator = {"; "}

# A quién se atribuye una tarjeta, cuando no es el nombre de una persona.
credit-research = Investigación
credit-customer = Un cliente
credit-team = Equipo

# Los meses, tal como se escriben y se leen las fechas (22 de noviembre de 2026).
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
