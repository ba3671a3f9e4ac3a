# Was schiefgelaufen ist, wie es das Fenster, die Smartphones und feltboard-cli sagen: die
# Fehler des Kerns (error-*), die Felder und Dinge, die sie nennen (field-*, thing-*, items-*),
# und die Gründe und Ratschläge, die sie geben (reason-*, advice-*, found-*, wanted-*).
#
# Ein Satz über ein Feld oder ein Ding richtet sich nach ihm: Der Name gibt seine Form an
# (.form = masculine, feminine, neuter, plural, feminine-plural…), und der Satz gibt jede Form,
# die anders lautet, als Attribut dieses Namens an (.plural = …); eine Form, die ein Satz nicht
# hat, wird als sein Wert gesagt, eine Pluralform zuerst als sein .plural.

## Die Fehler.

error-blank = { $field } darf nicht leer sein.
    .plural = { $field } dürfen nicht leer sein.
error-too-long = { $field } ist zu lang: { $length } Zeichen, höchstens { $max } sind möglich.
    .plural = { $field } sind zu lang: { $length } Zeichen, höchstens { $max } sind möglich.
error-invalid = { $field } ist ungültig: { $reason }
    .plural = { $field } sind ungültig: { $reason }
error-file-refused = Die Workshop-Datei kann nicht importiert werden: { $reason }. Es wurde nichts importiert; { $advice }.
# $place ist die Stelle in der Datei, als Pfad wie boards[0].cards[12].text.
error-file-refused-at = Die Workshop-Datei kann nicht importiert werden (bei { $place }): { $reason }. Es wurde nichts importiert; { $advice }.
error-not-found = Diesen { $entity } gibt es nicht mehr; vielleicht wurde er gelöscht.
    .feminine = Diese { $entity } gibt es nicht mehr; vielleicht wurde sie gelöscht.
    .neuter = Dieses { $entity } gibt es nicht mehr; vielleicht wurde es gelöscht.
error-queue-full-yours = Sie haben { $max } Notizen, die auf die Moderation warten: Senden Sie weitere, sobald sie gelesen wurden.
error-queue-full = Die Moderation hat { $max } Notizen zu lesen: Senden Sie Ihre gleich noch einmal.
error-no-dots-left = Alle { $budget } Punkte sind vergeben.
error-already-open = Feltboard ist bereits mit dem Datenordner { $path } geöffnet. Verwenden Sie dieses Fenster, oder schließen Sie es zuerst.
error-edited-migration = Dieser Speicher wurde mit einer anderen Schema-Migration { $number } angelegt als der dieses Feltboard; er wurde unverändert gelassen. Eine ausgelieferte Migration darf nie geändert werden.
error-no-store = In { $path } gibt es keine Feltboard-Daten.
error-store-needs-update = Der Speicher in { $path } wurde von einem älteren Feltboard angelegt. Öffnen Sie Feltboard einmal, um ihn zu aktualisieren.
error-data-folder-not-writable = Feltboard kann nicht in den Datenordner { $path } schreiben: { $reason }
error-not-a-database = { $path } ist keine Feltboard-Datenbank oder ist beschädigt. Die Datei wurde genau so belassen, wie sie ist; legen Sie sie beiseite, um neu zu beginnen, oder stellen Sie sie aus einer Sicherung wieder her.
error-newer-store = { $path } wurde von einem neueren Feltboard geschrieben (Speicherversion { $found }; dieses kennt Versionen bis { $known }). Aktualisieren Sie Feltboard, um die Datei zu öffnen; es wurde nichts geändert.
error-disk-full = Der Datenträger ist voll, daher konnte die letzte Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei, und versuchen Sie es erneut.
error-busy = Ein anderes Programm belegt die Datenbank; die Änderung wurde nicht gespeichert. Versuchen Sie es gleich noch einmal.
error-store-file-as-target = In { $path } bewahrt Feltboard seine Workshops auf. Speichern Sie unter einem anderen Namen oder in einem anderen Ordner; es wurde nichts geschrieben.
error-not-read = { $what } kann nicht verwendet werden: { $reason }.
    .plural = { $what } können nicht verwendet werden: { $reason }.
