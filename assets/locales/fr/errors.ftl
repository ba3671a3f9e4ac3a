# Ce qui s’est mal passé, tel que le disent la fenêtre, les téléphones et feltboard-cli : les
# erreurs du cœur (error-*), les champs et les choses qu’elles nomment (field-*, thing-*,
# items-*), et les raisons et conseils qu’elles donnent (reason-*, advice-*, found-*, wanted-*).
#
# Une phrase qui nomme un champ ou une chose s’accorde avec lui : le nom donne sa forme
# (.form = masculine, feminine, elided, plural, feminine-plural…), et la phrase donne chaque
# forme qui s’écrit autrement comme attribut de ce nom (.feminine = …) ; une forme absente
# d’une phrase est dite comme sa valeur, une forme plurielle d’abord comme son .plural.
# « elided » : un nom masculin devant lequel « ce » devient « cet » (cet atelier).

## Les erreurs.

error-blank = { $field } ne peut pas être vide.
    .plural = { $field } ne peuvent pas être vides.
error-too-long = { $field } est trop long : { $length } caractères, { $max } au maximum.
    .feminine = { $field } est trop longue : { $length } caractères, { $max } au maximum.
    .plural = { $field } sont trop longs : { $length } caractères, { $max } au maximum.
    .feminine-plural = { $field } sont trop longues : { $length } caractères, { $max } au maximum.
error-invalid = { $field } n’est pas valide : { $reason }
    .plural = { $field } ne sont pas valides : { $reason }
error-file-refused = Le fichier d’atelier ne peut pas être importé : { $reason }. Rien n’a été importé ; { $advice }.
# $place est l’emplacement dans le fichier, sous forme de chemin comme boards[0].cards[12].text.
error-file-refused-at = Le fichier d’atelier ne peut pas être importé (à l’emplacement { $place }) : { $reason }. Rien n’a été importé ; { $advice }.
error-not-found = Ce { $entity } n’existe plus ; il a peut-être été supprimé.
    .elided = Cet { $entity } n’existe plus ; il a peut-être été supprimé.
    .feminine = Cette { $entity } n’existe plus ; elle a peut-être été supprimée.
error-queue-full-yours = Vous avez { $max } notes en attente de lecture par l’animateur : envoyez-en d’autres une fois qu’il les aura lues.
error-queue-full = L’animateur a { $max } notes à lire : envoyez la vôtre dans un instant.
error-no-dots-left = Les { $budget } gommettes sont toutes posées.
error-already-open = Feltboard est déjà ouvert sur le dossier de données { $path }. Utilisez cette fenêtre, ou fermez-la d’abord.
error-edited-migration = Ces données ont été créées avec une migration de schéma { $number } différente de celle de ce Feltboard ; elles ont été laissées telles quelles. Une migration livrée ne doit jamais être modifiée.
error-no-store = Il n’y a pas de données Feltboard dans { $path }.
error-store-needs-update = Les données de { $path } ont été créées par une version plus ancienne de Feltboard. Ouvrez Feltboard une fois pour les mettre à jour.
error-data-folder-not-writable = Feltboard ne peut pas écrire dans le dossier de données { $path } : { $reason }
error-not-a-database = { $path } n’est pas une base de données Feltboard, ou elle est endommagée. Elle a été laissée exactement telle quelle ; déplacez-la pour repartir de zéro, ou restaurez-la depuis une sauvegarde.
error-newer-store = { $path } a été écrit par une version plus récente de Feltboard (version des données { $found } ; celle-ci connaît jusqu’à la version { $known }). Mettez Feltboard à jour pour l’ouvrir ; rien n’a été modifié.
error-disk-full = Le disque est plein : la dernière modification n’a pas pu être enregistrée. Libérez de l’espace et réessayez.
error-busy = Un autre programme occupe la base de données ; la modification n’a pas été enregistrée. Réessayez dans un instant.
error-store-file-as-target = { $path } est l’endroit où Feltboard conserve ses ateliers. Enregistrez sous un autre nom ou dans un autre dossier ; rien n’a été écrit.
error-not-read = { $what } ne peut pas être utilisé : { $reason }.
    .feminine = { $what } ne peut pas être utilisée : { $reason }.
    .plural = { $what } ne peuvent pas être utilisés : { $reason }.
    .feminine-plural = { $what } ne peuvent pas être utilisées : { $reason }.
