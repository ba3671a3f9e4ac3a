# Der Raum: Smartphones, die einem Board beitreten, die Warteschlange ihrer Notizen, die
# Punktabstimmung und der Raummodus auf dem Projektor.

## Den Raum öffnen und schließen

room-label = Der Raum
room-button = Raum { $code }
room-open = Raum öffnen
room-open-title = Die Menschen im Raum von ihren Smartphones aus Notizen hinzufügen, bewerten und abstimmen lassen
room-move-here = Raum hierher verlegen
room-close = Raum schließen
room-toggle-panel-title = Den Raum neben dem Board ein- oder ausblenden
room-back = Zurück zum Raum
room-is-open = Der Raum ist offen
room-is-open-waiting = Der Raum ist offen · { $count } wartend
room-closed = Der Raum ist geschlossen: Smartphones können nichts mehr senden.
room-closed-waiting = Der Raum ist geschlossen. { $count ->
    [one] { $count } Notiz wartet
   *[other] { $count } Notizen warten
} auf Sie; sie kommen wieder in die Warteschlange, wenn Sie den Raum erneut öffnen.
# Die Anzahl der Notizen von Smartphones, die auf Freigabe warten.
room-waiting-count = { $count } wartend

## Teilnehmen

room-join = Teilnehmen
room-join-code = Teilnahmecode
# Die Option wird so gezeigt, wie sie in der Befehlszeile eingegeben wird.
room-only-this-laptop = Nur dieser Laptop kann teilnehmen: Feltboard wurde mit { $option } gestartet.
room-no-network = Dieser Laptop ist mit keinem Netzwerk verbunden, daher erreichen Smartphones ihn nicht. Verbinden Sie ihn mit dem WLAN des Raums, und schließen und öffnen Sie den Raum dann erneut.
room-no-phone = Noch ist kein Smartphone verbunden
room-phones = { $count ->
    [one] { $count } Smartphone ist verbunden
   *[other] { $count } Smartphones sind verbunden
}
room-phones-label = Smartphones im Raum
# Jemand, der mit mehr als einem Smartphone teilgenommen hat.
room-device-phones = { $name } ({ $count ->
    [one] { $count } Smartphone
   *[other] { $count } Smartphones
})
room-send-away = Abmelden
room-send-away-label = Smartphone von { $name } abmelden
room-device-left = Das Smartphone von { $name } hat den Raum verlassen
room-join-heading = Mit dem Smartphone teilnehmen
# Die Adresse wird einzeln gezeigt, fett.
room-join-how = Scannen Sie den Code, oder öffnen Sie { $address } und geben Sie den Code ein:
room-join-small-print = Dasselbe WLAN wie dieser Laptop. Keine App, kein Konto.

## Die Warteschlange der Notizen von Smartphones

room-queue = Wartende Notizen
room-waiting = Wartend
room-queue-empty = Von Smartphones gesendete Notizen warten hier, bis Sie sie freigeben.
room-approve-all = Alle freigeben
room-note-from = Notiz von { $name }
room-note-from-someone = Notiz von einem Teilnehmer
room-note-someone = Jemand
room-note-customer = { $name } · Kunde
# Wohin eine Notiz kommt, wenn ihr Schritt oder ihre Ebene nicht mehr auf dem Board ist.
room-note-a-step = ein Schritt
room-note-a-lane = eine Ebene
room-note-edit-label = Notiz bearbeiten
room-approve = Freigeben
room-approve-edited = Bearbeitet freigeben
room-edit = Bearbeiten
room-reject = Ablehnen
room-approved = „{ $text }“ freigegeben
room-approved-notes = { $count ->
    [one] { $count } Notiz freigegeben
   *[other] { $count } Notizen freigegeben
}
room-rejected = „{ $text }“ abgelehnt

## Punktabstimmung

room-dot-voting = Punktabstimmung
room-voting-open = Die Abstimmung läuft: { $budget ->
    [one] { $budget } Punkt pro Person.
   *[other] { $budget } Punkte pro Person.
}
room-dots-per-person = Punkte pro Person
room-open-voting = Abstimmung starten
room-close-voting = Abstimmung beenden
room-open-first = Öffnen Sie zuerst den Raum, damit Smartphones abstimmen können.

