# Archivos: exportar un taller o un tablero, importar un archivo de taller.

## Exportar

files-export-heading = Exportar
files-what = Qué
files-pdf = Documento PDF
files-pdf-hint = Todo el taller, para las partes interesadas
files-png = Imagen PNG
files-png-hint = Un tablero, para una diapositiva o una pared
files-png-note = Todo el tablero en una imagen, dibujado como en el PDF.
files-csv = Hoja de cálculo CSV
files-csv-hint = Las tarjetas de un tablero, para una hoja de cálculo
files-csv-note = Una fila por tarjeta: etapa, paso, carril, tipo, texto, quién, responsable, métrica, meta, estado, votos, evidencia.
files-decisions = Lo que decidimos (CSV)
files-decisions-hint = Cada oportunidad, ordenada por puntos, para hacer el seguimiento
files-decisions-note = Una fila por cada oportunidad de cada tablero, primero las más votadas: responsable, métrica y meta, estado, votos y su evidencia.
# El nombre que se propone para el archivo de decisiones; $workshop es el título del taller.
files-decisions-file = { $workshop } — lo que decidimos
files-workshop-file = Archivo de taller
files-workshop-file-hint = Todo, para abrirlo en Feltboard en otro portátil
files-workshop-file-note = Todo el taller (participantes, personas con sus retratos, tableros, tarjetas y valoraciones) en un solo archivo. Impórtalo desde la pantalla de talleres.
files-paper = Papel
files-paper-size = Tamaño del papel
files-paper-letter = Carta (EE. UU.)
files-include = Incluir, después de la portada
files-include-personas = Personas
files-include-boards = Tableros de recorrido
files-include-summary = Resumen
files-board = Tablero
files-preview = Vista previa
files-pages = { $count ->
    [one] { $count } página
   *[other] { $count } páginas
}
files-pages-updating = { $count ->
    [one] { $count } página · actualizando…
   *[other] { $count } páginas · actualizando…
}
# Una página de la vista previa, para los lectores de pantalla.
files-page = Página { $number }
# Las páginas que la vista previa deja fuera.
files-more-pages = …y { $count } más.
files-drawing = Dibujando las páginas…
files-export = Exportar…
files-exporting = Exportando…
# $path es dónde se guardó el archivo.
files-saved = Se ha guardado { $path }

## Importar

files-import-heading = Importar un taller
# El tipo de archivo, en el diálogo del sistema para elegir uno.
files-workshop-file-kind = Archivo de taller de Feltboard
# $file es el nombre del archivo, en negrita.
files-import-given = ¿Importar el taller de { $file }? Se importa todo lo que contiene: participantes, personas, tableros y sus tarjetas.
files-import-explained = Elige un archivo de taller exportado desde Feltboard (Exportar… → Archivo de taller). Se importa todo lo que contiene: participantes, personas, tableros y sus tarjetas.
files-replace = Sustituir el taller del que procede, si está aquí
files-replace-explained = Si no, se importa como una copia junto a él. Un taller sustituido se puede recuperar con Deshacer.
files-import = Importar
files-importing = Importando…
files-choose-file = Elegir el archivo…
