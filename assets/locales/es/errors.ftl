# Lo que ha salido mal, tal como lo dicen la ventana, los móviles y feltboard-cli: los errores
# del núcleo (error-*), los campos y las cosas que nombran (field-*, thing-*, items-*), y los
# motivos y consejos que dan (reason-*, advice-*, found-*, wanted-*).
#
# Una frase que nombra un campo o una cosa concuerda con él: el nombre da su forma
# (.form = masculine, feminine, plural, feminine-plural…), y la frase da cada forma que se
# escribe distinto como atributo con ese nombre (.feminine = …); una forma que falta en una
# frase se dice como su valor, y una forma plural, primero como su .plural.

## Los errores.

error-blank = { $field } no puede estar vacío.
    .feminine = { $field } no puede estar vacía.
    .plural = { $field } no pueden estar vacíos.
    .feminine-plural = { $field } no pueden estar vacías.
error-too-long = { $field } es demasiado largo: { $length } caracteres, y caben como máximo { $max }.
    .feminine = { $field } es demasiado larga: { $length } caracteres, y caben como máximo { $max }.
    .plural = { $field } son demasiado largos: { $length } caracteres, y caben como máximo { $max }.
    .feminine-plural = { $field } son demasiado largas: { $length } caracteres, y caben como máximo { $max }.
error-invalid = { $field } no es válido: { $reason }
    .feminine = { $field } no es válida: { $reason }
    .plural = { $field } no son válidos: { $reason }
    .feminine-plural = { $field } no son válidas: { $reason }
error-file-refused = No se puede importar el archivo de taller: { $reason }. No se ha importado nada; { $advice }.
# $place es el lugar del archivo, como una ruta del tipo boards[0].cards[12].text.
error-file-refused-at = No se puede importar el archivo de taller (en { $place }): { $reason }. No se ha importado nada; { $advice }.
error-not-found = Ese { $entity } ya no existe; puede que se haya eliminado.
    .feminine = Esa { $entity } ya no existe; puede que se haya eliminado.
error-queue-full-yours = Tienes { $max } notas esperando al facilitador: envía más cuando las haya leído.
error-queue-full = El facilitador tiene { $max } notas por leer: envía la tuya dentro de un momento.
error-no-dots-left = Ya has usado los { $budget } puntos.
error-already-open = Feltboard ya está abierto con la carpeta de datos { $path }. Usa esa ventana o ciérrala primero.
error-edited-migration = Estos datos se crearon con una migración de esquema { $number } distinta de la de este Feltboard; se han dejado tal como estaban. Una migración publicada nunca debe modificarse.
error-no-store = No hay datos de Feltboard en { $path }.
error-store-needs-update = Los datos de { $path } los creó una versión anterior de Feltboard. Abre Feltboard una vez para actualizarlos.
error-data-folder-not-writable = Feltboard no puede escribir en la carpeta de datos { $path }: { $reason }
error-not-a-database = { $path } no es una base de datos de Feltboard, o está dañada. Se ha dejado exactamente como estaba; muévela a otro sitio para empezar de cero, o restáurala desde una copia de seguridad.
error-newer-store = { $path } lo escribió una versión más reciente de Feltboard (versión de datos { $found }; esta conoce hasta la { $known }). Actualiza Feltboard para abrirlo; no se ha cambiado nada.
error-disk-full = El disco está lleno, así que el último cambio no se ha podido guardar. Libera espacio y vuelve a intentarlo.
error-busy = Otro programa está usando la base de datos; el cambio no se ha guardado. Vuelve a intentarlo dentro de un momento.
error-store-file-as-target = { $path } es donde Feltboard guarda sus talleres. Guarda con otro nombre o en otra carpeta; no se ha escrito nada.
error-not-read = { $what } no se puede usar: { $reason }.
error-not-written = No se ha podido escribir { $path }: { $reason }. No se ha cambiado nada allí.
error-too-many = { $count } { $items } son demasiados: caben como máximo { $max }.
    .feminine-plural = { $count } { $items } son demasiadas: caben como máximo { $max }.
# $problem son las palabras de la propia base de datos.
error-database = La base de datos ha informado de un error: { $problem }
# $problem son las palabras del propio sistema.
error-io = No se ha podido leer o escribir un archivo: { $problem }

## Los fallos propios de la ventana y de la sala.

