# Un taller: sus tableros de recorrido, personas y participantes; un taller en Inicio.

workshop-boards = Tableros de recorrido
workshop-personas = Personas
workshop-participants = Participantes
workshop-parts = Partes del taller
workshop-back = ← Talleres
workshop-back-title = Volver a los talleres (Esc)
# Archivo → Volver del menú, en un taller.
workshop-menu-back = Volver a los talleres
workshop-edit-details = Editar detalles
workshop-export = Exportar…
workshop-export-title = Exportar un PDF, una imagen o una hoja de cálculo ({ $key })
workshop-facilitated-by = Facilitado por { $name }
workshop-details-heading = Detalles del taller
workshop-save = Guardar
workshop-saved-details = Se han guardado los detalles de «{ $title }»

## Un taller en Inicio

# Las teclas a las que responde el título de un taller, en su descripción emergente.
workshop-card-keys = Abrir (Intro) · Cambiar nombre (F2) · Eliminar (Supr)
workshop-card-counts = { $participants ->
    [one] { $participants } participante
   *[other] { $participants } participantes
} · { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
} · { $boards ->
    [one] { $boards } tablero
   *[other] { $boards } tableros
}
workshop-card-open = Abrir
workshop-card-rename = Cambiar nombre
workshop-card-rename-title = Cambiar nombre (F2)
workshop-card-delete = Eliminar
workshop-card-delete-title = Eliminar (Supr)

## Los detalles de un taller

workshop-title = Título
workshop-title-example = Devolver un pedido en línea
workshop-question = La pregunta que explora
workshop-question-example = ¿Dónde perdemos a la gente cuando devuelve algo?
workshop-date = Fecha
# Una fecha como la escribiría el facilitador, de la forma en que el núcleo la lee.
workshop-date-example = 22 de noviembre de 2026
workshop-place = Lugar
workshop-place-example = Tienda de Sevilla, sala de reuniones
workshop-facilitator = Facilitador
workshop-language = Idioma
workshop-language-title = El idioma del PDF del taller y de su página para móviles, para los móviles que no usan ninguno de los idiomas de Feltboard

## Tableros de recorrido

# Archivo → Nuevo… del menú, en los tableros.
workshop-menu-new-board = Nuevo tablero…
workshop-new-board = Nuevo tablero
workshop-new-board-title = Nuevo tablero ({ $key })
workshop-start-to-be = Empezar el recorrido deseado
workshop-start-to-be-title = Una copia para rediseñar, comparada paso a paso con este
workshop-duplicate = Duplicar
workshop-delete = Eliminar
workshop-boards-empty = Traza el recorrido con la sala
workshop-boards-empty-explained = Un tablero de recorrido sigue a una o más personas por las etapas de su recorrido: lo que hacen, piensan y sienten.
workshop-start-board = Empezar un tablero
workshop-board-added = Se ha añadido un tablero
workshop-board-duplicated = Se ha duplicado «{ $title }»
workshop-board-to-be-started = Se ha empezado el recorrido deseado de «{ $title }»
workshop-board-deleted = Se ha eliminado «{ $title }»
workshop-delete-board-heading = ¿Eliminar «{ $title }»?
workshop-delete-board-message = { $cards ->
    [one] Con él se eliminan su tarjeta y sus curvas. Puedes deshacerlo hasta que cierres Feltboard.
   *[other] Con él se eliminan sus { $cards } tarjetas y sus curvas. Puedes deshacerlo hasta que cierres Feltboard.
}
workshop-delete-board = Eliminar tablero
workshop-board-open-title = Abrir el tablero
# $persona es el nombre de la primera persona, en negrita; $others, los nombres de las demás; $beside, cuántas más hay.
workshop-board-journey = { $beside ->
    [0] El recorrido de { $persona }
   *[other] El recorrido de { $persona }, junto a { $others }
}
workshop-board-to-be-journey = { $beside ->
    [0] El recorrido deseado de { $persona }
   *[other] El recorrido deseado de { $persona }, junto a { $others }
}
workshop-board-to-be = Un recorrido deseado
workshop-board-stages = Etapas
workshop-board-counts = { $stages ->
    [one] { $stages } etapa
   *[other] { $stages } etapas
} · { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
} · { $cards ->
    [one] { $cards } tarjeta
   *[other] { $cards } tarjetas
}

## Un tablero de recorrido nuevo

workshop-new-board-heading = Nuevo tablero de recorrido
workshop-start-from = Empezar desde
workshop-blank-board = Un tablero en blanco
workshop-blank-board-explained = Aún sin etapas ni carriles: construye el marco con la sala.
workshop-board-title-example = ¿El recorrido de quién, haciendo qué?
workshop-create-board = Crear tablero

## Copiar una persona a otro taller

# $what es el nombre de la persona.
workshop-copy-heading = Copiar { $what } en otro taller
workshop-copy-none = Todavía no hay ningún otro taller. Crea uno primero en la pantalla de inicio.
workshop-copy-choice = Taller
workshop-copy = Copiar

## Participantes

workshop-participants-summary = { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}, { $team } del equipo y { $stakeholders ->
    [one] { $stakeholders } parte interesada
   *[other] { $stakeholders } partes interesadas
}. Las citas de quienes no han aceptado que se les nombre se atribuyen de forma anónima.
workshop-participants-empty = ¿Quién está en la sala?
workshop-participants-empty-explained = Añade a los clientes, compañeros y partes interesadas que participan. Sus notas llevan su nombre, o son anónimas si lo prefieren.
workshop-add-participant = Añadir un participante
workshop-add-participant-example = Nombre o alias, y luego Intro
workshop-kind = Tipo
workshop-kind-customer = Cliente
workshop-kind-team = Equipo
workshop-kind-stakeholder = Parte interesada
workshop-add = Añadir
workshop-participant-name = Nombre o alias
workshop-most-like = Se parece más a
workshop-most-like-none = Ninguna de las personas
workshop-quote-by-name = Citar con su nombre
workshop-colour = Color
workshop-remove = Quitar
workshop-remove-name = Quitar a { $name }
workshop-remove-heading = ¿Quitar a { $name }?
workshop-remove-message = Sus notas y valoraciones se quedan en los tableros, sin su nombre. Puedes deshacerlo hasta que cierres Feltboard.
workshop-participant-changed = Se han cambiado los datos de { $name }
workshop-participant-removed = Se ha quitado a { $name }