## Raummodus, auf dem Projektor

room-mode = Raummodus
room-mode-title = Vollbild für den Projektor ({ $key })
room-silent-writing = Stilles Schreiben
room-silent-writing-on = Stilles Schreiben: Neue Notizen bleiben verdeckt, bis Sie sie aufdecken ({ $key }).
room-notes-revealed = Notizen aufgedeckt.
room-mode-voting = Abstimmung · { $budget ->
    [one] { $budget } Punkt pro Person
   *[other] { $budget } Punkte pro Person
} · { $placed } gesetzt
room-dots-revealed = Punkte aufgedeckt
room-timer = Timer
room-time-up = Die Zeit ist um
# T ist die Taste, die den Timer startet.
room-timer-idle = T · Timer
# Die Tasten, jeder Buchstabe die Taste selbst (A, T, W, V, R, J); unverändert lassen.
room-mode-keys-hint = ← → Phase (auf dem ganzen Board: verschieben) · ↑ ↓ scrollen · A ganzes Board · T Timer · W stilles Schreiben · V Abstimmung · R Punkte aufdecken · J teilnehmen · ? Tasten · Esc verlassen
room-keys = Tasten
room-key-right = Pfeil rechts
room-key-left = Pfeil links
room-key-down = Pfeil unten
room-key-up = Pfeil oben
room-key-escape = Esc
room-key-next-stage = Nächste Phase (auf der ganzen Journey: nach rechts verschieben)
room-key-previous-stage = Vorherige Phase (auf der ganzen Journey: nach links verschieben)
room-key-scroll-down = In den Ebenen nach unten scrollen
room-key-scroll-up = In den Ebenen nach oben scrollen
room-key-whole-or-one = Ganzes Board / eine Phase
room-key-timer = Timer starten oder anhalten
room-key-minute-more = Eine Minute mehr
room-key-minute-less = Eine Minute weniger
room-key-silent-writing = Stilles Schreiben an / aufdecken
room-key-voting = Abstimmung starten oder beenden
room-key-reveal = Punkte aufdecken oder verbergen
room-key-join = Anleitung zum Teilnehmen zeigen
room-key-keys = Diese Tasten
room-key-leave = Raummodus verlassen

## In welchem Netzwerk der Raum ist

# Ein Netzwerk des Laptops, wie die Raumleiste es nennt: seine Art und die Adresse, die Smartphones öffnen.
room-network = { $kind ->
    [wifi] WLAN
    [cable] Kabel
    [vpn] VPN
    [virtual] Virtuelles Netzwerk
   *[other] Netzwerk
} · { $address }
room-on-network = Netzwerk: { $network }
room-network-pick = Netzwerk
room-network-pick-title = Das Netzwerk, in dem die Smartphones im Raum sind
room-only-vpn = Der Raum ist nur auf diesem Laptop: Seine einzigen Netzwerke sind ein VPN oder virtuelle, die Smartphones im Raum nicht erreichen. Wählen Sie unten eines, wenn sie es doch erreichen.
room-network-gone = Dieser Laptop hat { $address } verlassen; dort erreichen Smartphones den Raum nicht. Wählen Sie das Netzwerk, in dem sie sind.
room-moved = Der Raum ist jetzt in diesem Netzwerk: { $network }. Die Smartphones scannen den neuen Code und treten wieder bei; ihre Punkte bleiben.
room-cant-join = Smartphones kommen nicht hinein?
room-cant-join-same-network = Die Smartphones müssen im selben Netzwerk sein wie dieser Laptop: im selben WLAN, nicht über mobile Daten.
room-cant-join-guest = Gäste-WLANs halten Geräte oft voneinander fern (Client-Isolation): Dann erreicht kein Smartphone den Laptop. Nehmen Sie ein anderes Netzwerk oder den Hotspot des Laptops.
room-cant-join-firewall = Fragt das System, ob Feltboard Verbindungen annehmen darf, erlauben Sie es für private Netzwerke.
