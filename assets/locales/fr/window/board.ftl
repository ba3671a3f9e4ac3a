# Un tableau de parcours : l’éditeur, ses outils et boîtes de dialogue, la grille avec ses cartes et ses courbes.
# Les libellés d’annulation (ajouté…, déplacé…, supprimé…) nomment une modification dans la notification Annuler et le menu Édition.

## La barre de l’éditeur

board-back = ← Tableaux
board-back-title = Retour aux tableaux ({ $key })
board-back-to-boards = Retour aux tableaux
board-gone = Ce tableau n’existe plus : retour aux tableaux de l’atelier.
board-edited = Tableau modifié
board-title-label = Titre du tableau
board-speaker = Qui parle
board-speaker-title = Les nouvelles cartes lui sont attribuées ; Entrée ou Échap pour revenir au tableau
board-speaker-team = L’équipe
board-speaker-research = Recherche
board-compare = Comparer au parcours actuel
board-compare-title = Ce parcours cible à côté du parcours actuel dont il est issu, étape par étape
board-scenario-and-expectations = Scénario et attentes
board-scenario = Scénario
board-scenario-placeholder = Ce qui se passe, pour qui, et pourquoi
board-expectations = Attentes
board-expectations-placeholder = Ce que la personne attend au départ
board-empty = Un tableau vide
board-empty-explained = Donnez-lui des phases (les temps du parcours, chacune avec ses étapes) et des lignes (ce que le client fait, pense, ressent…).
board-set-up = Définir les phases et les lignes
# L’élément du menu et le titre du mode salle quand tout le parcours est affiché, pas une seule phase.
board-whole-journey = Tout le parcours

## Les outils au-dessus du tableau

board-tools = Outils du tableau
board-curves-shown = Courbes affichées
board-curve-assumed = Supposée par l’équipe
board-curve-rated = Évaluée par les clients
board-curve-desired = Souhaitée
board-rated-by = Courbe des clients
board-rated-by-title = La courbe des clients pour tout le monde ensemble, ou une par persona suivi par le tableau (chaque client compte pour le persona auquel il ressemble le plus)
board-rated-by-all = tout le monde
board-rated-by-persona = par persona
board-view = Affichage
board-frame = Phases et lignes…
board-focus = Vue par phase
board-focus-title = Se concentrer sur une phase ({ $key } ; Page suiv. et Page préc. pour changer de phase)
board-focus-stage = Phase affichée
board-zoom-out = Zoom arrière ({ $key })
board-zoom-in = Zoom avant ({ $key })
board-zoom = { $percent } %
board-fit = Ajuster
board-fit-title = Ajuster à l’écran ({ $key })
board-export = Exporter…
board-export-title = Un PDF de l’atelier, ou ce tableau en image ou en tableur ({ $key })

## La grille

board-grid = Tableau de parcours
# Une cellule du tableau, par son étape et sa ligne.
board-cell = { $step }, { $lane }
# Dit avant les cartes d’une cellule.
board-cell-said = { $cell }, { $count ->
    [0] aucune carte
    [one] une carte
   *[other] { $count } cartes
} :
board-new-card = Nouvelle carte dans { $cell }
board-new-card-placeholder = Tapez, Entrée pour la carte suivante
board-stage-drag = Faites glisser sur une autre phase pour la déplacer
board-step-drag = Faites glisser sur une autre étape pour la déplacer
board-lane-drag = Faites glisser sur une autre ligne pour la déplacer
board-moment = Moment de vérité
board-emotion-scale = Échelle des émotions
board-menu-rate = Ressenti de « { $title } »…
board-added-card = Carte « { $text } » ajoutée
board-edited-card = Carte modifiée
# Une phase, une étape ou une ligne (toutes au féminin).
board-moved = « { $title } » déplacée
board-moved-cards = { $count ->
    [one] Carte déplacée
   *[other] { $count } cartes déplacées
}
board-deleted-cards = { $count ->
    [one] Carte supprimée
   *[other] { $count } cartes supprimées
}

## Les courbes émotionnelles

board-curves = Courbes émotionnelles
# Combien de clients ont évalué une étape (n, comme en statistique).
board-curve-count = n={ $count }
board-curve-segment = Évaluée par les clients qui ressemblent le plus à { $name }
board-curve-rate = Évaluer « { $title } »

## Une carte

board-card-face-down = Une note, cachée jusqu’à ce qu’elle soit révélée
board-card-face-down-meta = Cachée jusqu’à sa révélation
board-card-owned-by = Responsable : { $owner }
board-card-evidence = { $count ->
    [one] { $count } preuve
   *[other] { $count } preuves
}
# Après le nombre de preuves, pour les lecteurs d’écran : la phrase qui dit ce qu’elles sont.
board-card-evidence-said =  : { $summary }
board-card-dots = { $count ->
    [one] { $count } gommette
   *[other] { $count } gommettes
}
board-card-text = Texte de la carte
board-card-kind = Type
board-card-owner = Responsable
board-card-metric = Indicateur
board-card-target = Cible
board-card-status = Statut
board-card-evidence-summary = Preuves : { $summary }
board-card-no-evidence = Aucune preuve pour l’instant : sélectionnez des cartes, puis { $key }.

## Cartes sélectionnées

board-picked = { $count ->
    [one] { $count } carte sélectionnée
   *[other] { $count } cartes sélectionnées
}
board-picked-label = Cartes sélectionnées
board-picked-link = Étayer une opportunité…
board-picked-link-title = Les lier comme preuves d’une opportunité ({ $key })
board-picked-delete = Supprimer
board-picked-delete-title = Les supprimer (Suppr) ; Annuler les fait revenir
board-picked-none = Tout désélectionner
board-picked-none-title = Échap fait de même