error-room-closed = La sala está cerrada; ábrela primero.
error-room-network-gone = Este portátil ya no está en la red de { $address }; elige otra.
# $problem son las palabras del propio sistema.
error-room-not-listening = La sala no ha podido empezar a esperar a los móviles: { $problem }.
# $problem son las palabras del propio sistema.
error-export-stopped = La exportación se ha detenido inesperadamente: { $problem }
# $problem son las palabras de la propia biblioteca de ventanas.
error-window-trouble = La ventana no ha podido hacerlo: { $problem }
# $problem son las palabras de la propia biblioteca de dibujo.
error-pdf-not-made = No se ha podido crear el PDF: { $problem }
error-json-not-written = No se ha podido escribir el taller como JSON: { $problem }

## Los campos en los que se escribió un texto o una elección rechazados, como sujeto de una frase.

field-title = El título
    .form = masculine
field-question = La pregunta
    .form = feminine
field-date = La fecha
    .form = feminine
field-place = El lugar
    .form = masculine
field-facilitator = El nombre del facilitador
    .form = masculine
field-notes = Las notas
    .form = feminine-plural
field-name = El nombre
    .form = masculine
field-colour = El color
    .form = masculine
field-avatar-colour = El color del avatar
    .form = masculine
field-role = El rol
    .form = masculine
field-quote = La cita
    .form = feminine
field-story = La historia
    .form = feminine
field-sources = Las fuentes
    .form = feminine-plural
# Por qué el equipo decide no atender a una antipersona.
field-reason = El motivo
    .form = masculine
field-goal = Un objetivo
    .form = masculine
field-need = Una necesidad
    .form = feminine
field-pain-point = Un punto de dolor
    .form = masculine
field-behaviour = Un comportamiento
    .form = masculine
field-channel = Un canal
    .form = masculine
field-feeling = Una sensación
    .form = feminine
field-says = Un elemento de «Dice»
    .form = masculine
field-thinks = Un elemento de «Piensa»
    .form = masculine
field-does = Un elemento de «Hace»
    .form = masculine
field-feels = Un elemento de «Siente»
    .form = masculine
field-portrait = El retrato
    .form = masculine
# La persona a la que más se parece un participante, tal como la eligió el facilitador.
field-their-persona = La persona a la que más se parece
    .form = feminine
# La persona a la que más se parece quien usa el móvil, tal como la eligió al unirse.
field-your-persona = La persona a la que más te pareces
    .form = feminine
field-board-title = El título del tablero
    .form = masculine
field-scenario = El escenario
    .form = masculine
field-expectations = Las expectativas
    .form = feminine-plural
field-board-personas = Las personas del tablero
    .form = feminine-plural
field-card-text = El texto de la tarjeta
    .form = masculine
field-owner = El responsable
    .form = masculine
field-metric = La métrica
    .form = feminine
field-target = La meta
    .form = feminine
field-card = La tarjeta
    .form = feminine
field-cell = La celda
    .form = feminine
field-stage-title = El título de la etapa
    .form = masculine
field-step-title = El título del paso
    .form = masculine
field-lane-title = El título del carril
    .form = masculine
field-step = El paso
    .form = masculine
field-emotion-score = La puntuación emocional
    .form = feminine
field-curve = La curva
    .form = feminine
field-evidence = La evidencia
    .form = feminine
field-comparison = La comparación
    .form = feminine
field-template = La plantilla
    .form = feminine
field-sample-workshop = El taller de ejemplo
    .form = masculine
field-note = La nota
    .form = feminine
# Un punto que un móvil pone en una tarjeta.
field-vote = El voto
    .form = masculine
# Un lugar en una lista (una clave de orden que envía la ventana).
field-position = La posición
    .form = feminine
# Un valor que Feltboard recuerda para la ventana de un inicio a otro (su idioma).
field-remembered = El valor que se debe recordar
    .form = masculine
field-workshop-file = El archivo de taller
    .form = masculine

## Las listas de una persona, contadas: «51 objetivos son demasiados».

items-goals = objetivos
    .form = masculine-plural
items-needs = necesidades
    .form = feminine-plural
items-pain-points = puntos de dolor
    .form = masculine-plural
items-behaviours = comportamientos
    .form = masculine-plural
items-channels = canales
    .form = masculine-plural
items-feelings = sensaciones
    .form = feminine-plural
items-says = elementos de «Dice»
    .form = masculine-plural
items-thinks = elementos de «Piensa»
    .form = masculine-plural
items-does = elementos de «Hace»
    .form = masculine-plural
items-feels = elementos de «Siente»
    .form = masculine-plural

## Las cosas de un taller, tal como las nombra una frase: «Ese tablero ya no existe».

