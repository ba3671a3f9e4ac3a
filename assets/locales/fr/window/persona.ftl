# Personas : la galerie des personas d’un atelier, et un persona sur sa page.

## La galerie

persona-gallery = Personas
# Fichier → Nouveau… dans le menu, sur les personas.
persona-menu-new = Nouveau persona…
persona-search = Rechercher un persona
persona-new = Nouveau persona
persona-new-title = Nouveau persona ({ $key })
persona-empty = Qui est votre client — et qui ne l’est pas ?
persona-empty-explained = Construisez les personas avec les personnes présentes dans la salle : leurs objectifs, besoins et difficultés, avec leurs propres mots. Marquez comme anti-personas ceux que vous choisissez de ne pas servir.
persona-create-first = Créer le premier persona
persona-no-match = Aucun persona ne correspond à « { $search } »
persona-clear-search = Effacer la recherche
persona-duplicate = Dupliquer
persona-copy-to = Copier vers…
persona-delete = Supprimer
persona-added = Persona ajouté
persona-duplicated = Persona { $name } dupliqué
persona-duplicated-unnamed = Persona dupliqué
persona-deleted = Persona { $name } supprimé
persona-deleted-unnamed = Persona supprimé
persona-copied = Persona { $name } copié dans « { $workshop } »
persona-moved = Persona { $name } déplacé
persona-delete-heading = Supprimer { $name } ?
persona-delete-heading-unnamed = Supprimer ce persona ?
persona-delete-message = Les tableaux qui suivent ce persona gardent leurs cartes. Vous pouvez annuler cette action jusqu’à la fermeture de Feltboard.
persona-delete-confirm = Supprimer le persona

## Un persona dans la galerie

# Les touches auxquelles répond le nom d’un persona, dans son info-bulle.
persona-card-keys = Ouvrir (Entrée) · Déplacer (Alt+← →) · Supprimer (Suppr)
persona-card-anti = ⊘ Anti-persona : hors de notre cible
persona-card-research = ✓ Recherche · { $interviews ->
    [one] { $interviews } entretien
   *[other] { $interviews } entretiens
}
persona-card-assumed = ? Proto-persona : une hypothèse de l’équipe
persona-card-why-not = Pourquoi pas :

## La page d’un persona

# Fichier → Retour dans le menu, sur un persona.
persona-menu-back = Retour aux personas
persona-back = ← Personas
persona-back-title = Retour aux personas ({ $key })
persona-all-saved = Chaque modification est enregistrée
# Le nom de la page pour les lecteurs d’écran.
persona-page = Persona { $name }
persona-name = Nom
persona-name-example = Son nom
persona-role = Rôle ou segment
persona-avatar-colour = Couleur de l’avatar
persona-quote = Citation, avec ses propres mots
persona-quote-example = Une citation, avec ses propres mots
persona-evidence = Sur quoi il repose
persona-assumed = Proto-persona (hypothèse)
persona-research = Fondé sur des recherches
persona-interviews = Entretiens
persona-sources = Sources
persona-assumed-from = D’où l’équipe tire cette hypothèse
persona-anti = Anti-persona : un profil que nous choisissons de ne pas servir
persona-anti-reason = Pourquoi nous choisissons de ne pas servir ce profil
persona-story = Son histoire
persona-story-example = Quelques phrases sur sa vie, dans la situation qui nous intéresse
persona-goals = Objectifs
persona-goals-example = Ce qu’il faut atteindre, pas des tâches
persona-needs = Besoins
persona-needs-example = Ce qu’il lui faut de notre part
persona-pain-points = Points de friction
persona-pain-points-example = Ce qui lui fait obstacle
persona-behaviours = Comportements
persona-behaviours-example = Ses habitudes
persona-channels = Canaux
persona-channels-example = Là où nous nous rencontrons
persona-wants-to-feel = Veut se sentir
persona-wants-to-feel-example = En maîtrise, en confiance, …
persona-edited = Persona { $name } modifié
# Une ligne d’une liste, pour les lecteurs d’écran : « Objectifs, élément 1 sur 3 ».
persona-list-item = { $list }, élément { $number } sur { $count }

## La carte d’empathie

persona-empathy-map = Carte d’empathie
persona-says = Dit
persona-thinks = Pense
persona-does = Fait
persona-feels = Ressent

## Le portrait

# Sur le portrait, quand il n’y en a pas : les mots visibles du bouton.
persona-portrait-add = Ajouter un portrait
# Le nom complet du même bouton, qui commence par ses mots visibles.
persona-portrait-add-of = Ajouter un portrait de { $name }
persona-portrait-change = Changer
persona-portrait-change-of = Changer le portrait de { $name }
persona-portrait-file = Fichier image du portrait
persona-portrait-remove = Retirer le portrait
persona-portrait-new = Nouveau portrait pour { $name }
persona-portrait-removed = Portrait de { $name } retiré
persona-new-name = Nouveau persona