error-not-written = { $path } konnte nicht geschrieben werden: { $reason }. Dort wurde nichts geändert.
error-too-many = { $count } { $items } sind zu viele: höchstens { $max } sind möglich.
# $problem sind die eigenen Worte der Datenbank.
error-database = Die Datenbank hat einen Fehler gemeldet: { $problem }
# $problem sind die eigenen Worte des Systems.
error-io = Eine Datei konnte nicht gelesen oder geschrieben werden: { $problem }

## Die eigenen Fehler des Fensters und des Raums.

error-room-closed = Der Raum ist geschlossen; öffnen Sie ihn zuerst.
error-room-network-gone = Dieser Laptop ist nicht mehr im Netzwerk unter { $address }; wählen Sie ein anderes.
# $problem sind die eigenen Worte des Systems.
error-room-not-listening = Der Raum konnte nicht beginnen, auf Smartphones zu warten: { $problem }.
# $problem sind die eigenen Worte des Systems.
error-export-stopped = Der Export wurde unerwartet abgebrochen: { $problem }
# $problem sind die eigenen Worte der Fensterbibliothek.
error-window-trouble = Das Fenster konnte das nicht ausführen: { $problem }
# $problem sind die eigenen Worte der Zeichenbibliothek.
error-pdf-not-made = Das PDF konnte nicht erstellt werden: { $problem }
error-json-not-written = Der Workshop konnte nicht als JSON geschrieben werden: { $problem }

## Die Felder, in die ein abgelehnter Text oder eine abgelehnte Auswahl eingegeben wurde, als
## Subjekt eines Satzes.

field-title = Der Titel
    .form = masculine
field-question = Die Frage
    .form = feminine
field-date = Das Datum
    .form = neuter
field-place = Der Ort
    .form = masculine
field-facilitator = Die Angabe zur Moderation
    .form = feminine
field-notes = Die Notizen
    .form = feminine-plural
field-name = Der Name
    .form = masculine
field-colour = Die Farbe
    .form = feminine
field-avatar-colour = Die Avatarfarbe
    .form = feminine
field-role = Die Rolle
    .form = feminine
field-quote = Das Zitat
    .form = neuter
field-story = Die Geschichte
    .form = feminine
field-sources = Die Quellen
    .form = feminine-plural
# Warum das Team eine Anti-Persona bewusst nicht bedient.
field-reason = Die Begründung
    .form = feminine
field-goal = Ein Ziel
    .form = neuter
field-need = Ein Bedürfnis
    .form = neuter
field-pain-point = Ein Pain Point
    .form = masculine
field-behaviour = Eine Verhaltensweise
    .form = feminine
field-channel = Ein Kanal
    .form = masculine
field-feeling = Ein Gefühl
    .form = neuter
field-says = Ein Eintrag unter „Sagt“
    .form = masculine
field-thinks = Ein Eintrag unter „Denkt“
    .form = masculine
field-does = Ein Eintrag unter „Tut“
    .form = masculine
field-feels = Ein Eintrag unter „Fühlt“
    .form = masculine
field-portrait = Das Porträt
    .form = neuter
# Die Persona, der ein Teilnehmer am ähnlichsten ist, wie die Moderation sie gewählt hat.
field-their-persona = Die ähnlichste Persona
    .form = feminine
# Die Persona, der die Person am Smartphone am ähnlichsten ist, wie sie sie beim Teilnehmen gewählt hat.
field-your-persona = Ihre Auswahl der ähnlichsten Persona
    .form = feminine
field-board-title = Der Titel des Boards
    .form = masculine
field-scenario = Das Szenario
    .form = neuter
field-expectations = Die Erwartungen
    .form = feminine-plural
field-board-personas = Die Personas des Boards
    .form = feminine-plural
field-card-text = Der Kartentext
    .form = masculine
field-owner = Die Angabe „Verantwortlich“
    .form = feminine
field-metric = Die Kennzahl
    .form = feminine
field-target = Der Zielwert
    .form = masculine
field-card = Die Karte
    .form = feminine
field-cell = Die Zelle
    .form = feminine
field-stage-title = Der Titel der Phase
    .form = masculine
field-step-title = Der Titel des Schritts
    .form = masculine
field-lane-title = Der Titel der Ebene
    .form = masculine
