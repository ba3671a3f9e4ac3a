# La página que clientes y compañeros abren en el móvil, en el idioma del móvil.

phone-title = Feltboard — únete al taller
phone-need-code-heading = Únete al taller
phone-need-code-hint = Escribe el código que aparece en la pantalla grande.
phone-code-label = Código de la sala
phone-continue = Continuar
phone-welcome = Te damos la bienvenida
phone-welcome-explained = Añade tus propias notas al recorrido, cuenta cómo viviste cada paso y vota. No necesitas cuenta.
phone-joining = Te estás uniendo a «{ $board }», del taller «{ $workshop }».
phone-name-label = Tu nombre, o un alias
phone-here-as = Participas como
phone-role-customer = Cliente
phone-role-team = Parte del equipo
phone-most-like = ¿A cuál de estas personas te pareces más?
phone-none-of-these = A ninguna
phone-quote-me = Pueden citarme con mi nombre en el informe
phone-join = Unirme
phone-hello = Hola,
phone-known = Ya estás en este taller: te añadió el facilitador o te uniste antes. ¿No eres tú?
phone-not-me = Unirme con otro nombre
phone-tab-note = Añadir una nota
phone-tab-rate = Valorar pasos
phone-tab-vote = Votar
phone-tab-vote-left = Votar ({ $left })
phone-at-which-step = ¿En qué paso?
phone-what-is-it = ¿Qué es?
phone-your-note = Tu nota
phone-note-placeholder = ¿Qué hiciste, pensaste o sentiste aquí?
phone-send-note = Enviar nota
phone-rate-hint = ¿Cómo viviste cada paso? De molesto a encantado.
phone-vote-closed = La votación se abre cuando lo diga el facilitador.
phone-dots-left = { $left ->
    [one] Te queda { $left } punto
   *[other] Te quedan { $left } puntos
}

## Lo que responde la sala.
phone-note-sent = Enviada. Llegará al tablero cuando el facilitador la haya leído.
phone-rating-saved = Gracias: tu valoración ya está en la curva.
phone-rating-taken-back = Valoración retirada.
phone-dot-placed = Punto colocado.
phone-dot-taken-back = Punto retirado.
phone-all-dots-placed = Todos tus puntos están en el tablero. ¡Gracias!
phone-refused-no-code = Falta el código de la sala: escanea el código QR o escribe el código de la pantalla.
phone-refused-wrong-code = Ese no es el código de la sala que está abierta ahora.
phone-refused-slow-down = Eso ha sido mucho de golpe: espera unos segundos y vuelve a enviarlo.
phone-refused-not-in = Este móvil aún no está en la sala (o la sala se ha vuelto a abrir): únete primero.
phone-refused-full = La sala está llena.
phone-refused-voting-closed = La votación no está abierta ahora.
phone-refused-closed = La sala se ha cerrado.
phone-refused-too-much = Es demasiado para enviarlo de una vez.
phone-refused-unreadable = No se ha podido leer la solicitud.
phone-refused-unexpected = La solicitud no es lo que espera la sala.
phone-refused-nothing-here = Aquí no hay nada.
phone-refused-trouble = Algo ha fallado en el portátil del facilitador; no se ha guardado nada.

## El script de la página.
phone-js-unreachable = No se puede conectar con la sala. ¿Estás en la misma wifi que el facilitador?
phone-js-refused = La sala ha dicho que no ({ $status }).
phone-js-how-it-felt = Cómo viviste { $step }
phone-js-yours = tuyos
phone-js-add-dot = + punto
phone-js-take-dot = − punto
phone-js-take-dot-label = Retirar un punto