error-not-written = { $path } n’a pas pu être écrit : { $reason }. Rien n’y a été modifié.
error-too-many = { $count } { $items }, c’est trop : { $max } au maximum.
# $problem : les mots de la base de données elle-même.
error-database = La base de données a signalé une erreur : { $problem }
# $problem : les mots du système lui-même.
error-io = Un fichier n’a pas pu être lu ou écrit : { $problem }

## Les erreurs propres à la fenêtre et à la salle.

error-room-closed = La salle est fermée ; ouvrez-la d’abord.
error-room-network-gone = Cet ordinateur n’est plus sur le réseau de { $address } ; choisissez-en un autre.
# $problem : les mots du système lui-même.
error-room-not-listening = La salle n’a pas pu se mettre à l’écoute des téléphones : { $problem }.
# $problem : les mots du système lui-même.
error-export-stopped = L’exportation s’est arrêtée de façon inattendue : { $problem }
# $problem : les mots de la bibliothèque de fenêtres elle-même.
error-window-trouble = La fenêtre n’a pas pu faire cela : { $problem }
# $problem : les mots de la bibliothèque de dessin elle-même.
error-pdf-not-made = Le PDF n’a pas pu être créé : { $problem }
error-json-not-written = L’atelier n’a pas pu être écrit en JSON : { $problem }

## Les champs où un texte ou un choix refusé a été saisi, comme sujet d’une phrase.

field-title = Le titre
    .form = masculine
field-question = La question
    .form = feminine
field-date = La date
    .form = feminine
field-place = Le lieu
    .form = masculine
field-facilitator = Le nom de l’animateur
    .form = masculine
field-notes = Les notes
    .form = feminine-plural
field-name = Le nom
    .form = masculine
field-colour = La couleur
    .form = feminine
field-avatar-colour = La couleur de l’avatar
    .form = feminine
field-role = Le rôle
    .form = masculine
field-quote = La citation
    .form = feminine
field-story = L’histoire
    .form = feminine
field-sources = Les sources
    .form = feminine-plural
# Pourquoi l’équipe choisit de ne pas servir un anti-persona.
field-reason = La raison
    .form = feminine
field-goal = Un objectif
    .form = masculine
field-need = Un besoin
    .form = masculine
field-pain-point = Un point de friction
    .form = masculine
field-behaviour = Un comportement
    .form = masculine
field-channel = Un canal
    .form = masculine
field-feeling = Un ressenti
    .form = masculine
field-says = Un élément de « Dit »
    .form = masculine
field-thinks = Un élément de « Pense »
    .form = masculine
field-does = Un élément de « Fait »
    .form = masculine
field-feels = Un élément de « Ressent »
    .form = masculine
field-portrait = Le portrait
    .form = masculine
# Le persona auquel un participant ressemble le plus, tel que l’animateur l’a choisi.
field-their-persona = Le persona le plus proche
    .form = masculine
# Le persona auquel la personne au téléphone ressemble le plus, tel qu’elle l’a choisi en rejoignant l’atelier.
field-your-persona = Le profil qui vous ressemble le plus
    .form = masculine
field-board-title = Le titre du tableau
    .form = masculine
field-scenario = Le scénario
    .form = masculine
field-expectations = Les attentes
    .form = feminine-plural
field-board-personas = Les personas du tableau
    .form = masculine-plural
field-card-text = Le texte de la carte
    .form = masculine