field-step = Der Schritt
    .form = masculine
field-emotion-score = Der Emotionswert
    .form = masculine
field-curve = Die Kurve
    .form = feminine
field-evidence = Der Beleg
    .form = masculine
field-comparison = Der Vergleich
    .form = masculine
field-template = Die Vorlage
    .form = feminine
field-sample-workshop = Der Beispiel-Workshop
    .form = masculine
field-note = Die Notiz
    .form = feminine
# Ein Punkt, den ein Smartphone auf eine Karte setzt.
field-vote = Die Stimme
    .form = feminine
# Eine Stelle in einer Liste (ein Ordnungsschlüssel, den das Fenster sendet).
field-position = Die Position
    .form = feminine
# Ein Wert, den sich Feltboard für das Fenster über einen Neustart hinweg merkt (seine Sprache).
field-remembered = Der zu merkende Wert
    .form = masculine
field-workshop-file = Die Workshop-Datei
    .form = feminine

## Die Listen einer Persona, gezählt: „51 Ziele sind zu viele“.

items-goals = Ziele
    .form = neuter-plural
items-needs = Bedürfnisse
    .form = neuter-plural
items-pain-points = Pain Points
    .form = masculine-plural
items-behaviours = Verhaltensweisen
    .form = feminine-plural
items-channels = Kanäle
    .form = masculine-plural
items-feelings = Gefühle
    .form = neuter-plural
items-says = Einträge unter „Sagt“
    .form = masculine-plural
items-thinks = Einträge unter „Denkt“
    .form = masculine-plural
items-does = Einträge unter „Tut“
    .form = masculine-plural
items-feels = Einträge unter „Fühlt“
    .form = masculine-plural

## Die Dinge eines Workshops, wie ein Satz sie nennt: „Dieses Board gibt es nicht mehr“.

thing-workshop = Workshop
    .form = masculine
thing-participant = Teilnehmer
    .form = masculine
thing-persona = Persona
    .form = feminine
thing-board = Board
    .form = neuter
thing-stage = Phase
    .form = feminine
thing-step = Schritt
    .form = masculine
thing-lane = Ebene
    .form = feminine
thing-card = Karte
    .form = feminine
# Eine Notiz, die ein Smartphone gesendet hat und die auf die Moderation wartet.
thing-note = Notiz
    .form = feminine
thing-dot = Punkt
    .form = masculine
thing-cell = Zelle
    .form = feminine
thing-template = Vorlage
    .form = feminine

## Warum ein Wert abgelehnt wurde, nach „… ist ungültig: “.

