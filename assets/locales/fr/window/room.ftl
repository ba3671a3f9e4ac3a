# La salle : les téléphones qui rejoignent un tableau, la file de leurs notes, le vote par gommettes,
# et le mode salle au projecteur.

## Ouvrir et fermer la salle

room-label = La salle
room-button = Salle { $code }
room-open = Ouvrir la salle
room-open-title = Permettre aux personnes présentes d’ajouter des notes, d’évaluer et de voter depuis leur téléphone
room-move-here = Déplacer la salle ici
room-close = Fermer la salle
room-toggle-panel-title = Afficher ou masquer la salle à côté du tableau
room-back = Retour à la salle
room-is-open = La salle est ouverte
room-is-open-waiting = La salle est ouverte · { $count } en attente
room-closed = La salle est fermée : les téléphones ne peuvent plus rien envoyer.
room-closed-waiting = La salle est fermée. { $count ->
    [one] { $count } note vous attend ; elle reviendra dans la file quand vous rouvrirez la salle.
   *[other] { $count } notes vous attendent ; elles reviendront dans la file quand vous rouvrirez la salle.
}
# Le nombre de notes venues des téléphones qui attendent d’être validées.
room-waiting-count = { $count } en attente

## Rejoindre

room-join = Rejoindre
room-join-code = Code d’accès
# L’option est affichée telle qu’on la tape en ligne de commande.
room-only-this-laptop = Seul cet ordinateur peut rejoindre la salle : Feltboard a été lancé avec { $option }.
room-no-network = Cet ordinateur n’est connecté à aucun réseau : les téléphones ne peuvent pas le joindre. Connectez-le au Wi-Fi de la salle, puis fermez et rouvrez la salle.
room-no-phone = Aucun téléphone n’a encore rejoint la salle
room-phones = { $count ->
    [one] { $count } téléphone a rejoint la salle
   *[other] { $count } téléphones ont rejoint la salle
}
room-phones-label = Téléphones dans la salle
# Quelqu’un qui a rejoint depuis plus d’un téléphone.
room-device-phones = { $name } ({ $count ->
    [one] { $count } téléphone
   *[other] { $count } téléphones
})
room-send-away = Exclure
room-send-away-label = Exclure le téléphone de { $name }
room-device-left = Le téléphone de { $name } a quitté la salle
room-join-heading = Rejoignez-nous depuis votre téléphone
# L’adresse est affichée à part, en gras.
room-join-how = Scannez le code, ou ouvrez { $address } et saisissez le code :
room-join-small-print = Même Wi-Fi que cet ordinateur. Sans application, sans compte.

## La file des notes venues des téléphones

room-queue = Notes en attente
room-waiting = En attente
room-queue-empty = Les notes envoyées depuis les téléphones attendent ici que vous les validiez.
room-approve-all = Tout valider
room-note-from = Note de { $name }
room-note-from-someone = Note d’un participant
room-note-someone = Quelqu’un
room-note-customer = { $name } · client
# Où va une note quand son étape ou sa ligne n’est plus sur le tableau.
room-note-a-step = une étape
room-note-a-lane = une ligne
room-note-edit-label = Modifier la note
room-approve = Valider
room-approve-edited = Valider la version modifiée
room-edit = Modifier
room-reject = Refuser
room-approved = Note « { $text } » validée
room-approved-notes = { $count ->
    [one] { $count } note validée
   *[other] { $count } notes validées
}
room-rejected = Note « { $text } » refusée

## Le vote par gommettes

room-dot-voting = Vote par gommettes
room-voting-open = Le vote est ouvert : { $budget ->
    [one] { $budget } gommette par personne.
   *[other] { $budget } gommettes par personne.
}
room-dots-per-person = Gommettes par personne
room-open-voting = Ouvrir le vote
room-close-voting = Clore le vote
room-open-first = Ouvrez d’abord la salle, pour que les téléphones puissent voter.

## Le mode salle, au projecteur

room-mode = Mode salle
room-mode-title = Plein écran pour le projecteur ({ $key })
room-silent-writing = Écriture silencieuse
room-silent-writing-on = Écriture silencieuse : les nouvelles notes restent face cachée jusqu’à ce que vous les révéliez ({ $key }).
room-notes-revealed = Notes révélées.
room-mode-voting = Vote · { $budget ->
    [one] { $budget } gommette par personne
   *[other] { $budget } gommettes par personne
} · { $placed ->
    [one] { $placed } posée
   *[other] { $placed } posées
}
room-dots-revealed = Gommettes révélées
room-timer = Minuteur
room-time-up = Temps écoulé
# T est la touche qui lance le minuteur.
room-timer-idle = T · minuteur
# Les touches, chaque lettre étant la touche elle-même (A, T, W, V, R, J) : à garder telles quelles.
room-mode-keys-hint = ← → phase (sur tout le tableau : défiler) · ↑ ↓ défiler · A tout le tableau · T minuteur · W écriture silencieuse · V vote · R révéler les gommettes · J rejoindre · ? touches · Échap quitter
room-keys = Touches
room-key-right = Droite
room-key-left = Gauche
room-key-down = Bas
room-key-up = Haut
room-key-escape = Échap
room-key-next-stage = Phase suivante (sur tout le parcours : défiler vers la droite)
room-key-previous-stage = Phase précédente (sur tout le parcours : défiler vers la gauche)
room-key-scroll-down = Descendre dans les lignes
room-key-scroll-up = Remonter dans les lignes
room-key-whole-or-one = Tout le tableau / une phase
room-key-timer = Lancer ou mettre en pause le minuteur
room-key-minute-more = Une minute de plus
room-key-minute-less = Une minute de moins
room-key-silent-writing = Écriture silencieuse activée / révéler
room-key-voting = Ouvrir ou clore le vote
room-key-reveal = Révéler ou masquer les gommettes
room-key-join = Montrer comment rejoindre
room-key-keys = Ces touches
room-key-leave = Quitter le mode salle

## Le réseau de la salle

# Un réseau de l’ordinateur, tel que le panneau de la salle le nomme : son type et l’adresse qu’ouvrent les téléphones.
room-network = { $kind ->
    [wifi] Wi-Fi
    [cable] Câble
    [vpn] VPN
    [virtual] Réseau virtuel
   *[other] Réseau
} · { $address }
room-on-network = Réseau : { $network }
room-network-pick = Réseau
room-network-pick-title = Le réseau des téléphones de la salle
room-only-vpn = La salle n’est que sur cet ordinateur : ses seuls réseaux sont un VPN ou des réseaux virtuels, que les téléphones de la salle ne joignent pas. Choisissez-en un ci-dessous s’ils le peuvent.
room-network-gone = Cet ordinateur a quitté { $address } : les téléphones n’y joignent plus la salle. Choisissez le réseau sur lequel ils sont.
room-moved = La salle est maintenant sur ce réseau : { $network }. Les téléphones scannent le nouveau code et la rejoignent à nouveau, en gardant leurs points.
room-cant-join = Les téléphones n’arrivent pas à rejoindre ?
room-cant-join-same-network = Les téléphones doivent être sur le même réseau que cet ordinateur : le même Wi-Fi, pas les données mobiles.
room-cant-join-guest = Un Wi-Fi invité isole souvent les appareils (isolation des clients) : aucun téléphone ne joint alors l’ordinateur. Prenez un autre réseau, ou le partage de connexion de l’ordinateur.
room-cant-join-firewall = Si le système demande si Feltboard peut accepter des connexions, autorisez-le sur les réseaux privés.