field-owner = Le responsable
    .form = masculine
field-metric = L’indicateur
    .form = masculine
field-target = La cible
    .form = feminine
field-card = La carte
    .form = feminine
field-cell = La cellule
    .form = feminine
field-stage-title = Le titre de la phase
    .form = masculine
field-step-title = Le titre de l’étape
    .form = masculine
field-lane-title = Le titre de la ligne
    .form = masculine
field-step = L’étape
    .form = feminine
field-emotion-score = La note de ressenti
    .form = feminine
field-curve = La courbe
    .form = feminine
field-evidence = La preuve
    .form = feminine
field-comparison = La comparaison
    .form = feminine
field-template = Le modèle
    .form = masculine
field-sample-workshop = L’atelier d’exemple
    .form = masculine
field-note = La note
    .form = feminine
# Une gommette qu’un téléphone pose sur une carte.
field-vote = Le vote
    .form = masculine
# Une place dans une liste (une clé d’ordre que la fenêtre envoie).
field-position = La position
    .form = feminine
# Une valeur que Feltboard retient pour la fenêtre d’un démarrage à l’autre (sa langue).
field-remembered = La valeur à mémoriser
    .form = feminine
field-workshop-file = Le fichier d’atelier
    .form = masculine

## Les listes d’un persona, comptées : « 51 objectifs, c’est trop ».

items-goals = objectifs
    .form = masculine-plural
items-needs = besoins
    .form = masculine-plural
items-pain-points = points de friction
    .form = masculine-plural
items-behaviours = comportements
    .form = masculine-plural
items-channels = canaux
    .form = masculine-plural
items-feelings = ressentis
    .form = masculine-plural
items-says = éléments de « Dit »
    .form = masculine-plural
items-thinks = éléments de « Pense »
    .form = masculine-plural
items-does = éléments de « Fait »
    .form = masculine-plural
items-feels = éléments de « Ressent »
    .form = masculine-plural

## Les choses d’un atelier, telles qu’une phrase les nomme : « Ce tableau n’existe plus ».

thing-workshop = atelier
    .form = elided
thing-participant = participant
    .form = masculine
thing-persona = persona
    .form = masculine
thing-board = tableau
    .form = masculine
thing-stage = phase
    .form = feminine
thing-step = étape
    .form = feminine
thing-lane = ligne
    .form = feminine
thing-card = carte
    .form = feminine
# Une note qu’un téléphone a envoyée et qui attend l’animateur.
thing-note = note
    .form = feminine
thing-dot = gommette
    .form = feminine
thing-cell = cellule
    .form = feminine
thing-template = modèle
    .form = masculine

## Pourquoi une valeur a été refusée, après « … n’est pas valide : ».

