# La page que clients et collègues ouvrent sur leur téléphone, dans la langue du téléphone.

phone-title = Feltboard — rejoindre l’atelier
phone-need-code-heading = Rejoindre l’atelier
phone-need-code-hint = Saisissez le code affiché sur le grand écran.
phone-code-label = Code de la salle
phone-continue = Continuer
phone-welcome = Bienvenue
phone-welcome-explained = Ajoutez vos propres notes au parcours, dites comment vous avez vécu chaque étape, et votez. Aucun compte n’est nécessaire.
phone-joining = Vous rejoignez « { $board } », dans l’atelier « { $workshop } ».
phone-name-label = Votre nom, ou un pseudonyme
phone-here-as = Vous êtes ici en tant que
phone-role-customer = Client ou cliente
phone-role-team = Membre de l’équipe
phone-most-like = Lequel de ces profils vous ressemble le plus ?
phone-none-of-these = Aucun de ces profils
phone-quote-me = Vous pouvez me citer par mon nom dans le compte rendu
phone-join = Rejoindre
phone-hello = Bonjour,
phone-known = Vous êtes déjà dans cet atelier : l’animateur vous a ajouté, ou vous l’avez déjà rejoint. Ce n’est pas vous ?
phone-not-me = Rejoindre sous un autre nom
phone-tab-note = Ajouter une note
phone-tab-rate = Évaluer les étapes
phone-tab-vote = Voter
phone-tab-vote-left = Voter ({ $left })
phone-at-which-step = À quelle étape ?
phone-what-is-it = De quoi s’agit-il ?
phone-your-note = Votre note
phone-note-placeholder = Qu’avez-vous fait, pensé ou ressenti à ce moment-là ?
phone-send-note = Envoyer la note
phone-rate-hint = Comment avez-vous vécu chaque étape ? De contrarié à ravi.
phone-vote-closed = Le vote s’ouvre quand l’animateur le décide.
phone-dots-left = { $left ->
    [one] { $left } gommette restante
   *[other] { $left } gommettes restantes
}

## Ce que répond la salle.
phone-note-sent = Envoyée. Elle arrivera sur le tableau une fois lue par l’animateur.
phone-rating-saved = Merci : votre évaluation est sur la courbe.
phone-rating-taken-back = Évaluation retirée.
phone-dot-placed = Gommette posée.
phone-dot-taken-back = Gommette retirée.
phone-all-dots-placed = Toutes vos gommettes sont sur le tableau. Merci !
phone-refused-no-code = Le code de la salle manque : scannez le QR code ou saisissez le code affiché à l’écran.
phone-refused-wrong-code = Ce n’est pas le code de la salle ouverte en ce moment.
phone-refused-slow-down = Cela fait beaucoup d’un coup : attendez quelques secondes et renvoyez.
phone-refused-not-in = Ce téléphone n’est pas encore dans la salle (ou la salle a été rouverte) : rejoignez-la d’abord.
phone-refused-full = La salle est pleine.
phone-refused-voting-closed = Le vote n’est pas ouvert en ce moment.
phone-refused-closed = La salle a été fermée.
phone-refused-too-much = C’est trop à envoyer en une seule fois.
phone-refused-unreadable = La requête n’a pas pu être lue.
phone-refused-unexpected = La requête n’est pas ce qu’attend la salle.
phone-refused-nothing-here = Il n’y a rien ici.
phone-refused-trouble = Un problème est survenu sur l’ordinateur de l’animateur ; rien n’a été enregistré.

## Le script de la page.
phone-js-unreachable = Impossible de joindre la salle. Êtes-vous sur le même Wi-Fi que l’animateur ?
phone-js-refused = La salle a refusé ({ $status }).
phone-js-how-it-felt = Votre ressenti : { $step }
phone-js-yours = à vous
phone-js-add-dot = + gommette
phone-js-take-dot = − gommette
phone-js-take-dot-label = Retirer une gommette