thing-workshop = taller
    .form = masculine
thing-participant = participante
    .form = masculine
thing-persona = persona
    .form = feminine
thing-board = tablero
    .form = masculine
thing-stage = etapa
    .form = feminine
thing-step = paso
    .form = masculine
thing-lane = carril
    .form = masculine
thing-card = tarjeta
    .form = feminine
# Una nota que ha enviado un móvil y que espera al facilitador.
thing-note = nota
    .form = feminine
thing-dot = punto
    .form = masculine
thing-cell = celda
    .form = feminine
thing-template = plantilla
    .form = feminine

## Por qué se ha rechazado un valor, tras «… no es válido: ».

# $typed es la fecha tal como se escribió, entre comillas.
reason-not-a-date = { $typed } no es una fecha; escríbela como 2026-11-22 o 22 de noviembre de 2026
reason-date-read-two-ways = { $typed } puede leerse de dos maneras; escríbela como 2026-11-22 o 22 de noviembre de 2026
reason-not-a-day = { $typed } no es un día del calendario; escríbela como 2026-11-22 o 22 de noviembre de 2026
reason-not-a-colour = { $typed } no es un color escrito como #3a7bd5
reason-neighbours-out-of-order = los dos vecinos no están en orden
reason-not-an-order-key = { $key } no es una clave de orden
reason-not-votable = los puntos solo van en puntos de dolor, ideas y oportunidades
reason-not-this-boards-persona = esa no es una de las personas de este tablero
reason-someone-elses-name = «{ $name }» es el nombre con el que el tablero se refiere a otra persona: escribe tu propio nombre o un alias
reason-persona-of-another-workshop = esa persona pertenece a otro taller
reason-score-out-of-range = { $score } está fuera de la escala de −2 (molesto) a +2 (encantado)
reason-rated-curve = la curva valorada contiene las valoraciones de los propios clientes
reason-cards-stay-on-their-board = las tarjetas solo se mueven dentro de su propio tablero
reason-cell-across-boards = su paso y su carril están en tableros distintos
reason-not-a-to-be-journey = este tablero no se empezó a partir de un recorrido actual
reason-as-is-board-gone = el recorrido actual del que partió ya no existe
reason-too-many-board-personas = un tablero sigue como máximo a { $max } personas
reason-personas-of-another-workshop = un tablero sigue a personas de su propio taller
reason-evidence-for-opportunities = solo una oportunidad tiene evidencia; selecciona primero la tarjeta de una oportunidad
reason-own-evidence = una oportunidad no puede ser su propia evidencia
reason-evidence-from-its-board = la evidencia viene del propio tablero de la oportunidad
reason-steps-stay-on-their-board = un paso solo puede moverse dentro de su propio tablero
reason-only-step = es el único paso de la etapa; elimina la etapa en su lugar
reason-too-long-to-remember = ocupa más de { $max } bytes
# $size está en megabytes, con un decimal.
reason-portrait-too-large = el archivo ocupa { $size } MB; elige una imagen de { $max } MB como máximo.
reason-portrait-not-an-image = el archivo no es una imagen PNG, JPEG ni WebP.
# $problem son las palabras de la propia biblioteca de imágenes.
reason-portrait-unreadable = no se ha podido leer la imagen ({ $problem }).
reason-portrait-too-many-pixels = la imagen tiene { $width } × { $height } píxeles; elige una de { $max } millones de píxeles como máximo.
reason-portrait-not-saved = no se ha podido guardar ({ $problem }).
reason-portrait-not-base64 = está dañado: sus datos no están en base64, el texto en el que se escribe una imagen
reason-portrait-not-whole = el archivo no ha llegado completo. Vuelve a elegirlo.
# El taller de ejemplo y las plantillas de tablero que trae Feltboard: un error del propio Feltboard.
reason-sample-unknown-persona = { $participant } se parece más a una persona desconocida, { $persona }
reason-template-unreadable = { $template }: { $problem }
reason-template-unknown-persona = nombra a una persona desconocida, { $name }
reason-template-unknown-as-is-board = nombra un recorrido actual desconocido, { $name }
reason-template-unknown-participant = nombra a un participante desconocido, { $name }
reason-template-unknown-as-is-step = nombra un paso desconocido del recorrido actual, { $name }
reason-template-unknown-lane = nombra un carril desconocido, { $name }
reason-template-not-to-be = el paso { $step } dice lo que era, pero el tablero no es un recorrido deseado (toBeOf)
# $rule es reason-not-votable.
reason-template-dots-not-votable = la tarjeta { $card } tiene puntos; { $rule }
reason-template-evidence-of-no-opportunity = la tarjeta { $card } nombra evidencia, pero solo una oportunidad tiene evidencia
reason-template-evidence-not-on-board = la oportunidad { $card } nombra evidencia que no está en su tablero: { $name }

