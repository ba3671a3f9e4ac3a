# Inicio: los talleres del facilitador.

home-heading = Talleres
home-search-label = Buscar talleres por título
home-search-placeholder = Buscar talleres
home-import = Importar…
home-import-title = Importar un archivo de taller ({ $key })
home-new = Nuevo taller
home-new-title = Nuevo taller ({ $key })
home-menu-new = Nuevo taller…
home-menu-find = Buscar un taller
home-create = Crear taller
home-count = { $count ->
    [one] { $count } taller
   *[other] { $count } talleres
}
home-count-matching = { $count ->
    [one] { $count } taller coincide con «{ $search }»
   *[other] { $count } talleres coinciden con «{ $search }»
}
home-opening = Abriendo tus talleres…
home-no-match = Ningún título de taller contiene «{ $search }»
home-no-match-hint = Revisa la ortografía o borra la búsqueda para ver todos los talleres.
home-clear-search = Borrar la búsqueda
home-first = Empieza tu primer taller
home-first-explained = Un taller reúne a la gente de la sala, las personas que creas con ella y sus recorridos emocionales. Todo se queda en este portátil y funciona sin conexión.
home-explore-sample = Explorar el taller de ejemplo
home-renamed = Se ha cambiado el nombre de «{ $before }» a «{ $after }»
home-deleted = Se ha eliminado «{ $title }»
home-rename-heading = Cambiar el nombre del taller
home-rename = Cambiar nombre
home-delete-heading = ¿Eliminar «{ $title }»?
home-delete = Eliminar taller
home-delete-message = Con él se eliminan sus { $participants ->
    [one] { $participants } participante
   *[other] { $participants } participantes
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} y { $boards ->
    [one] { $boards } tablero de recorrido
   *[other] { $boards } tableros de recorrido
}. Puedes deshacerlo hasta que cierres Feltboard.
