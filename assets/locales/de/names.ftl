# Namen, die Fenster und PDF gemeinsam zeigen: Kartenarten, Gefühle, Status, was aus einem
# Schritt wurde, Farben der Teilnehmer. Die Codes des Kerns folgen dem Bindestrich: card-kind-pain_point.

card-kind-note = Notiz
card-kind-quote = Zitat
card-kind-pain_point = Pain Point
card-kind-idea = Idee
card-kind-opportunity = Chance

emotion-plus-2 = Begeistert
emotion-plus-1 = Zufrieden
emotion-0 = Neutral
emotion-minus-1 = Unzufrieden
emotion-minus-2 = Verärgert

status-idea = Idee
status-planned = Geplant
status-in_progress = In Arbeit
status-done = Erledigt

fate-kept = Beibehalten
fate-changed = Geändert
fate-removed = Entfernt
fate-new = Neu

colour-0 = Blau
colour-1 = Zinnoberrot
colour-2 = Grün
colour-3 = Pink
colour-4 = Ocker
colour-5 = Himmelblau
colour-6 = Violett
colour-7 = Grau

# Was jemand gesagt hat, in den Anführungszeichen der Sprache.
quoted = „{ $text }“

# Die Belege für eine Chance, in einem Satz aus Teilen, verbunden durch das Trennzeichen.
evidence-step-unrated = noch niemand hat ‚{ $step }‘ bewertet
evidence-step-rated = { $low } von { $rated } Kunden { $low ->
    [one] bewertete
   *[other] bewerteten
} ‚{ $step }‘ mit −{ $score } oder schlechter
evidence-quotes = { $quotes ->
    [one] { $quotes } Zitat
   *[other] { $quotes } Zitate
}, { $named } mit Einwilligung namentlich genannt
evidence-other-cards = { $cards ->
    [one] { $cards } weitere Karte
   *[other] { $cards } weitere Karten
}
evidence-separator = {"; "}

# Wem eine Karte zugeschrieben wird, wenn nicht dem Namen einer Person.
credit-research = Forschung
credit-customer = Ein Kunde
credit-team = Team

# The months, as dates are written and read (22 November 2026).
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
