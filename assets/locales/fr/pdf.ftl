# Le PDF des parties prenantes, dans la langue de l’atelier.

## Dates : « 18 novembre 2026 ».
pdf-date = { $day } { $month } { $year }

## La couverture.
pdf-cover-kicker = ATELIER PARCOURS CLIENT
pdf-cover-held-on = DATE
pdf-cover-where = LIEU
pdf-cover-facilitated-by = ANIMATION
pdf-cover-in-the-room = DANS LA SALLE
pdf-cover-in-this-document = DANS CE DOCUMENT
# Les clients ne sont nommés que s’ils ont accepté d’être cités nommément.
pdf-cover-customers = { $count ->
        [one] { $count } client
       *[other] { $count } clients
    } : { $unnamed ->
        [0] { $named }
       *[other] { $named_count ->
            [0] { $unnamed ->
                [one] une personne qui a demandé à ne pas être nommée
               *[other] { $unnamed } personnes qui ont demandé à ne pas être nommées
            }
           *[other] { $named } et { $unnamed ->
                [one] une personne qui a demandé à ne pas être nommée
               *[other] { $unnamed } personnes qui ont demandé à ne pas être nommées
            }
        }
    }
pdf-cover-team = Équipe : { $names }
pdf-cover-stakeholders = Parties prenantes : { $names }
pdf-cover-personas = { $count ->
        [one] { $count } persona : qui est le client, et qui nous choisissons de ne pas servir
       *[other] { $count } personas : qui est le client, et qui nous choisissons de ne pas servir
    }
pdf-cover-boards = { $count ->
        [one] { $count } tableau de parcours : ce que le client fait, pense et ressent à chaque étape
       *[other] { $count } tableaux de parcours : ce que le client fait, pense et ressent à chaque étape
    }
pdf-cover-compared = { $count ->
        [one] { $count } parcours cible face à son parcours actuel : l’évolution mesurée par les clients à chaque étape
       *[other] { $count } parcours cibles face à leurs parcours actuels : l’évolution mesurée par les clients à chaque étape
    }
pdf-cover-summary = Une synthèse : les points de friction, les opportunités avec leurs responsables et leurs preuves, les mots mêmes des clients
pdf-cover-decided = Ce que nous avons décidé : chaque opportunité, son responsable, sa cible et son statut, les plus votées d’abord
pdf-cover-exported = Exporté depuis Feltboard le { $date }

## Chaque page.
# Le pied de chaque page, à côté du titre de l’atelier.
pdf-footer-page = Page { $number } sur { $total }
# En haut d’une page qui prolonge la précédente : le nom d’un persona, le titre d’un tableau, « Synthèse ».
pdf-continued = { $title } (suite)
# Une étape ou une cellule que personne n’a évaluée.
pdf-not-rated = pas d’évaluation
# Qui assure le suivi d’une opportunité, sur sa carte et dans la synthèse.
pdf-owner = Responsable : { $owner }
# Dans la synthèse et dans « Ce que nous avons décidé » quand la salle n’a enregistré aucune opportunité.
pdf-no-opportunities = Aucune opportunité n’a été enregistrée.
# L’en-tête de la première colonne des tableaux : le numéro de chaque ligne (affiché en capitales).
pdf-column-number = N°

## Les signets du PDF (ceux de la synthèse et des décisions sont les titres de leurs pages).
pdf-outline-cover = Couverture
pdf-outline-personas = Personas
pdf-outline-boards = Tableaux de parcours
pdf-outline-comparison = Actuel face à cible : { $title }

## Les pages d’un persona.
pdf-persona-label-anti = ANTI-PERSONA · UN PROFIL QUE NOUS CHOISISSONS DE NE PAS SERVIR
pdf-persona-label-assumed = PROTO-PERSONA · FONDÉ SUR LES HYPOTHÈSES DE L’ÉQUIPE
pdf-persona-label-research = PERSONA · FONDÉ SUR LA RECHERCHE
pdf-persona-anti-reason = Pourquoi nous choisissons de ne pas servir ce profil : { $reason }
pdf-persona-goals = OBJECTIFS
pdf-persona-needs = BESOINS
pdf-persona-pain-points = POINTS DE FRICTION
pdf-persona-behaviours = COMPORTEMENTS
pdf-persona-channels = CANAUX
pdf-persona-wants-to-feel = VEUT SE SENTIR
pdf-persona-empathy-map = CARTE D’EMPATHIE
pdf-persona-says = Dit
pdf-persona-thinks = Pense
pdf-persona-does = Fait
pdf-persona-feels = Ressent
# $count : le nombre d’entretiens, 1 ou plus ; $sources : ce que l’équipe en a écrit, peut-être rien.
pdf-persona-evidence-interviews = { $count ->
        [one] Base : recherche, { $count } entretien. { $sources }
       *[other] Base : recherche, { $count } entretiens. { $sources }
    }
pdf-persona-evidence-research = Base : recherche. { $sources }
pdf-persona-evidence-assumed = Base : les hypothèses de l’équipe, pas encore vérifiées auprès des clients.
# Descriptions de l’image, pour les lecteurs d’écran.
pdf-persona-portrait = Portrait de { $name }
pdf-persona-initials = Les initiales de { $name }