# $typed ist das Datum, wie es eingegeben wurde, in Anführungszeichen.
reason-not-a-date = { $typed } ist kein Datum; schreiben Sie es etwa als 2026-11-22 oder 22. November 2026
reason-date-read-two-ways = { $typed } lässt sich auf zwei Arten lesen; schreiben Sie es etwa als 2026-11-22 oder 22. November 2026
reason-not-a-day = { $typed } ist kein Tag im Kalender; schreiben Sie es etwa als 2026-11-22 oder 22. November 2026
reason-not-a-colour = { $typed } ist keine Farbe in der Schreibweise #3a7bd5
reason-neighbours-out-of-order = die beiden Nachbarn sind nicht in der richtigen Reihenfolge
reason-not-an-order-key = { $key } ist kein Ordnungsschlüssel
reason-not-votable = Punkte gehen nur auf Pain Points, Ideen und Chancen
reason-not-this-boards-persona = das ist keine der Personas dieses Boards
reason-someone-elses-name = unter „{ $name }“ führt das Board jemand anderen: Geben Sie Ihren eigenen Namen oder ein Pseudonym an
reason-persona-of-another-workshop = diese Persona gehört zu einem anderen Workshop
reason-score-out-of-range = { $score } liegt außerhalb von −2 (verärgert) bis +2 (begeistert)
reason-rated-curve = die bewertete Kurve enthält die eigenen Bewertungen der Kunden
reason-cards-stay-on-their-board = Karten werden nur innerhalb ihres eigenen Boards verschoben
reason-cell-across-boards = ihr Schritt und ihre Ebene liegen auf verschiedenen Boards
reason-not-a-to-be-journey = dieses Board wurde nicht aus einer Ist-Journey begonnen
reason-as-is-board-gone = die Ist-Journey, aus der es entstanden ist, gibt es nicht mehr
reason-too-many-board-personas = ein Board folgt höchstens { $max } Personas
reason-personas-of-another-workshop = ein Board folgt nur Personas seines eigenen Workshops
reason-evidence-for-opportunities = nur eine Chance hat Belege; wählen Sie zuerst die Karte einer Chance aus
reason-own-evidence = eine Chance kann nicht ihr eigener Beleg sein
reason-evidence-from-its-board = Belege stammen vom eigenen Board der Chance
reason-steps-stay-on-their-board = ein Schritt kann nur innerhalb seines eigenen Boards verschoben werden
reason-only-step = er ist der einzige Schritt der Phase; löschen Sie stattdessen die Phase
reason-too-long-to-remember = er ist länger als { $max } Bytes
# $size ist in Megabyte, mit einer Nachkommastelle.
reason-portrait-too-large = die Datei ist { $size } MB groß; wählen Sie ein Bild mit höchstens { $max } MB.
reason-portrait-not-an-image = die Datei ist kein PNG-, JPEG- oder WebP-Bild.
# $problem sind die eigenen Worte der Bildbibliothek.
reason-portrait-unreadable = das Bild konnte nicht gelesen werden ({ $problem }).
reason-portrait-too-many-pixels = das Bild hat { $width } × { $height } Pixel; wählen Sie eines mit höchstens { $max } Millionen Pixeln.
reason-portrait-not-saved = es konnte nicht gespeichert werden ({ $problem }).
reason-portrait-not-base64 = es ist beschädigt: Seine Daten sind kein Base64, der Text, in dem ein Bild geschrieben wird
reason-portrait-not-whole = die Datei ist nicht vollständig angekommen. Wählen Sie sie noch einmal aus.
# Der eingebaute Beispiel-Workshop und die Board-Vorlagen: ein Fehler in Feltboard selbst.
reason-sample-unknown-persona = { $participant } ähnelt einer unbekannten Persona, { $persona }
reason-template-unreadable = { $template }: { $problem }
reason-template-unknown-persona = sie nennt eine unbekannte Persona, { $name }
reason-template-unknown-as-is-board = sie nennt eine unbekannte Ist-Journey, { $name }
reason-template-unknown-participant = sie nennt einen unbekannten Teilnehmer, { $name }
reason-template-unknown-as-is-step = sie nennt einen unbekannten Schritt der Ist-Journey, { $name }
reason-template-unknown-lane = sie nennt eine unbekannte Ebene, { $name }
reason-template-not-to-be = der Schritt { $step } sagt, was er vorher war, aber das Board ist keine Soll-Journey (toBeOf)
# $rule ist reason-not-votable.
reason-template-dots-not-votable = die Karte { $card } hat Punkte; { $rule }
reason-template-evidence-of-no-opportunity = die Karte { $card } nennt Belege, aber nur eine Chance hat Belege
reason-template-evidence-not-on-board = die Chance { $card } nennt einen Beleg, der nicht auf ihrem Board ist: { $name }

## Warum eine Datei nicht gelesen oder geschrieben werden kann, nach „… kann nicht verwendet
## werden: “ und „… konnte nicht geschrieben werden: “.

reason-file-too-large = sie ist { $size } MB groß; höchstens { $max } MB können gelesen werden
reason-path-is-a-folder = { $path } ist ein Ordner, keine Datei
reason-path-is-a-device = { $path } ist ein Gerät oder eine Pipe, keine Datei
reason-path-too-large = { $path } ist { $size } MB groß; höchstens { $max } MB können gelesen werden
# $why ist reason-no-such-file, reason-may-not-read oder die eigenen Worte des Systems.
reason-path-unreadable = { $path } kann nicht gelesen werden: { $why }
reason-no-such-file = diese Datei gibt es nicht
reason-may-not-read = dieser Benutzer darf sie nicht lesen
reason-names-a-folder = der Pfad nennt einen Ordner, keine Datei
# $problem sind die eigenen Worte des Systems.
reason-folder-unusable = der Ordner kann nicht verwendet werden ({ $problem })
reason-no-home-folder = dieses System hat keinen Benutzerordner; setzen Sie { $variable }, oder übergeben Sie { $flag }

