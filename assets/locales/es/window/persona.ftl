# Personas: la galería de personas de un taller, y una persona en su página.

## La galería

persona-gallery = Personas
# Archivo → Nuevo… del menú, en las personas.
persona-menu-new = Nueva persona…
persona-search = Buscar personas
persona-new = Nueva persona
persona-new-title = Nueva persona ({ $key })
persona-empty = ¿Quién es tu cliente… y quién no?
persona-empty-explained = Crea personas con la gente de la sala: sus objetivos, necesidades y puntos de dolor, con sus propias palabras. Marca como antipersonas las que decidas no atender.
persona-create-first = Crear la primera persona
persona-no-match = Ninguna persona coincide con «{ $search }»
persona-clear-search = Borrar la búsqueda
persona-duplicate = Duplicar
persona-copy-to = Copiar en…
persona-delete = Eliminar
persona-added = Se ha añadido una persona
persona-duplicated = Se ha duplicado la persona { $name }
persona-duplicated-unnamed = Se ha duplicado la persona
persona-deleted = Se ha eliminado la persona { $name }
persona-deleted-unnamed = Se ha eliminado la persona
persona-copied = Se ha copiado la persona { $name } en «{ $workshop }»
persona-moved = Se ha movido la persona { $name }
persona-delete-heading = ¿Eliminar la persona { $name }?
persona-delete-heading-unnamed = ¿Eliminar esta persona?
persona-delete-message = Los tableros que siguen a esta persona conservan sus tarjetas. Puedes deshacerlo hasta que cierres Feltboard.
persona-delete-confirm = Eliminar persona

## Una persona en la galería

# Las teclas a las que responde el nombre de una persona, en su descripción emergente.
persona-card-keys = Abrir (Intro) · Mover (Alt+← →) · Eliminar (Supr)
persona-card-anti = ⊘ Antipersona: no es a quien atendemos
persona-card-research = ✓ Investigación · { $interviews ->
    [one] { $interviews } entrevista
   *[other] { $interviews } entrevistas
}
persona-card-assumed = ? Protopersona: una suposición del equipo
persona-card-why-not = Por qué no:

## La página de una persona

# Archivo → Volver del menú, en una persona.
persona-menu-back = Volver a las personas
persona-back = ← Personas
persona-back-title = Volver a las personas ({ $key })
persona-all-saved = Todos los cambios están guardados
# El nombre de la página para los lectores de pantalla.
persona-page = Persona { $name }
persona-name = Nombre
persona-name-example = Su nombre
persona-role = Rol o segmento
persona-avatar-colour = Color del avatar
persona-quote = Cita, con sus propias palabras
persona-quote-example = Una cita, con sus propias palabras
persona-evidence = En qué se basa
persona-assumed = Protopersona (suposición)
persona-research = Basada en investigación
persona-interviews = Entrevistas
persona-sources = Fuentes
persona-assumed-from = En qué se basa la suposición del equipo
persona-anti = Antipersona: alguien a quien decidimos no atender
persona-anti-reason = Por qué decidimos no atender a esta persona
persona-story = Su historia
persona-story-example = Unas frases sobre su vida, en la situación que nos interesa
persona-goals = Objetivos
persona-goals-example = Lo que quiere conseguir, no tareas
persona-needs = Necesidades
persona-needs-example = Lo que necesita de nosotros
persona-pain-points = Puntos de dolor
persona-pain-points-example = Lo que le pone trabas
persona-behaviours = Comportamientos
persona-behaviours-example = Lo que hace habitualmente
persona-channels = Canales
persona-channels-example = Dónde nos encuentra
persona-wants-to-feel = Quiere sentirse
persona-wants-to-feel-example = Con el control, con confianza, …
persona-edited = Se ha editado la persona { $name }
# Una línea de una lista, para los lectores de pantalla: "Objetivos, elemento 1 de 3".
persona-list-item = { $list }, elemento { $number } de { $count }

## El mapa de empatía

persona-empathy-map = Mapa de empatía
persona-says = Dice
persona-thinks = Piensa
persona-does = Hace
persona-feels = Siente

## El retrato

# En el retrato, cuando no tiene: las palabras visibles del botón.
persona-portrait-add = Añadir retrato
# El nombre completo del mismo botón, que empieza por sus palabras visibles.
persona-portrait-add-of = Añadir retrato de { $name }
persona-portrait-change = Cambiar
persona-portrait-change-of = Cambiar el retrato de { $name }
persona-portrait-file = Archivo de imagen del retrato
persona-portrait-remove = Quitar retrato
persona-portrait-new = Se ha puesto un retrato nuevo a { $name }
persona-portrait-removed = Se ha quitado el retrato de { $name }
persona-new-name = Nueva persona