# $typed est la date telle qu’elle a été saisie, entre guillemets.
reason-not-a-date = { $typed } n’est pas une date ; écrivez-la par exemple 2026-11-22 ou 22 novembre 2026
reason-date-read-two-ways = { $typed } peut se lire de deux façons ; écrivez-la par exemple 2026-11-22 ou 22 novembre 2026
reason-not-a-day = { $typed } n’est pas un jour du calendrier ; écrivez-la par exemple 2026-11-22 ou 22 novembre 2026
reason-not-a-colour = { $typed } n’est pas une couleur écrite comme #3a7bd5
reason-neighbours-out-of-order = les deux voisins ne sont pas dans l’ordre
reason-not-an-order-key = { $key } n’est pas une clé d’ordre
reason-not-votable = les gommettes vont uniquement sur les points de friction, les idées et les opportunités
reason-not-this-boards-persona = ce n’est pas l’un des personas de ce tableau
reason-someone-elses-name = « { $name } » est le nom que le tableau donne à quelqu’un d’autre : indiquez votre propre nom ou un pseudonyme
reason-persona-of-another-workshop = ce persona appartient à un autre atelier
reason-score-out-of-range = { $score } sort de l’échelle de −2 (contrarié) à +2 (ravi)
reason-rated-curve = la courbe évaluée contient les évaluations des clients eux-mêmes
reason-cards-stay-on-their-board = les cartes se déplacent uniquement dans leur propre tableau
reason-cell-across-boards = son étape et sa ligne sont sur des tableaux différents
reason-not-a-to-be-journey = ce tableau n’a pas été commencé à partir d’un parcours actuel
reason-as-is-board-gone = le parcours actuel dont il est issu n’existe plus
reason-too-many-board-personas = un tableau suit au plus { $max } personas
reason-personas-of-another-workshop = un tableau suit les personas de son propre atelier
reason-evidence-for-opportunities = seule une opportunité a des preuves ; sélectionnez d’abord la carte d’une opportunité
reason-own-evidence = une opportunité ne peut pas être sa propre preuve
reason-evidence-from-its-board = les preuves viennent du tableau de l’opportunité
reason-steps-stay-on-their-board = une étape ne peut se déplacer que dans son propre tableau
reason-only-step = c’est la seule étape de la phase ; supprimez plutôt la phase
reason-too-long-to-remember = elle dépasse { $max } octets
# $size est en mégaoctets, avec une décimale.
reason-portrait-too-large = le fichier fait { $size } Mo ; choisissez une image de { $max } Mo au plus.
reason-portrait-not-an-image = le fichier n’est pas une image PNG, JPEG ou WebP.
# $problem : les mots de la bibliothèque d’images elle-même.
reason-portrait-unreadable = l’image n’a pas pu être lue ({ $problem }).
reason-portrait-too-many-pixels = l’image fait { $width } × { $height } pixels ; choisissez-en une de { $max } millions de pixels au plus.
reason-portrait-not-saved = il n’a pas pu être enregistré ({ $problem }).
reason-portrait-not-base64 = il est endommagé : ses données ne sont pas en base64, le texte dans lequel une image s’écrit
reason-portrait-not-whole = le fichier n’est pas arrivé en entier. Choisissez-le à nouveau.
# L’atelier d’exemple et les modèles de tableau intégrés : une erreur dans Feltboard lui-même.
reason-sample-unknown-persona = { $participant } ressemble le plus à un persona inconnu, { $persona }
reason-template-unreadable = { $template } : { $problem }
reason-template-unknown-persona = il nomme un persona inconnu, { $name }
reason-template-unknown-as-is-board = il nomme un parcours actuel inconnu, { $name }
reason-template-unknown-participant = il nomme un participant inconnu, { $name }
reason-template-unknown-as-is-step = il nomme une étape inconnue du parcours actuel, { $name }
reason-template-unknown-lane = il nomme une ligne inconnue, { $name }
reason-template-not-to-be = l’étape { $step } dit ce qu’elle était, mais le tableau n’est pas un parcours cible (toBeOf)
# $rule est reason-not-votable.
reason-template-dots-not-votable = la carte { $card } a des gommettes ; { $rule }
reason-template-evidence-of-no-opportunity = la carte { $card } nomme des preuves, mais seule une opportunité a des preuves
reason-template-evidence-not-on-board = l’opportunité { $card } nomme une preuve qui n’est pas sur son tableau : { $name }

## Pourquoi un fichier ne peut pas être lu ou écrit, après « … ne peut pas être utilisé : » et
## « … n’a pas pu être écrit : ».

reason-file-too-large = il fait { $size } Mo ; { $max } Mo au plus peuvent être lus
reason-path-is-a-folder = { $path } est un dossier, pas un fichier
reason-path-is-a-device = { $path } est un périphérique ou un tube, pas un fichier
reason-path-too-large = { $path } fait { $size } Mo ; { $max } Mo au plus peuvent être lus
# $why est reason-no-such-file, reason-may-not-read, ou les mots du système lui-même.
reason-path-unreadable = { $path } ne peut pas être lu : { $why }
reason-no-such-file = ce fichier n’existe pas
reason-may-not-read = cet utilisateur n’a pas le droit de le lire
reason-names-a-folder = le chemin désigne un dossier, pas un fichier
# $problem : les mots du système lui-même.
reason-folder-unusable = son dossier ne peut pas être utilisé ({ $problem })
reason-no-home-folder = ce système n’a pas de dossier personnel ; définissez { $variable } ou passez { $flag }

