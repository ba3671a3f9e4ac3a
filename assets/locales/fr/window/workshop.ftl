# Un atelier : ses tableaux de parcours, ses personas et ses participants ; un atelier sur l’Accueil.

workshop-boards = Tableaux de parcours
workshop-personas = Personas
workshop-participants = Participants
workshop-parts = Parties de l’atelier
workshop-back = ← Ateliers
workshop-back-title = Retour aux ateliers (Échap)
# Fichier → Retour dans le menu, sur un atelier.
workshop-menu-back = Retour aux ateliers
workshop-edit-details = Modifier les détails
workshop-export = Exporter…
workshop-export-title = Exporter un PDF, une image ou un tableur ({ $key })
workshop-facilitated-by = Animé par { $name }
workshop-details-heading = Détails de l’atelier
workshop-save = Enregistrer
workshop-saved-details = Détails de « { $title } » enregistrés

## Un atelier sur l’Accueil

# Les touches auxquelles répond le titre d’un atelier, dans son info-bulle.
workshop-card-keys = Ouvrir (Entrée) · Renommer (F2) · Supprimer (Suppr)
workshop-card-counts = { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
} · { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} · { $boards ->
    [one] { $boards } tableau
   *[other] { $boards } tableaux
}
workshop-card-open = Ouvrir
workshop-card-rename = Renommer
workshop-card-rename-title = Renommer (F2)
workshop-card-delete = Supprimer
workshop-card-delete-title = Supprimer (Suppr)

## Les détails d’un atelier

workshop-title = Titre
workshop-title-example = Retourner une commande en ligne
workshop-question = La question qu’il explore
workshop-question-example = À quel moment perdons-nous les gens quand ils renvoient un article ?
workshop-date = Date
# Une date telle que l’animateur la taperait, comme le cœur la lit (il lit 22/11/2026, pas « 22 novembre 2026 »).
workshop-date-example = 22/11/2026
workshop-place = Lieu
workshop-place-example = Magasin de Lille, salle de réunion
workshop-facilitator = Animation

## Tableaux de parcours

# Fichier → Nouveau… dans le menu, sur les tableaux.
workshop-menu-new-board = Nouveau tableau…
workshop-new-board = Nouveau tableau
workshop-new-board-title = Nouveau tableau ({ $key })
workshop-start-to-be = Commencer le parcours cible
workshop-start-to-be-title = Une copie à repenser, comparée étape par étape avec celui-ci
workshop-duplicate = Dupliquer
workshop-delete = Supprimer
workshop-boards-empty = Cartographiez le parcours avec la salle
workshop-boards-empty-explained = Un tableau de parcours suit un ou plusieurs personas à travers les phases de leur parcours : ce qu’ils font, pensent et ressentent.
workshop-start-board = Commencer un tableau
workshop-board-added = Tableau ajouté
workshop-board-duplicated = Tableau « { $title } » dupliqué
workshop-board-to-be-started = Parcours cible de « { $title } » commencé
workshop-board-deleted = Tableau « { $title } » supprimé
workshop-delete-board-heading = Supprimer « { $title } » ?
workshop-delete-board-message = { $cards ->
    [0] Ses courbes seront supprimées avec lui. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
    [one] Sa carte et ses courbes seront supprimées avec lui. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
   *[other] Ses { $cards } cartes et ses courbes seront supprimées avec lui. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
}
workshop-delete-board = Supprimer le tableau
workshop-board-open-title = Ouvrir le tableau
# $persona est le nom du premier persona, en gras ; $others les noms des autres ; $beside le nombre d’autres.
workshop-board-journey = { $beside ->
    [0] Le parcours de { $persona }
   *[other] Le parcours de { $persona }, aux côtés de { $others }
}
workshop-board-to-be-journey = { $beside ->
    [0] Le parcours cible de { $persona }
   *[other] Le parcours cible de { $persona }, aux côtés de { $others }
}
workshop-board-to-be = Un parcours cible
workshop-board-stages = Phases
workshop-board-counts = { $stages ->
    [one] { $stages } phase
   *[other] { $stages } phases
} · { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
} · { $cards ->
    [one] { $cards } carte
   *[other] { $cards } cartes
}

## Un nouveau tableau de parcours

workshop-new-board-heading = Nouveau tableau de parcours
workshop-start-from = Partir de
workshop-blank-board = Un tableau vierge
workshop-blank-board-explained = Pas encore de phases ni de lignes : construisez la trame avec la salle.
workshop-board-title-example = Le parcours de qui, pour faire quoi ?
workshop-create-board = Créer le tableau

## Copier un persona dans un autre atelier

# $what est le nom du persona.
workshop-copy-heading = Copier { $what } dans un autre atelier
workshop-copy-none = Il n’y a pas encore d’autre atelier. Créez-en d’abord un sur l’écran d’Accueil.
workshop-copy-choice = Atelier
workshop-copy = Copier

## Participants

workshop-participants-summary = { $customers ->
    [one] { $customers } client
   *[other] { $customers } clients
}, { $team } de l’équipe, { $stakeholders ->
    [one] { $stakeholders } partie prenante
   *[other] { $stakeholders } parties prenantes
}. Les citations des personnes qui n’ont pas accepté d’être nommées restent anonymes.
workshop-participants-empty = Qui est dans la salle ?
workshop-participants-empty-explained = Ajoutez les clients, collègues et parties prenantes qui participent. Leurs notes portent leur nom, ou restent anonymes s’ils le préfèrent.
workshop-add-participant = Ajouter un participant
workshop-add-participant-example = Nom ou pseudonyme, puis Entrée
workshop-kind = Type
workshop-kind-customer = Client
workshop-kind-team = Équipe
workshop-kind-stakeholder = Partie prenante
workshop-add = Ajouter
workshop-participant-name = Nom ou pseudonyme
workshop-most-like = Ressemble le plus à
workshop-most-like-none = Aucun des personas
workshop-quote-by-name = Citer nommément
workshop-colour = Couleur
workshop-remove = Retirer
workshop-remove-name = Retirer { $name }
workshop-remove-heading = Retirer { $name } ?
workshop-remove-message = Ses notes et évaluations restent sur les tableaux, sans son nom. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
workshop-participant-changed = Fiche de { $name } modifiée
workshop-participant-removed = { $name } ne fait plus partie de l’atelier
workshop-language = Langue
workshop-language-title = La langue du PDF de l’atelier, et de sa page pour les téléphones qui ne lisent aucune des langues de Feltboard