## Warum eine Workshop-Datei abgelehnt wird, nach „Die Workshop-Datei kann nicht importiert
## werden: “.

reason-file-not-a-workshop-file = sie ist keine Workshop-Datei von Feltboard
reason-file-empty = sie ist leer
reason-file-no-version = sie gibt nicht an, welche Version des Formats sie hat
reason-file-newer = sie wurde von einem neueren Feltboard erstellt (Dateiversion { $version }; dieses liest Versionen bis { $known })
reason-file-unknown-version = { $version } ist keine Version des Formats, die Feltboard geschrieben hat
reason-file-cut-short = sie bricht mittendrin ab, in Zeile { $line }, Spalte { $column }: Vielleicht wurde sie beim Kopieren abgeschnitten
reason-file-not-json = sie ist in Zeile { $line }, Spalte { $column } beschädigt: Das ist kein JSON
# $field ist ein Name, den die Datei verwendet, etwa stepId.
reason-file-missing = „{ $field }“ fehlt
reason-file-given-twice = „{ $field }“ ist zweimal angegeben
# $choices sind die Wörter, die Feltboard dort schreibt, etwa „customer, team, stakeholder“.
reason-file-not-one-of = „{ $found }“ ist keins von: { $choices }
# $found ist eine found-*-Nachricht (oder der Wert selbst); $wanted eine wanted-*-Nachricht.
reason-file-holds = dort steht { $found }, wo { $wanted } hingehört
reason-file-unexpected-value = dieser Wert ist nicht das, was Feltboard hier schreibt
# $kind ist eine thing-*-Nachricht.
reason-file-id-twice = die ID „{ $id }“ kommt zweimal vor; jeder { $kind } braucht eine eigene
    .feminine = die ID „{ $id }“ kommt zweimal vor; jede { $kind } braucht eine eigene
    .neuter = die ID „{ $id }“ kommt zweimal vor; jedes { $kind } braucht eine eigene
reason-file-refers-to-missing = „{ $id }“ verweist auf einen { $kind }, den die Datei nicht enthält
    .feminine = „{ $id }“ verweist auf eine { $kind }, die die Datei nicht enthält
    .neuter = „{ $id }“ verweist auf ein { $kind }, das die Datei nicht enthält
reason-file-rated-twice = diese Bewertung gilt demselben Schritt auf derselben Kurve wie ratings[{ $first }]; ein Schritt hat einen Punkt pro Kurve und eine Bewertung pro Person
# $kind ist die Art der Karte, wie die Datei sie schreibt: note oder quote. $rule ist reason-not-votable.
reason-file-dot-on = der Punkt liegt auf { $kind ->
    [quote] einem Zitat
   *[note] einer Notiz
}; { $rule }
reason-file-evidence-for-opportunities = nur eine Chance hat Belege
reason-file-card-or-step = hier muss genau eines von beiden stehen: eine Karte oder ein Schritt

# Was die Datei dort enthält, wo es nicht hingehört; $value so, wie die Datei es schreibt.
found-text = der Text { $value }
found-integer = die ganze Zahl { $value }
found-decimal = die Kommazahl { $value }
found-boolean = der Wahrheitswert { $value }
found-object = ein Objekt
found-list = eine Liste
found-null = null

# Was stattdessen dorthin gehört.
wanted-score = eine ganze Zahl von -2 bis 2
wanted-count = eine ganze Zahl ab 0
wanted-text = Text
wanted-boolean = true oder false
wanted-list = eine Liste [ … ]
wanted-object = ein Objekt {"{"} … {"}"}
wanted-word = eines der Wörter, die Feltboard schreibt
wanted-other = etwas anderes

## Was bei einer abgelehnten Workshop-Datei zu tun ist, nach „Es wurde nichts importiert; “.

advice-export-again = exportieren Sie sie erneut aus dem Feltboard, aus dem sie stammt, oder korrigieren Sie sie an dieser Stelle
advice-choose-a-workshop-file = wählen Sie eine Datei, die Feltboard als Workshop-Datei exportiert hat
advice-update-feltboard = aktualisieren Sie Feltboard, um sie zu importieren
