# Accueil : les ateliers de l’animateur.

home-heading = Ateliers
home-search-label = Rechercher un atelier par titre
home-search-placeholder = Rechercher un atelier
home-import = Importer…
home-import-title = Importer un fichier d’atelier ({ $key })
home-new = Nouvel atelier
home-new-title = Nouvel atelier ({ $key })
home-menu-new = Nouvel atelier…
home-menu-find = Rechercher un atelier
home-create = Créer l’atelier
home-count = { $count ->
    [one] { $count } atelier
   *[other] { $count } ateliers
}
home-count-matching = { $count ->
    [one] { $count } atelier correspond à « { $search } »
   *[other] { $count } ateliers correspondent à « { $search } »
}
home-opening = Ouverture de vos ateliers…
home-no-match = Aucun titre d’atelier ne contient « { $search } »
home-no-match-hint = Vérifiez l’orthographe, ou effacez la recherche pour voir tous les ateliers.
home-clear-search = Effacer la recherche
home-first = Lancez votre premier atelier
home-first-explained = Un atelier réunit les personnes présentes dans la salle, les personas que vous construisez avec elles et leurs parcours émotionnels. Tout reste sur cet ordinateur et fonctionne hors ligne.
home-explore-sample = Découvrir l’atelier d’exemple
home-renamed = Atelier « { $before } » renommé en « { $after } »
home-deleted = Atelier « { $title } » supprimé
home-rename-heading = Renommer l’atelier
home-rename = Renommer
home-delete-heading = Supprimer « { $title } » ?
home-delete = Supprimer l’atelier
home-delete-message = Seront supprimés avec lui : { $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} et { $boards ->
    [one] { $boards } tableau de parcours
   *[other] { $boards } tableaux de parcours
}. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