## Pourquoi un fichier d’atelier est refusé, après « Le fichier d’atelier ne peut pas être
## importé : ».

reason-file-not-a-workshop-file = ce n’est pas un fichier d’atelier Feltboard
reason-file-empty = il est vide
reason-file-no-version = il n’indique pas quelle version du format il suit
reason-file-newer = il a été créé par une version plus récente de Feltboard (version du fichier { $version } ; celle-ci lit jusqu’à la version { $known })
reason-file-unknown-version = { $version } n’est pas une version du format que Feltboard ait écrite
reason-file-cut-short = il s’arrête au milieu, ligne { $line }, colonne { $column } : il a peut-être été tronqué lors d’une copie
reason-file-not-json = il est endommagé ligne { $line }, colonne { $column } : ce n’est pas du JSON
# $field est un nom que le fichier utilise, comme stepId.
reason-file-missing = « { $field } » manque
reason-file-given-twice = « { $field } » figure deux fois
# $choices sont les mots que Feltboard écrit à cet endroit, comme « customer, team, stakeholder ».
reason-file-not-one-of = « { $found } » ne fait pas partie de : { $choices }
# $found est un message found-* (ou la valeur elle-même) ; $wanted un message wanted-*.
reason-file-holds = on y trouve { $found } là où il faut { $wanted }
reason-file-unexpected-value = cette valeur n’est pas ce que Feltboard écrit ici
# $kind est un message thing-*.
reason-file-id-twice = l’identifiant « { $id } » est utilisé deux fois ; chaque { $kind } doit avoir le sien
reason-file-refers-to-missing = cela renvoie à un { $kind } que le fichier ne contient pas (« { $id } »)
    .feminine = cela renvoie à une { $kind } que le fichier ne contient pas (« { $id } »)
reason-file-rated-twice = cette évaluation porte sur la même étape et la même courbe que ratings[{ $first }] ; une étape a un point par courbe, et une évaluation par personne
# $kind est le type de la carte tel que le fichier l’écrit : note ou quote. $rule est reason-not-votable.
reason-file-dot-on = cette gommette est posée sur { $kind ->
    [quote] une citation
   *[note] une note
} ; { $rule }
reason-file-evidence-for-opportunities = seule une opportunité a des preuves
reason-file-card-or-step = il faut nommer une carte ou une étape, exactement l’une des deux

# Ce que le fichier contient là où il ne faut pas ; $value tel que le fichier l’écrit.
found-text = le texte { $value }
found-integer = le nombre entier { $value }
found-decimal = le nombre décimal { $value }
found-boolean = le booléen { $value }
found-object = un objet
found-list = une liste
found-null = null

# Ce qu’il faut à la place.
wanted-score = un nombre entier de -2 à 2
wanted-count = un nombre entier, 0 ou plus
wanted-text = du texte
wanted-boolean = true ou false
wanted-list = une liste [ … ]
wanted-object = un objet {"{"} … {"}"}
wanted-word = l’un des mots que Feltboard écrit
wanted-other = autre chose

## Que faire d’un fichier d’atelier refusé, après « Rien n’a été importé ; ».

advice-export-again = exportez-le à nouveau depuis le Feltboard d’origine, ou corrigez-le à cet endroit
advice-choose-a-workshop-file = choisissez un fichier que Feltboard a exporté comme fichier d’atelier
advice-update-feltboard = mettez Feltboard à jour pour l’importer
