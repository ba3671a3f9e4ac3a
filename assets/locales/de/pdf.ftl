# Das PDF für die Stakeholder, in der Sprache des Workshops.

## Datumsangaben: "18. November 2026".
pdf-date = { $day }. { $month } { $year }

## Das Deckblatt.
pdf-cover-kicker = CUSTOMER-JOURNEY-WORKSHOP
pdf-cover-held-on = DATUM
pdf-cover-where = ORT
pdf-cover-facilitated-by = MODERATION
pdf-cover-in-the-room = IM RAUM
pdf-cover-in-this-document = IN DIESEM DOKUMENT
# Kunden werden nur genannt, wenn sie einer namentlichen Zitierung zugestimmt haben.
pdf-cover-customers = { $count ->
        [one] { $count } Kunde
       *[other] { $count } Kunden
    }: { $unnamed ->
        [0] { $named }
       *[other] { $named_count ->
            [0] { $unnamed ->
                [one] eine Person, die anonym bleiben wollte
               *[other] { $unnamed }, die anonym bleiben wollten
            }
           *[other] { $named } und { $unnamed ->
                [one] eine Person, die anonym bleiben wollte
               *[other] { $unnamed }, die anonym bleiben wollten
            }
        }
    }
pdf-cover-team = Team: { $names }
pdf-cover-stakeholders = Stakeholder: { $names }
pdf-cover-personas = { $count ->
        [one] { $count } Persona: wer der Kunde ist und wen wir bewusst nicht bedienen
       *[other] { $count } Personas: wer der Kunde ist und wen wir bewusst nicht bedienen
    }
pdf-cover-boards = { $count ->
        [one] { $count } Journey-Board: was der Kunde bei jedem Schritt tut, denkt und fühlt
       *[other] { $count } Journey-Boards: was der Kunde bei jedem Schritt tut, denkt und fühlt
    }
pdf-cover-compared = { $count ->
        [one] { $count } Soll-Journey im Vergleich mit ihrer Ist-Journey: die Veränderung, die Kunden bei jedem Schritt gemessen haben
       *[other] { $count } Soll-Journeys im Vergleich mit ihren Ist-Journeys: die Veränderung, die Kunden bei jedem Schritt gemessen haben
    }
pdf-cover-summary = Eine Zusammenfassung: die Pain Points, die Chancen mit ihren Verantwortlichen und Belegen, die eigenen Worte der Kunden
pdf-cover-decided = Was wir entschieden haben: jede Chance mit Verantwortlichen, Zielwert und Status, die meistgewählten zuerst
pdf-cover-exported = Aus Feltboard exportiert am { $date }

## Jede Seite.
# Der Fuß jeder Seite, neben dem Titel des Workshops.
pdf-footer-page = Seite { $number } von { $total }
# Oben auf einer Seite, die die vorige fortsetzt: der Name einer Persona, der Titel eines Boards, "Zusammenfassung".
pdf-continued = { $title } – Fortsetzung
# Ein Schritt oder eine Zelle, die niemand bewertet hat.
pdf-not-rated = nicht bewertet
# Wer eine Chance weiterverfolgt, auf ihrer Karte und in der Zusammenfassung.
pdf-owner = Verantwortlich: { $owner }
# In der Zusammenfassung und in "Was wir entschieden haben", wenn der Raum keine Chance festgehalten hat.
pdf-no-opportunities = Es wurden keine Chancen festgehalten.
# Die Überschrift der ersten Spalte der Tabellen: die Nummer jeder Zeile (in Großbuchstaben).
pdf-column-number = Nr.

## Die Lesezeichen des PDFs (die der Zusammenfassung und der Entscheidungen sind die Titel ihrer Seiten).
pdf-outline-cover = Deckblatt
pdf-outline-personas = Personas
pdf-outline-boards = Journey-Boards
pdf-outline-comparison = Ist gegenüber Soll: { $title }

