# La sala: los móviles que se unen a un tablero, la cola de sus notas, la votación con puntos y el
# modo sala en el proyector.

## Abrir y cerrar la sala

room-label = La sala
room-button = Sala { $code }
room-open = Abrir la sala
room-open-title = Deja que la gente de la sala añada notas, valore y vote desde el móvil
room-move-here = Traer la sala aquí
room-close = Cerrar la sala
room-toggle-panel-title = Mostrar u ocultar la sala junto al tablero
room-back = Volver a la sala
room-is-open = La sala está abierta
room-is-open-waiting = La sala está abierta · { $count } en espera
room-closed = La sala está cerrada: los móviles ya no pueden enviar nada.
room-closed-waiting = La sala está cerrada. { $count ->
    [one] Te espera { $count } nota; volverá a la cola cuando abras de nuevo la sala.
   *[other] Te esperan { $count } notas; volverán a la cola cuando abras de nuevo la sala.
}
# El número de notas de los móviles que esperan aprobación.
room-waiting-count = { $count } en espera

## Unirse

room-join = Unirse
room-join-code = Código para unirse
# La opción se muestra tal como se escribe en la línea de comandos.
room-only-this-laptop = Solo este portátil puede unirse: Feltboard se inició con { $option }.
room-no-network = Este portátil no está en ninguna red, así que los móviles no pueden llegar a él. Conéctate a la wifi de la sala y luego cierra la sala y vuelve a abrirla.
room-no-phone = Aún no se ha unido ningún móvil
room-phones = { $count ->
    [one] Se ha unido { $count } móvil
   *[other] Se han unido { $count } móviles
}
room-phones-label = Móviles en la sala
# Alguien que se unió desde más de un móvil.
room-device-phones = { $name } ({ $count ->
    [one] { $count } móvil
   *[other] { $count } móviles
})
room-send-away = Desconectar
room-send-away-label = Desconectar el móvil de { $name }
room-device-left = El móvil de { $name } ha salido de la sala
room-join-heading = Únete desde tu móvil
# La dirección se muestra aparte, en negrita.
room-join-how = Escanea el código, o abre { $address } y escribe el código:
room-join-small-print = La misma wifi que este portátil. Sin app y sin cuenta.

## La cola de notas de los móviles

room-queue = Notas en espera
room-waiting = En espera
room-queue-empty = Las notas enviadas desde los móviles esperan aquí hasta que las apruebes.
room-approve-all = Aprobar todas
room-note-from = Nota de { $name }
room-note-from-someone = Nota de un participante
room-note-someone = Alguien
room-note-customer = { $name } · cliente
# Adónde va una nota cuando su paso o su carril ya no está en el tablero.
room-note-a-step = un paso
room-note-a-lane = un carril
room-note-edit-label = Editar la nota
room-approve = Aprobar
room-approve-edited = Aprobar editada
room-edit = Editar
room-reject = Rechazar
room-approved = Se ha aprobado «{ $text }»
room-approved-notes = { $count ->
    [one] Se ha aprobado { $count } nota
   *[other] Se han aprobado { $count } notas
}
room-rejected = Se ha rechazado «{ $text }»

## Votación con puntos

room-dot-voting = Votación con puntos
room-voting-open = La votación está abierta: { $budget ->
    [one] { $budget } punto por persona.
   *[other] { $budget } puntos por persona.
}
room-dots-per-person = Puntos por persona
room-open-voting = Abrir la votación
room-close-voting = Cerrar la votación
room-open-first = Abre primero la sala para que los móviles puedan votar.

## Modo sala, en el proyector

room-mode = Modo sala
room-mode-title = Pantalla completa para el proyector ({ $key })
room-silent-writing = Escritura en silencio
room-silent-writing-on = Escritura en silencio: las notas nuevas quedan boca abajo hasta que las reveles ({ $key }).
room-notes-revealed = Notas reveladas.
room-mode-voting = Votación · { $budget ->
    [one] { $budget } punto por persona
   *[other] { $budget } puntos por persona
} · { $placed } colocados
room-dots-revealed = Puntos revelados
room-timer = Temporizador
room-time-up = Se acabó el tiempo
# T es la tecla que pone en marcha el temporizador.
room-timer-idle = T · temporizador
# Las teclas: cada letra es la propia tecla (A, T, W, V, R, J); se dejan tal cual.
room-mode-keys-hint = ← → etapa (en todo el tablero: mover la vista) · ↑ ↓ desplazarse · A todo el tablero · T temporizador · W escritura en silencio · V votación · R revelar puntos · J unirse · ? teclas · Esc salir
room-keys = Teclas
room-key-right = Derecha
room-key-left = Izquierda
room-key-down = Abajo
room-key-up = Arriba
room-key-escape = Esc
room-key-next-stage = Etapa siguiente (en todo el recorrido: mover la vista a la derecha)
room-key-previous-stage = Etapa anterior (en todo el recorrido: mover la vista a la izquierda)
room-key-scroll-down = Bajar por los carriles
room-key-scroll-up = Subir por los carriles
room-key-whole-or-one = Todo el tablero / una etapa
room-key-timer = Iniciar o pausar el temporizador
room-key-minute-more = Un minuto más
room-key-minute-less = Un minuto menos
room-key-silent-writing = Activar la escritura en silencio / revelar
room-key-voting = Abrir o cerrar la votación
room-key-reveal = Revelar u ocultar los puntos
room-key-join = Mostrar cómo unirse
room-key-keys = Estas teclas
room-key-leave = Salir del modo sala

## La red de la sala

# Una red del portátil, como la nombra el panel de la sala: su tipo y la dirección que abren los móviles.
room-network = { $kind ->
    [wifi] Wi-Fi
    [cable] Cable
    [vpn] VPN
    [virtual] Red virtual
   *[other] Red
} · { $address }
room-on-network = Red: { $network }
room-network-pick = Red
room-network-pick-title = La red en la que están los móviles de la sala
room-only-vpn = La sala está solo en este portátil: sus únicas redes son una VPN o redes virtuales, que los móviles de la sala no alcanzan. Elige una abajo si la alcanzan.
room-network-gone = Este portátil ha salido de { $address }, así que los móviles no alcanzan la sala allí. Elige la red en la que están.
room-moved = La sala está ahora en esta red: { $network }. Los móviles escanean el nuevo código y vuelven a entrar, con sus puntos.
room-cant-join = ¿Los móviles no pueden entrar?
room-cant-join-same-network = Los móviles deben estar en la misma red que este portátil: la misma Wi-Fi, no los datos móviles.
room-cant-join-guest = Las Wi-Fi de invitados suelen aislar los dispositivos (aislamiento de clientes): entonces ningún móvil alcanza el portátil. Usa otra red, o el punto de acceso del portátil.
room-cant-join-firewall = Si el sistema pregunta si Feltboard puede aceptar conexiones, permítelo en las redes privadas.