## Por qué no se puede leer o escribir un archivo, tras «… no se puede usar: » y «No se ha
## podido escribir …: ».

reason-file-too-large = ocupa { $size } MB; se pueden leer como máximo { $max } MB
reason-path-is-a-folder = { $path } es una carpeta, no un archivo
reason-path-is-a-device = { $path } es un dispositivo o una tubería, no un archivo
reason-path-too-large = { $path } ocupa { $size } MB; se pueden leer como máximo { $max } MB
# $why es reason-no-such-file, reason-may-not-read o las palabras del propio sistema.
reason-path-unreadable = no se puede leer { $path }: { $why }
reason-no-such-file = ese archivo no existe
reason-may-not-read = este usuario no tiene permiso para leerlo
reason-names-a-folder = la ruta es una carpeta, no un archivo
# $problem son las palabras del propio sistema.
reason-folder-unusable = no se puede usar su carpeta ({ $problem })
reason-no-home-folder = este sistema no tiene carpeta personal; define { $variable } o usa { $flag }

## Por qué se rechaza un archivo de taller, tras «No se puede importar el archivo de taller: ».

reason-file-not-a-workshop-file = no es un archivo de taller de Feltboard
reason-file-empty = está vacío
reason-file-no-version = no indica qué versión del formato sigue
reason-file-newer = lo creó una versión más reciente de Feltboard (versión del archivo { $version }; esta lee hasta la { $known })
reason-file-unknown-version = { $version } no es una versión del formato que Feltboard haya escrito
reason-file-cut-short = se corta a la mitad, en la línea { $line }, columna { $column }: puede que se truncara al copiarlo
reason-file-not-json = está dañado en la línea { $line }, columna { $column }: eso no es JSON
# $field es un nombre que usa el archivo, como stepId.
reason-file-missing = falta «{ $field }»
reason-file-given-twice = «{ $field }» aparece dos veces
# $choices son las palabras que Feltboard escribe ahí, como «customer, team, stakeholder».
reason-file-not-one-of = «{ $found }» no es ninguna de estas: { $choices }
# $found es un mensaje found-* (o el propio valor); $wanted, un mensaje wanted-*.
reason-file-holds = contiene { $found } donde va { $wanted }
reason-file-unexpected-value = este valor no es lo que Feltboard escribe aquí
# $kind es un mensaje thing-*.
reason-file-id-twice = el id «{ $id }» se usa dos veces; cada { $kind } necesita el suyo
reason-file-refers-to-missing = hace referencia a un { $kind } que el archivo no contiene («{ $id }»)
    .feminine = hace referencia a una { $kind } que el archivo no contiene («{ $id }»)
reason-file-rated-twice = valora el mismo paso en la misma curva que ratings[{ $first }]; un paso tiene un punto por curva y una valoración por persona
# $kind es el tipo de la tarjeta tal como lo escribe el archivo: note o quote. $rule es reason-not-votable.
reason-file-dot-on = pone un punto en { $kind ->
    [quote] una cita
   *[note] una nota
}; { $rule }
reason-file-evidence-for-opportunities = solo una oportunidad tiene evidencia
reason-file-card-or-step = nombra una tarjeta o un paso, exactamente uno de los dos

# Lo que contiene el archivo donde no debe; $value tal como lo escribe el archivo.
found-text = el texto { $value }
found-integer = el número entero { $value }
found-decimal = el número decimal { $value }
found-boolean = el booleano { $value }
found-object = un objeto
found-list = una lista
found-null = null

# Lo que va ahí en su lugar.
wanted-score = un número entero de -2 a 2
wanted-count = un número entero, 0 o más
wanted-text = texto
wanted-boolean = true o false
wanted-list = una lista [ … ]
wanted-object = un objeto {"{"} … {"}"}
wanted-word = una de las palabras que escribe Feltboard
wanted-other = otra cosa

## Qué hacer con un archivo de taller rechazado, tras «No se ha importado nada; ».

advice-export-again = vuelve a exportarlo desde el Feltboard del que procede, o corrígelo en ese punto
advice-choose-a-workshop-file = elige un archivo que Feltboard haya exportado como archivo de taller
advice-update-feltboard = actualiza Feltboard para importarlo
