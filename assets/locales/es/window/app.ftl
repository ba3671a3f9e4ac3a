# La ventana en su conjunto: el idioma, el menú, los atajos de teclado.

language-label = Idioma
language-title = El idioma de la ventana de Feltboard; cada taller tiene el suyo para su PDF y sus móviles

## Se dice en toda la ventana

app-cancel = Cancelar
app-close = Cerrar
# La segunda pulsación de un botón de eliminar que pide confirmación en el sitio vuelve atrás en vez de eliminar.
app-keep = Conservar
# Quita un aviso del pie de la ventana.
app-dismiss = Descartar
app-undo = Deshacer
app-nothing-to-undo = No hay nada que deshacer.
app-nothing-to-redo = No hay nada que rehacer.
# $change nombra lo que se ha deshecho o rehecho: "Se ha eliminado «Devoluciones»".
app-undone = Deshecho: { $change }
app-redone = Rehecho: { $change }
app-imported = Se ha importado «{ $title }»
app-file-unreadable = No se ha podido leer «{ $name }».
# La ventana de Feltboard no pudo comunicarse con su núcleo; $detail es el motivo técnico, en inglés.
app-ipc-failed = Feltboard no ha podido hacerlo: { $detail }

## La pantalla de problema: no se puede usar el almacén de talleres

app-problem-already-open = Feltboard ya está abierto
app-problem-already-open-advice = Cambia a la ventana de Feltboard que ya está abierta. Para abrir otro Feltboard a la vez, inícialo con otra carpeta de datos.
app-problem-cannot-open = Feltboard no puede abrir tus talleres
app-problem-cannot-open-advice = Tus talleres están intactos. Soluciona el problema indicado arriba y vuelve a iniciar Feltboard. Para empezar sin ningún taller, inícialo con otra carpeta de datos (--data-dir).
app-problem-data-folder = Carpeta de datos
# Dónde está la carpeta de datos, cuando Feltboard ni siquiera pudo preguntarlo.
app-problem-data-folder-unknown = desconocida

## Algo ha fallado dentro de Feltboard

app-trouble-heading = Algo ha fallado dentro de Feltboard
# $nothingLost es app-trouble-nothing-lost, en negrita.
app-trouble-saved = { $nothingLost } cada cambio se guardó en el momento en que lo hiciste.
app-trouble-nothing-lost = No se ha perdido nada:
app-trouble-restart = Si Feltboard deja de responder, ciérralo y vuelve a abrirlo; tus talleres estarán como los dejaste.
# $folder es dónde está el registro, mostrado como una ruta.
app-trouble-log = Lo que ha pasado está escrito en el registro, en { $folder }, para quien te ayude.
app-trouble-carry-on = Continuar

## Ayuda → Atajos de teclado

app-shortcuts-heading = Atajos de teclado
app-shortcuts-board = En un tablero
app-shortcuts-pick-cell = Seleccionar una celda
app-shortcuts-first-last = Primer o último paso
app-shortcuts-start-card = Empezar una tarjeta en la celda seleccionada
app-shortcuts-edit-card = Editar la tarjeta seleccionada
app-shortcuts-delete-cards = Eliminar las tarjetas seleccionadas
app-shortcuts-pick-several = Seleccionar varias tarjetas
app-shortcuts-let-go = Deseleccionar las tarjetas
app-shortcuts-next-stage = Etapa siguiente o anterior, de una en una
app-shortcuts-move-board = Desplazar el tablero
# $key es la tecla ?, mostrada como una tecla.
app-shortcuts-room = En modo sala, { $key } muestra las teclas para el proyector.

## Los nombres de las teclas, como aparecen en el teclado

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Mayús
app-key-home = Inicio
app-key-end = Fin
app-key-enter = Intro
app-key-delete = Supr
app-key-escape = Esc
app-key-page-up = RePág
app-key-page-down = AvPág
app-key-any-letter = Cualquier letra
app-key-ctrl-click = Ctrl+clic
app-key-space-drag = Espacio+arrastrar

## La barra de menús: los títulos de sus menús, con & delante de la letra que abre el menú con Alt,
## y el nombre de cada elemento cuando la pantalla no le da uno propio

menu-title-file = &Archivo
menu-title-edit = &Edición
menu-title-view = &Ver
menu-title-room = &Sala
menu-title-help = A&yuda
menu-new = Nuevo…
menu-import = Importar un archivo de taller…
menu-export = Exportar…
menu-back = Volver
menu-quit = Salir de Feltboard
menu-undo = Deshacer
menu-redo = Rehacer
menu-find = Buscar…
menu-rate = Cómo se vivió este paso…
menu-supports = Respalda una oportunidad…
menu-zoomIn = Acercar
menu-zoomOut = Alejar
menu-fit = Ajustar el tablero
menu-focusView = Una etapa a la vez
menu-room = Abrir la sala
menu-roomMode = Modo sala (proyector)
menu-voting = Abrir la votación
menu-shortcuts = Atajos de teclado

menu-system-cut = Cortar
menu-system-copy = Copiar
menu-system-paste = Pegar
menu-system-select-all = Seleccionar todo
menu-system-about = Acerca de Feltboard