## Die Seiten einer Persona.
pdf-persona-label-anti = ANTI-PERSONA · WEN WIR BEWUSST NICHT BEDIENEN
pdf-persona-label-assumed = PROTO-PERSONA · AUF ANNAHMEN DES TEAMS GESTÜTZT
pdf-persona-label-research = PERSONA · AUF FORSCHUNG GESTÜTZT
pdf-persona-anti-reason = Warum wir diese Person bewusst nicht bedienen: { $reason }
pdf-persona-goals = ZIELE
pdf-persona-needs = BEDÜRFNISSE
pdf-persona-pain-points = PAIN POINTS
pdf-persona-behaviours = VERHALTENSWEISEN
pdf-persona-channels = KANÄLE
pdf-persona-wants-to-feel = MÖCHTE SICH SO FÜHLEN
pdf-persona-empathy-map = EMPATHY MAP
pdf-persona-says = Sagt
pdf-persona-thinks = Denkt
pdf-persona-does = Tut
pdf-persona-feels = Fühlt
# $count: wie viele Interviews, 1 oder mehr; $sources: was das Team dazu geschrieben hat, vielleicht nichts.
pdf-persona-evidence-interviews = { $count ->
        [one] Belege: Forschung, { $count } Interview. { $sources }
       *[other] Belege: Forschung, { $count } Interviews. { $sources }
    }
pdf-persona-evidence-research = Belege: Forschung. { $sources }
pdf-persona-evidence-assumed = Belege: Annahmen des Teams, noch nicht mit Kunden überprüft.
# Beschreibungen des Bildes, für Screenreader.
pdf-persona-portrait = Porträt von { $name }
pdf-persona-initials = Die Initialen von { $name }

## Die Seiten der Boards.
# Über einem Board, das für eine Seite zu groß ist.
pdf-board-page = Board-Seite { $number } von { $of }
pdf-board-persona = Wessen Journey: { $persona }
# $others: die Namen der anderen Personas, durch Kommas getrennt.
pdf-board-personas = Wessen Journey: { $persona }, neben { $others }
pdf-board-scenario = Szenario: { $scenario }
pdf-board-expects = Erwartungen: { $expectations }
pdf-board-moment-of-truth = ★ Moment der Wahrheit
# Im Kopf einer Ebene, wenn sie von der vorigen Seite fortgesetzt wird / auf der nächsten Seite weitergeht.
pdf-board-lane-continued = fortgesetzt
pdf-board-lane-continues = weiter auf der nächsten Seite
# Die Linie zwischen dem, was der Kunde sieht, und dem, was er nicht sieht.
pdf-board-line-of-visibility = Sichtbarkeitslinie
# Im Kleingedruckten einer Chance, auf ihrer Karte.
pdf-card-evidence = { $count ->
        [one] { $count } Beleg
       *[other] { $count } Belege
    }

## Die Emotionskurven auf den Seiten der Boards.
pdf-curves-assumed = Vom Team angenommen
pdf-curves-rated = Von Kunden bewertet: Mittelwert, Streuung, Anzahl
pdf-curves-desired = Gewünscht
# Die Zeile mit den Zahlen aller Kunden unter den Kurven, über denen jeder Persona.
pdf-curves-all-customers = Alle Kunden
# Die Kurven beschrieben, Satz für Satz, für Screenreader. $values: "Bezahlen −1,5 (n=4), Warten −2,0 (n=3)".
pdf-curves-alt = Emotionskurven, von −2 (verärgert) bis +2 (begeistert).
pdf-curves-alt-assumed = Vom Team angenommen: { $values }.
pdf-curves-alt-rated = Von Kunden bewertet: { $values }.
pdf-curves-alt-persona = Bewertet von Kunden, die { $persona } am ähnlichsten sind: { $values }.
pdf-curves-alt-desired = Gewünscht: { $values }.