## À qui est ce parcours

board-personas-title = Les personas que suit ce tableau : le premier est celui dont c’est le parcours
board-personas-label = À qui est ce parcours
board-personas-none = Aucun persona
board-personas-legend = Personas suivis par ce tableau
board-personas-anti = (non servi)
board-personas-first = · c’est son parcours
board-personas-make-first = En faire le sien
# Après « En faire le sien », pour les lecteurs d’écran.
board-personas-make-first-said =  : le parcours de { $name }
board-personas-no-personas = Cet atelier n’a pas encore de personas.
board-personas-full = { $count ->
    [one] Un tableau suit au plus { $count } persona.
   *[other] Un tableau suit au plus { $count } personas.
}

## Évaluer une étape

board-rating-heading = Quel ressenti pour « { $title } » ?
board-rating-assumed = L’hypothèse de l’équipe
board-rating-assumed-note = la courbe supposée
board-rating-desired = Le ressenti que nous visons
board-rating-desired-note = la courbe souhaitée
board-rating-customer-note = un client
board-rating-not-yet = pas encore
board-rating-whose = Qui ressent
board-rating-how = Ressenti de { $name }
board-rating-key = Touche { $key }
# Les touches sont affichées à part, chacune dans un cadre.
board-rating-keys = Touches : { $up } { $down } qui ressent, { $first } (ravi) à { $last } (contrarié) le ressenti.
board-rating-moment = Un moment de vérité : cette étape fait ou défait la relation
board-rating-clear = Effacer l’évaluation de { $name }
board-rated = Étape « { $title } » évaluée
board-marked-moment = « { $title } » marquée comme moment de vérité
board-unmarked-moment = « { $title } » n’est plus un moment de vérité

## Les preuves d’une opportunité

board-supports-heading = Étayer une opportunité
board-supports-none = Ce tableau n’a pas encore d’opportunités. Écrivez-en une dans la ligne Opportunités, puis sélectionnez ce qui l’étaye.
board-supports-evidence = Les preuves
# Une carte donnée comme preuve : son type et le début de son texte.
board-supports-card = { $kind } : « { $text } »
board-supports-step = Évaluation de « { $title } » par les clients
board-supports-step-rated = { $count ->
    [one] ({ $count } évaluation)
   *[other] ({ $count } évaluations)
}
board-supports-which = Quelle opportunité cela étaye-t-il ?
board-supports-already = déjà { $count }
board-supports-link = Lier comme preuve
board-linked-evidence = { $count ->
    [one] Preuve liée à « { $text } »
   *[other] { $count } preuves liées à « { $text } »
}
board-unlinked-evidence = Preuve détachée de « { $text } »

## La trame du tableau : phases, étapes et lignes

board-frame-heading = La trame du tableau
board-frame-stages = Phases et étapes
board-frame-stage = Phase { $number }
board-frame-step = Étape { $number } de « { $stage } »
board-frame-lanes = Lignes
board-frame-lane = Ligne { $number }
board-frame-earlier = Placer « { $title } » plus tôt
board-frame-later = Placer « { $title } » plus tard
board-frame-up = Monter « { $title } »
board-frame-down = Descendre « { $title } »
board-frame-delete = Supprimer
board-frame-delete-stage = Supprimer la phase et ses cartes ?
board-frame-delete-step = Supprimer l’étape et ses cartes ?
board-frame-delete-lane = Supprimer la ligne et ses cartes ?
board-frame-show = Afficher
board-frame-hide = Masquer
board-frame-lane-kind = Type de ligne
board-frame-add-stage = + Phase
board-frame-add-step = + Étape
board-frame-add-lane = + Ligne
# Les titres donnés aux nouvelles phases, étapes et lignes (ensuite propres au tableau, à renommer).
board-new-stage = Nouvelle phase
board-new-step = Nouvelle étape
board-lane-actions = Ce qu’ils font
board-lane-touchpoints = Points de contact et canaux
board-lane-thoughts = Ce qu’ils pensent
board-lane-feelings = Ce qu’ils ressentent
board-lane-pain-points = Points de friction
board-lane-opportunities = Opportunités
board-lane-frontstage = Front-office
board-lane-backstage = Back-office
board-lane-support = Processus de support
board-lane-custom = Notes
# Une phase, une étape ou une ligne (toutes au féminin).
board-renamed = « { $title } » renommée
board-added = « { $title } » ajoutée
board-added-stage = Phase ajoutée
board-added-step = Étape ajoutée
board-deleted = « { $title } » supprimée
board-showed = « { $title } » affichée
board-hid = « { $title } » masquée

## Comparer le parcours cible au parcours actuel

board-compare-heading = Comparé au parcours actuel
board-compare-curves = Courbes
board-compare-as-is = Évalué (actuel)
board-compare-to-be = Évalué (cible)
board-compare-chart = Les courbes évaluées des deux parcours ; le tableau ci-dessous donne tous les chiffres
board-compare-caption = Chaque étape, ce qu’elle est devenue, et l’évaluation des clients
board-compare-step = Étape
board-compare-fate = Ce qu’elle est devenue
board-compare-change = Évolution mesurée
board-compare-was = anciennement « { $title } »
# La moyenne d’une étape évaluée : l’emoji de son ressenti, le score, et combien l’ont évaluée.
board-compare-mean = { $emoji } { $score } (n={ $count })
board-compare-note = L’évolution mesurée est l’évaluation cible moins l’évaluation actuelle, là où les clients ont évalué les deux.
board-compare-comparing = Comparaison…

## Les boutons des boîtes de dialogue (Annuler et Fermer sont dans app.ftl)

board-done = Terminé
