# Die Seite, die Kunden und Kollegen auf ihren Smartphones öffnen, in der Sprache des Smartphones.

phone-title = Feltboard – am Workshop teilnehmen
phone-need-code-heading = Am Workshop teilnehmen
phone-need-code-hint = Geben Sie den Code ein, der auf dem großen Bildschirm steht.
phone-code-label = Raumcode
phone-continue = Weiter
phone-welcome = Willkommen
phone-welcome-explained = Fügen Sie der Journey eigene Notizen hinzu, sagen Sie, wie sich jeder Schritt angefühlt hat, und stimmen Sie ab. Kein Konto nötig.
phone-joining = Sie nehmen an „{ $board }“ im Workshop „{ $workshop }“ teil.
phone-name-label = Ihr Name oder ein beliebiges Pseudonym
phone-here-as = Sie sind hier als
phone-role-customer = Kundin oder Kunde
phone-role-team = Teil des Teams
phone-most-like = Wer davon ist Ihnen am ähnlichsten?
phone-none-of-these = Niemand davon
phone-quote-me = Sie dürfen mich im Bericht namentlich zitieren
phone-join = Teilnehmen
phone-hello = Hallo,
phone-known = Sie sind bereits in diesem Workshop: Die Moderation hat Sie hinzugefügt, oder Sie waren schon einmal dabei. Nicht Sie?
phone-not-me = Unter einem anderen Namen teilnehmen
phone-tab-note = Notiz hinzufügen
phone-tab-rate = Schritte bewerten
phone-tab-vote = Abstimmen
phone-tab-vote-left = Abstimmen ({ $left })
phone-at-which-step = Bei welchem Schritt?
phone-what-is-it = Was ist es?
phone-your-note = Ihre Notiz
phone-note-placeholder = Was haben Sie hier getan, gedacht oder gefühlt?
phone-send-note = Notiz senden
phone-rate-hint = Wie hat sich jeder Schritt angefühlt? Von verärgert bis begeistert.
phone-vote-closed = Die Abstimmung beginnt, sobald die Moderation sie startet.
phone-dots-left = { $left ->
    [one] Noch { $left } Punkt
   *[other] Noch { $left } Punkte
}

## Was der Raum antwortet.
phone-note-sent = Gesendet. Die Notiz erscheint auf dem Board, sobald die Moderation sie gelesen hat.
phone-rating-saved = Danke: Ihre Bewertung ist jetzt auf der Kurve.
phone-rating-taken-back = Bewertung zurückgenommen.
phone-dot-placed = Punkt gesetzt.
phone-dot-taken-back = Punkt zurückgenommen.
phone-all-dots-placed = Alle Ihre Punkte sind auf dem Board. Danke!
phone-refused-no-code = Der Code des Raums fehlt: Scannen Sie den QR-Code, oder geben Sie den Code vom Bildschirm ein.
phone-refused-wrong-code = Das ist nicht der Code des Raums, der gerade offen ist.
phone-refused-slow-down = Das war viel auf einmal: Warten Sie ein paar Sekunden, und senden Sie es dann noch einmal.
phone-refused-not-in = Dieses Smartphone ist noch nicht im Raum (oder der Raum wurde neu geöffnet): Nehmen Sie zuerst teil.
phone-refused-full = Der Raum ist voll.
phone-refused-voting-closed = Gerade läuft keine Abstimmung.
phone-refused-closed = Der Raum wurde geschlossen.
phone-refused-too-much = Das ist zu viel, um es auf einmal zu senden.
phone-refused-unreadable = Die Anfrage konnte nicht gelesen werden.
phone-refused-unexpected = Die Anfrage ist nicht das, was der Raum erwartet.
phone-refused-nothing-here = Hier gibt es nichts.
phone-refused-trouble = Auf dem Laptop der Moderation ist etwas schiefgelaufen; es wurde nichts gespeichert.

## Die Texte des Skripts der Seite.
phone-js-unreachable = Der Raum ist nicht erreichbar. Sind Sie im selben WLAN wie die Moderation?
phone-js-refused = Der Raum hat abgelehnt ({ $status }).
phone-js-how-it-felt = Wie sich { $step } angefühlt hat
phone-js-yours = von Ihnen
phone-js-add-dot = + Punkt
phone-js-take-dot = − Punkt
phone-js-take-dot-label = Einen Punkt zurücknehmen