## Eine Soll-Journey im Vergleich mit ihrer Ist-Journey.
pdf-comparison-kicker = IST GEGENÜBER SOLL
pdf-comparison-intro = Ausgehend von „{ $as_is }“. Die gemessene Veränderung ist die Bewertung der Kunden für den Soll-Schritt minus ihre Bewertung für den Ist-Schritt, wo sie beide bewertet haben; n ist die Anzahl der Bewertungen, Ist → Soll.
# Die Überschriften der Tabelle (in Großbuchstaben); die beiden "Bewertung"-Überschriften benennen auch die Kurven.
pdf-comparison-column-step = Schritt
pdf-comparison-column-fate = Was daraus wurde
pdf-comparison-rated-as-is = Bewertung Ist
pdf-comparison-rated-to-be = Bewertung Soll
pdf-comparison-column-change = Gemessene Veränderung
# Unter einem geänderten Schritt: wie er hieß.
pdf-comparison-was = vorher „{ $step }“
pdf-comparison-not-measured = nicht gemessen
# Was aus einem Schritt wurde, unter dem Diagramm und in seiner Beschreibung.
pdf-comparison-fate-kept = beibehalten
pdf-comparison-fate-changed = geändert
pdf-comparison-fate-removed = entfernt
pdf-comparison-fate-new = neu
# Das Diagramm beschrieben, für Screenreader; $steps sind pdf-comparison-alt-step, verbunden durch "; ".
pdf-comparison-alt = Die bewerteten Kurven von „{ $as_is }“ und „{ $to_be }“, von −2 (verärgert) bis +2 (begeistert), Schritt für Schritt: { $steps }.
# $as_is und $to_be: "−1,3 (n=4)" oder pdf-not-rated.
pdf-comparison-alt-step = { $number } { $step }, { $fate }: Ist { $as_is }, Soll { $to_be }

## Die Zusammenfassung.
pdf-summary-title = Zusammenfassung
pdf-summary-pains = Wo es wehtut
pdf-summary-no-pains = Es wurden keine Pain Points festgehalten.
pdf-summary-opportunities = Was wir dagegen tun könnten
pdf-summary-quotes = In den Worten der Kunden
pdf-summary-no-quotes = Es wurden keine Kundenzitate festgehalten.
# Ein Pain Point, seine Punkte aus dem Raum und sein Board.
pdf-summary-pain = { $votes ->
        [0] { $text } – { $board }
        [one] { $text } ({ $votes } Stimme) – { $board }
       *[other] { $text } ({ $votes } Stimmen) – { $board }
    }
# Eine Chance oder Idee und ihre Punkte aus dem Raum.
pdf-summary-opportunity = { $votes ->
        [0] { $text }
        [one] { $text } ({ $votes } Stimme)
       *[other] { $text } ({ $votes } Stimmen)
    }
pdf-summary-no-owner = Verantwortlich: noch nicht festgelegt
# $measure: "Kennzahl → Zielwert".
pdf-summary-measured-by = Gemessen an: { $measure }
pdf-summary-status = Status: { $status }
# $evidence: der Satz mit den Belegen (evidence-* in names.ftl).
pdf-summary-evidence = Belege: { $evidence }
pdf-summary-no-evidence = Belege: noch keine verknüpft
# Die Worte eines Kunden (bereits in Anführungszeichen) und wer sie gesagt hat.
pdf-quote-credited = { $quote } – { $credit }

## Was wir entschieden haben.
pdf-decided-title = Was wir entschieden haben
pdf-decided-intro = Jede Chance auf jedem Board, die meistgewählten zuerst: wer verantwortlich ist, woran wir erkennen, dass sie gewirkt hat, wo sie steht und wie viele Belege aus dem Raum sie stützen.
# Die Überschriften der Tabelle (in Großbuchstaben).
pdf-decided-column-opportunity = Chance
pdf-decided-column-board = Board
pdf-decided-column-owner = Verantwortlich
pdf-decided-column-measure = Kennzahl → Zielwert
pdf-decided-column-status = Status
pdf-decided-column-votes = Stimmen
pdf-decided-column-evidence = Belege
pdf-decided-no-owner = noch nicht festgelegt
pdf-decided-no-measure = noch nicht festgelegt
pdf-decided-no-evidence = keine verknüpft