## Les pages des tableaux.
# Sur un tableau trop grand pour une seule page.
pdf-board-page = Tableau, page { $number } sur { $of }
pdf-board-persona = Parcours de { $persona }
# $others : les noms des autres personas, séparés par des virgules.
pdf-board-personas = Parcours de { $persona }, aux côtés de { $others }
pdf-board-scenario = Scénario : { $scenario }
pdf-board-expects = Attentes : { $expectations }
pdf-board-moment-of-truth = ★ Moment de vérité
# Dans l’en-tête d’une ligne, quand elle prolonge la page précédente / continue sur la suivante.
pdf-board-lane-continued = suite
pdf-board-lane-continues = suite page suivante
# La ligne entre ce que le client voit et ce qu’il ne voit pas.
pdf-board-line-of-visibility = Ligne de visibilité
# Dans les petits caractères d’une opportunité, sur sa carte.
pdf-card-evidence = { $count ->
        [one] { $count } preuve
       *[other] { $count } preuves
    }

## Les courbes émotionnelles sur les pages des tableaux.
pdf-curves-assumed = Supposée par l’équipe
pdf-curves-rated = Évaluée par les clients : moyenne, dispersion, effectif
pdf-curves-desired = Souhaitée
# La rangée des chiffres de tous les clients sous les courbes, au-dessus de celles de chaque persona.
pdf-curves-all-customers = Tous les clients
# Les courbes décrites, phrase par phrase, pour les lecteurs d’écran. $values : « Payer −1,5 (n=4), Attendre −2,0 (n=3) ».
pdf-curves-alt = Courbes émotionnelles, de −2 (contrarié) à +2 (ravi).
pdf-curves-alt-assumed = Supposée par l’équipe : { $values }.
pdf-curves-alt-rated = Évaluée par les clients : { $values }.
pdf-curves-alt-persona = Évaluée par les clients qui ressemblent le plus à { $persona } : { $values }.
pdf-curves-alt-desired = Souhaitée : { $values }.

## Un parcours cible face à son parcours actuel.
pdf-comparison-kicker = PARCOURS ACTUEL FACE AU PARCOURS CIBLE
pdf-comparison-intro = Issu de « { $as_is } ». L’évolution mesurée est l’évaluation donnée par les clients à l’étape cible moins celle donnée à l’étape actuelle, là où ils ont évalué les deux ; n est le nombre d’évaluations, actuel → cible.
# Les en-têtes du tableau (affichés en capitales) ; les deux « Évalué » nomment aussi les courbes.
pdf-comparison-column-step = Étape
pdf-comparison-column-fate = Ce qu’elle est devenue
pdf-comparison-rated-as-is = Évalué (actuel)
pdf-comparison-rated-to-be = Évalué (cible)
pdf-comparison-column-change = Évolution mesurée
# Sous une étape modifiée : son ancien nom.
pdf-comparison-was = anciennement « { $step } »
pdf-comparison-not-measured = non mesurée
# Ce qu’est devenue une étape, sous le graphique et dans sa description.
pdf-comparison-fate-kept = conservée
pdf-comparison-fate-changed = modifiée
pdf-comparison-fate-removed = supprimée
pdf-comparison-fate-new = nouvelle
# Le graphique décrit pour les lecteurs d’écran ; $steps est pdf-comparison-alt-step répété, séparé par « ; ».
pdf-comparison-alt = Les courbes évaluées de « { $as_is } » et de « { $to_be } », de −2 (contrarié) à +2 (ravi), étape par étape : { $steps }.
# $as_is et $to_be : « −1,3 (n=4) », ou pdf-not-rated.
pdf-comparison-alt-step = { $number } { $step }, { $fate } : actuel { $as_is }, cible { $to_be }

## La synthèse.
pdf-summary-title = Synthèse
pdf-summary-pains = Là où ça fait mal
pdf-summary-no-pains = Aucun point de friction n’a été enregistré.
pdf-summary-opportunities = Ce que nous pourrions faire
pdf-summary-quotes = Avec les mots des clients
pdf-summary-no-quotes = Aucune citation de client n’a été enregistrée.
# Un point de friction, ses gommettes de la salle et son tableau.
pdf-summary-pain = { $votes ->
        [0] { $text } — { $board }
        [one] { $text } ({ $votes } vote) — { $board }
       *[other] { $text } ({ $votes } votes) — { $board }
    }
# Une opportunité ou une idée et ses gommettes de la salle.
pdf-summary-opportunity = { $votes ->
        [0] { $text }
        [one] { $text } ({ $votes } vote)
       *[other] { $text } ({ $votes } votes)
    }
pdf-summary-no-owner = Responsable : pas encore choisi
# $measure : « indicateur → cible ».
pdf-summary-measured-by = Mesurée par : { $measure }
pdf-summary-status = Statut : { $status }
# $evidence : la phrase des preuves (evidence-* dans names.ftl).
pdf-summary-evidence = Preuves : { $evidence }
pdf-summary-no-evidence = Preuves : aucune liée pour l’instant
# Les mots d’un client (déjà entre guillemets) et qui les a dits.
pdf-quote-credited = { $quote } — { $credit }

## Ce que nous avons décidé.
pdf-decided-title = Ce que nous avons décidé
pdf-decided-intro = Chaque opportunité de chaque tableau, les plus votées d’abord : qui en est responsable, comment nous saurons que cela a marché, où elle en est, et combien de preuves venues de la salle l’étayent.
# Les en-têtes du tableau (affichés en capitales).
pdf-decided-column-opportunity = Opportunité
pdf-decided-column-board = Tableau
pdf-decided-column-owner = Responsable
pdf-decided-column-measure = Indicateur → cible
pdf-decided-column-status = Statut
pdf-decided-column-votes = Votes
pdf-decided-column-evidence = Preuves
pdf-decided-no-owner = pas encore choisi
pdf-decided-no-measure = pas encore défini
pdf-decided-no-evidence = aucune liée
