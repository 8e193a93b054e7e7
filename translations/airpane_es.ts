<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Airpane</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>Airpane::ActionHandler</name>
    <message>
        <source>You are not allowed to do this: the system&apos;s policy (polkit) refused.</source>
        <translation>No tiene permiso para hacerlo: la política del sistema (polkit) lo ha rechazado.</translation>
    </message>
    <message>
        <source>This needs an administrator password, and no authentication agent is running to ask for it.</source>
        <translation>Hace falta una contraseña de administrador y no hay ningún agente de autenticación que la pida.</translation>
    </message>
    <message>
        <source>The Airpane helper went away before it answered; try again in a moment.</source>
        <translation>El asistente de Airpane desapareció antes de responder; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>El asistente de Airpane ha fallado.</translation>
    </message>
    <message>
        <source>Not connected to the Airpane helper; try again once it is back.</source>
        <translation>Sin conexión con el asistente de Airpane; vuelva a intentarlo cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>Airpane::AuthorizationMarker</name>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Pide una contraseña de administrador.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacerlo.</translation>
    </message>
</context>
<context>
    <name>Airpane::BssModel</name>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message numerus="yes">
        <source>One of %n network(s) of the same access point</source>
        <translation>
            <numerusform>Una de %n red del mismo punto de acceso</numerusform>
            <numerusform>Una de %n redes del mismo punto de acceso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilitiesPage</name>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio:</translation>
    </message>
    <message>
        <source>Bands &amp;&amp; channels</source>
        <translation>Bandas &amp;&amp; canales</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;Banda:</translation>
    </message>
    <message>
        <source>HT · VHT · HE · EHT</source>
        <translation>HT · VHT · HE · EHT</translation>
    </message>
    <message>
        <source>Interface combinations</source>
        <translation>Combinaciones de interfaces</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Cifrados</translation>
    </message>
    <message>
        <source>Commands &amp;&amp; features</source>
        <translation>Órdenes &amp;&amp; funciones</translation>
    </message>
    <message>
        <source>No radio to show</source>
        <translation>Ninguna radio que mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n interface type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n tipo de interfaz</numerusform>
            <numerusform>%1 · %2 · %n tipos de interfaz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cipher(s)</source>
        <translation>
            <numerusform>%n cifrado</numerusform>
            <numerusform>%n cifrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n orden</numerusform>
            <numerusform>%n órdenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilityTreeModel</name>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelGraph</name>
    <message>
        <source>DFS (radar detection)</source>
        <translation>DFS (detección de radar)</translation>
    </message>
    <message>
        <source>No transmitting first (no-IR)</source>
        <translation>Sin transmitir primero (no-IR)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Busy time (survey)</source>
        <translation>Tiempo ocupado (medición)</translation>
    </message>
    <message>
        <source>Zoomed: double-click for the whole band</source>
        <translation>Ampliado: doble clic para ver toda la banda</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (conectada)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelModel</name>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>After a radar check</source>
        <translation>Tras comprobar radares</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Radar check (CAC) takes %1 s</source>
        <translation>La comprobación de radares (CAC) dura %1 s</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Potencia máx.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>DFS state</source>
        <translation>Estado DFS</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Passive only</source>
        <translation>Solo pasivo</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelPanel</name>
    <message>
        <source>Show disabled channels</source>
        <translation>Mostrar canales desactivados</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %n canal</numerusform>
            <numerusform>%1 · %n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulatory domain %1, DFS region %2. Max power is the domain&apos;s limit for each channel.</source>
        <translation>Dominio regulatorio %1, región DFS %2. La potencia máx. es el límite del dominio para cada canal.</translation>
    </message>
    <message>
        <source>Max power is the regulatory domain&apos;s limit for each channel.</source>
        <translation>La potencia máx. es el límite del dominio regulatorio para cada canal.</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message>
        <source>Click a network to highlight it.</source>
        <translation>Haga clic en una red para resaltarla.</translation>
    </message>
    <message>
        <source>%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz</source>
        <translation>%1 en 2,4 GHz, %2 en 5 GHz, %3 en 6 GHz</translation>
    </message>
    <message>
        <source>%1 (%2): channel %3, %4 MHz wide around %5 MHz, %6 dBm</source>
        <translation>%1 (%2): canal %3, %4 MHz de ancho en torno a %5 MHz, %6 dBm</translation>
    </message>
    <message>
        <source>Allow DFS channels</source>
        <translation>Permitir canales DFS</translation>
    </message>
    <message>
        <source>%1 MHz AP</source>
        <translation>AP de %1 MHz</translation>
    </message>
    <message>
        <source>The width of the AP the recommendation plans for (2.4 GHz: at most 40 MHz)</source>
        <translation>El ancho del AP para el que se calcula la recomendación (2,4 GHz: como máximo 40 MHz)</translation>
    </message>
    <message>
        <source>Consider channels that need radar detection; an AP there waits a minute before starting and must leave when radar appears</source>
        <translation>Tener en cuenta los canales que requieren detección de radar; un AP en ellos espera un minuto antes de empezar y debe irse cuando aparece un radar</translation>
    </message>
    <message>
        <source>Channel graphs</source>
        <translation>Gráficos de canales</translation>
    </message>
    <message>
        <source>No radio of this machine can use this band.</source>
        <translation>Ninguna radio de este equipo puede usar esta banda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sin recomendación:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Recomendado para %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>no radio</source>
        <translation>ninguna radio</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>ninguna recomendación</translation>
    </message>
    <message>
        <source>recommended %1</source>
        <translation>recomendado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Airpane::Client::Bss</name>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A station, an access point and a P2P group (with its P2P device) run together under this combination.</source>
        <translation>Una estación, un punto de acceso y un grupo P2P (con su dispositivo P2P) funcionan a la vez con esta combinación.</translation>
    </message>
    <message>
        <source>This combination cannot run a station, an access point and a P2P group together.</source>
        <translation>Esta combinación no permite una estación, un punto de acceso y un grupo P2P a la vez.</translation>
    </message>
    <message>
        <source>At most this many interfaces at once, of any type.</source>
        <translation>Como máximo esta cantidad de interfaces a la vez, de cualquier tipo.</translation>
    </message>
    <message>
        <source>All interfaces share one channel.</source>
        <translation>Todas las interfaces comparten un canal.</translation>
    </message>
    <message>
        <source>The interfaces may use up to %1 different channels at once.</source>
        <translation>Las interfaces pueden usar hasta %1 canales distintos a la vez.</translation>
    </message>
    <message>
        <source>Channel widths on which it can check for radars (DFS) under this combination.</source>
        <translation>Anchos de canal en los que puede detectar radares (DFS) con esta combinación.</translation>
    </message>
    <message>
        <source>20 (no HT)</source>
        <translation>20 (sin HT)</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>shares a limit of %1 with %2</source>
        <translation>comparte un límite de %1 con %2</translation>
    </message>
    <message>
        <source>Not in this combination</source>
        <translation>No está en esta combinación</translation>
    </message>
    <message>
        <source>Up to %1 at once</source>
        <translation>Hasta %1 a la vez</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Una a la vez</translation>
    </message>
    <message>
        <source>The driver reports no combinations: one interface at a time.</source>
        <translation>El controlador no indica combinaciones: una interfaz a la vez.</translation>
    </message>
    <message>
        <source>Combination %1</source>
        <translation>Combinación %1</translation>
    </message>
    <message>
        <source>Interfaces at once</source>
        <translation>Interfaces a la vez</translation>
    </message>
    <message>
        <source>Different channels</source>
        <translation>Canales distintos</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Detección de radares</translation>
    </message>
    <message>
        <source>Station + AP + P2P</source>
        <translation>Estación + PA + P2P</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationPanel</name>
    <message>
        <source>Can this radio run at once:</source>
        <translation>¿Puede esta radio usar a la vez:</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>Access points</source>
        <translation>Puntos de acceso</translation>
    </message>
    <message>
        <source>P2P groups</source>
        <translation>Grupos P2P</translation>
    </message>
    <message>
        <source>Mesh points</source>
        <translation>Puntos de malla</translation>
    </message>
    <message>
        <source>a P2P device</source>
        <translation>un dispositivo P2P</translation>
    </message>
    <message>
        <source>Wi-Fi Direct discovery runs on a P2P device next to the group.</source>
        <translation>La búsqueda Wi-Fi Direct se hace en un dispositivo P2P junto al grupo.</translation>
    </message>
    <message>
        <source>Choose a radio.</source>
        <translation>Elija una radio.</translation>
    </message>
    <message>
        <source>The P2P groups can only join others, as clients.</source>
        <translation>Los grupos P2P solo pueden unirse a otros, como clientes.</translation>
    </message>
    <message>
        <source>Only %1 of the P2P groups can be group owner.</source>
        <translation>Solo %1 de los grupos P2P puede ser propietario del grupo.</translation>
    </message>
    <message>
        <source>No. None of the radio&apos;s interface combinations allows these interfaces at once.</source>
        <translation>No. Ninguna combinación de interfaces de la radio permite estas interfaces a la vez.</translation>
    </message>
    <message>
        <source>No. The radio has no %1 at all.</source>
        <translation>No. La radio no admite %1 en absoluto.</translation>
    </message>
    <message>
        <source>Yes. The radio runs one interface at a time, and that is enough.</source>
        <translation>Sí. La radio usa una interfaz a la vez, y con eso basta.</translation>
    </message>
    <message>
        <source>Yes. Combination %1 allows it; all of them share one channel.</source>
        <translation>Sí. La combinación %1 lo permite; todas comparten un canal.</translation>
    </message>
    <message numerus="yes">
        <source>Yes. Combination %1 allows it, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Sí. La combinación %1 lo permite, en hasta %n canal.</numerusform>
            <numerusform>Sí. La combinación %1 lo permite, en hasta %n canales distintos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ConnectionIndicator</name>
    <message>
        <source>Not connected to the Airpane helper</source>
        <translation>Sin conexión con el asistente de Airpane</translation>
    </message>
    <message>
        <source>Connecting to the Airpane helper…</source>
        <translation>Conectando con el asistente de Airpane…</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper</source>
        <translation>Conectado al asistente de Airpane</translation>
    </message>
    <message>
        <source>airpane-helper %1, live</source>
        <translation>airpane-helper %1, en directo</translation>
    </message>
    <message>
        <source>The helper restarted; reconnecting…</source>
        <translation>El asistente se ha reiniciado; reconectando…</translation>
    </message>
    <message>
        <source>What you see is the last state the helper reported.</source>
        <translation>Lo que ve es el último estado que informó el asistente.</translation>
    </message>
    <message>
        <source>Helper unavailable: %1</source>
        <translation>Asistente no disponible: %1</translation>
    </message>
    <message>
        <source>Airpane keeps trying to reach it.</source>
        <translation>Airpane sigue intentando conectar.</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper; reading the radios…</source>
        <translation>Conectado al asistente de Airpane; leyendo las radios…</translation>
    </message>
</context>
<context>
    <name>Airpane::ElementInspector</name>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Seleccione una red para ver sus elementos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n element(s)</source>
        <translation>
            <numerusform>%1 (%2): %n elemento</numerusform>
            <numerusform>%1 (%2): %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ElementTreeModel</name>
    <message>
        <source>ID %1, extension %2</source>
        <translation>ID %1, extensión %2</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (malformed: %2)</source>
        <translation>%1 (mal formado: %2)</translation>
    </message>
    <message>
        <source>Element or field</source>
        <translation>Elemento o campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Airpane::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>nl80211 command</source>
        <translation>Orden nl80211</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>Airpane::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop receiving events; the helper sends none until you resume (%1)</source>
        <translation>Dejar de recibir eventos; el asistente no envía ninguno hasta que reanude (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Forget the events shown (%1)</source>
        <translation>Olvidar los eventos mostrados (%1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulación</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 de %n evento mostrados</numerusform>
            <numerusform>%1 de %n eventos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps the newest %1</source>
        <translation>conserva los %1 más recientes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Ningún evento coincide con los filtros.</translation>
    </message>
    <message>
        <source>Paused: no events arrive until you resume.</source>
        <translation>En pausa: no llegan eventos hasta que reanude.</translation>
    </message>
    <message>
        <source>No events yet. They appear here as the kernel reports them.</source>
        <translation>Aún no hay eventos. Aparecen aquí según los informa el núcleo.</translation>
    </message>
</context>
<context>
    <name>Airpane::HelperClient</name>
    <message>
        <source>The Airpane helper is not installed.</source>
        <translation>El asistente de Airpane no está instalado.</translation>
    </message>
    <message>
        <source>The system bus is not running, so the Airpane helper cannot be reached.</source>
        <translation>El bus del sistema no está en marcha, así que no se puede llegar al asistente de Airpane.</translation>
    </message>
    <message>
        <source>The Airpane helper could not be started.</source>
        <translation>No se pudo iniciar el asistente de Airpane.</translation>
    </message>
    <message>
        <source>The system bus does not let you reach the Airpane helper.</source>
        <translation>El bus del sistema no le permite llegar al asistente de Airpane.</translation>
    </message>
    <message>
        <source>You are not allowed to watch the Wi-Fi radios.</source>
        <translation>No tiene permiso para observar las radios Wi-Fi.</translation>
    </message>
    <message>
        <source>Watching the Wi-Fi radios needs a password, and no authentication agent is running.</source>
        <translation>Observar las radios Wi-Fi requiere una contraseña y no hay ningún agente de autenticación en marcha.</translation>
    </message>
    <message>
        <source>Too many Airpane windows are open; close one.</source>
        <translation>Hay demasiadas ventanas de Airpane abiertas; cierre una.</translation>
    </message>
    <message>
        <source>The Airpane helper does not answer.</source>
        <translation>El asistente de Airpane no responde.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>El asistente de Airpane ha fallado.</translation>
    </message>
</context>
<context>
    <name>Airpane::InterfaceDialog</name>
    <message>
        <source>New Interface</source>
        <translation>Nueva interfaz</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>Cambiar el tipo de %1</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Cam&amp;biar</translation>
    </message>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Pide una contraseña de administrador.</translation>
    </message>
    <message>
        <source>This radio offers no interface type Airpane can create.</source>
        <translation>Esta radio no ofrece ningún tipo de interfaz que Airpane pueda crear.</translation>
    </message>
    <message>
        <source>The interface must be down. The helper checks the radio&apos;s interface combinations when you change it, and says so if they do not allow it.</source>
        <translation>La interfaz debe estar desactivada. El asistente comprueba las combinaciones de interfaces de la radio al cambiarla y avisa si no lo permiten.</translation>
    </message>
    <message>
        <source>Checking whether %1 has room for one more %2…</source>
        <translation>Comprobando si %1 tiene sitio para un %2 más…</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow it.</source>
        <translation>Las combinaciones de interfaces de la radio lo permiten.</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>Permitido. %1</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations do not allow it.</source>
        <translation>Las combinaciones de interfaces de la radio no lo permiten.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>No es posible ahora: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Changing the type…</source>
        <translation>Cambiando el tipo…</translation>
    </message>
</context>
<context>
    <name>Airpane::LinkChart</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>Señal (dBm)</translation>
    </message>
    <message>
        <source>Rate (Mb/s)</source>
        <translation>Velocidad (Mb/s)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Velocidad de emisión</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Velocidad de recepción</translation>
    </message>
</context>
<context>
    <name>Airpane::MainWindow</name>
    <message>
        <source>Radios</source>
        <translation>Radios</translation>
    </message>
    <message>
        <source>The machine&apos;s Wi-Fi radios and the interfaces each one runs: stations, access points, monitors and P2P devices.</source>
        <translation>Las radios Wi-Fi del equipo y las interfaces de cada una: estaciones, puntos de acceso, monitores y dispositivos P2P.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Every network in range, live, with everything each one advertises decoded.</source>
        <translation>Todas las redes al alcance, en directo, con todo lo que anuncia cada una descodificado.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Each network drawn over its real channel width, occupancy, and a channel recommendation that explains itself.</source>
        <translation>Cada red dibujada sobre su ancho de canal real, la ocupación y una recomendación de canal que se explica.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Signal strength over time for the networks you select, and a waterfall of channel occupancy.</source>
        <translation>La intensidad de la señal en el tiempo de las redes elegidas y una cascada de la ocupación de canales.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>Phones, TVs, printers and displays around you that speak Wi-Fi Direct, and why P2P is unavailable when it is.</source>
        <translation>Teléfonos, televisores, impresoras y pantallas cercanos que hablan Wi-Fi Direct, y por qué P2P no está disponible cuando no lo está.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and which interfaces it can run at once.</source>
        <translation>Lo que puede hacer cada radio: bandas y canales, HT/VHT/HE/EHT, cifrados y qué interfaces puede usar a la vez.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>A live log of what the kernel&apos;s Wi-Fi stack reports.</source>
        <translation>Un registro en directo de lo que informa la pila Wi-Fi del núcleo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Airpane</source>
        <translation>&amp;Acerca de Airpane</translation>
    </message>
    <message>
        <source>About Airpane</source>
        <translation>Acerca de Airpane</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;A workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para radios Wi-Fi, interfaces virtuales y Wi-Fi Direct.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Virtual lab</source>
        <translation>Laboratorio virtual</translation>
    </message>
    <message>
        <source>The radios, access points and Wi-Fi Direct peers are simulated: mac80211_hwsim in a virtual machine running Debian&apos;s kernel.</source>
        <translation>Las radios, los puntos de acceso y los pares Wi-Fi Direct son simulados: mac80211_hwsim en una máquina virtual con el núcleo de Debian.</translation>
    </message>
    <message>
        <source>Virtual lab · scenario “%1”</source>
        <translation>Laboratorio virtual · escenario «%1»</translation>
    </message>
    <message>
        <source>Link and clients</source>
        <translation>Enlace y clientes</translation>
    </message>
    <message>
        <source>Your connection live, many times a second, and who is connected to the access points on this machine; without scanning.</source>
        <translation>Su conexión en directo, muchas veces por segundo, y quién está conectado a los puntos de acceso de este equipo; sin exploración.</translation>
    </message>
</context>
<context>
    <name>Airpane::P2pStatusModel</name>
    <message>
        <source>Running (%1)</source>
        <translation>En marcha (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>Dispositivo P2P</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Dirección del dispositivo</translation>
    </message>
    <message>
        <source>Airpane&apos;s (%1)</source>
        <translation>De Airpane (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Airpane::PeerModel</name>
    <message>
        <source>Heard only searching: it has not answered with its own description yet.</source>
        <translation>Solo se le ha oído buscar: aún no ha respondido con su propia descripción.</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Dirección del dispositivo</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Se conecta por</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioListModel</name>
    <message>
        <source>All radios</source>
        <translation>Todas las radios</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioTreeModel</name>
    <message>
        <source>No network device</source>
        <translation>Sin dispositivo de red</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Up, not connected</source>
        <translation>Activa, sin conectar</translation>
    </message>
    <message>
        <source>Up, no link</source>
        <translation>Activa, sin enlace</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n interface(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n interfaz</numerusform>
            <numerusform>%1  ·  %2  ·  %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>A P2P device has no network device; the kernel knows it by its wdev id %1.</source>
        <translation>Un dispositivo P2P no tiene dispositivo de red; el núcleo lo conoce por su identificador wdev %1.</translation>
    </message>
    <message>
        <source>Primary channel %1 MHz</source>
        <translation>Canal principal %1 MHz</translation>
    </message>
    <message>
        <source>Centre frequency %1 MHz</source>
        <translation>Frecuencia central %1 MHz</translation>
    </message>
    <message>
        <source>Second centre frequency %1 MHz</source>
        <translation>Segunda frecuencia central %1 MHz</translation>
    </message>
    <message>
        <source>Operational state reported by the kernel: %1</source>
        <translation>Estado operativo informado por el núcleo: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>wdev %1</source>
        <translation>wdev %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Potencia de emisión</translation>
    </message>
</context>
<context>
    <name>Airpane::RadiosPage</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Radios &amp; interfaces</source>
        <translation>Radios e interfaces</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show the radios and interfaces whose text contains this (%1)</source>
        <translation>Mostrar las radios e interfaces cuyo texto contiene esto (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read every radio and interface again</source>
        <translation>Volver a leer todas las radios e interfaces</translation>
    </message>
    <message>
        <source>New Interface…</source>
        <translation>Nueva interfaz…</translation>
    </message>
    <message>
        <source>Select a radio or an interface to see its details.</source>
        <translation>Seleccione una radio o una interfaz para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n radio(s)</source>
        <translation>
            <numerusform>%n radio</numerusform>
            <numerusform>%n radios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation>
            <numerusform>%n interfaz</numerusform>
            <numerusform>%n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the Airpane helper…</source>
        <translation>Esperando al asistente de Airpane…</translation>
    </message>
    <message>
        <source>The Airpane helper is unavailable: %1</source>
        <translation>El asistente de Airpane no está disponible: %1</translation>
    </message>
    <message>
        <source>This machine has no Wi-Fi radios.</source>
        <translation>Este equipo no tiene radios Wi-Fi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Radio %1</source>
        <translation>Radio %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <source>Interface types</source>
        <translation>Tipos de interfaz</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>A la vez</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 interfaces on %n channel(s)</source>
        <translation>
            <numerusform>Hasta %1 interfaces en %n canal</numerusform>
            <numerusform>Hasta %1 interfaces en %n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Permanecer en un canal</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Regulatory domain</source>
        <translation>Dominio regulatorio</translation>
    </message>
    <message>
        <source>Own regulatory domain</source>
        <translation>Dominio regulatorio propio</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, carrier %2, operational state “%3”</source>
        <translation>%1, portadora %2, estado operativo «%3»</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>on</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Potencia de emisión</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>4-address mode</source>
        <translation>Modo de 4 direcciones</translation>
    </message>
    <message>
        <source>wdev</source>
        <translation>wdev</translation>
    </message>
    <message>
        <source>ifindex</source>
        <translation>ifindex</translation>
    </message>
    <message>
        <source>%1, %2, centre %3 MHz</source>
        <translation>%1, %2, centro %3 MHz</translation>
    </message>
    <message>
        <source>Create an interface on the radio selected (%1)</source>
        <translation>Crear una interfaz en la radio seleccionada (%1)</translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation>Cambiar el tipo…</translation>
    </message>
    <message>
        <source>Make the interface selected a station, an access point, a monitor, …</source>
        <translation>Convertir la interfaz seleccionada en estación, punto de acceso, monitor…</translation>
    </message>
    <message>
        <source>Delete Interface</source>
        <translation>Eliminar la interfaz</translation>
    </message>
    <message>
        <source>Delete the interface selected</source>
        <translation>Eliminar la interfaz seleccionada</translation>
    </message>
    <message>
        <source>Delete the %1 %2 on %3? Programs using it lose it at once.</source>
        <translation>¿Eliminar %1 %2 en %3? Los programas que la usan la pierden al instante.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanControls</name>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Continuo</translation>
    </message>
    <message>
        <source>Pass&amp;ive</source>
        <translation>Pas&amp;iva</translation>
    </message>
    <message>
        <source>The interface that scans</source>
        <translation>La interfaz que explora</translation>
    </message>
    <message>
        <source>Scan again and again; when off, only the results of other programs&apos; scans are read</source>
        <translation>Explorar una y otra vez; desactivado, solo se leen los resultados de las exploraciones de otros programas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between scans; while the interface is connected, at least 10 s and only on its own channel, other channels every 5 minutes</source>
        <translation>Tiempo entre exploraciones; mientras la interfaz está conectada, al menos 10 s y solo en su propio canal, los demás canales cada 5 minutos</translation>
    </message>
    <message>
        <source>Only listen for beacons: send no probe requests</source>
        <translation>Solo escuchar balizas: no enviar solicitudes de sondeo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop scanning; what was heard stays</source>
        <translation>Dejar de explorar; lo oído se queda</translation>
    </message>
    <message>
        <source>Scan now</source>
        <translation>Explorar ahora</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Hay una exploración en curso</translation>
    </message>
    <message>
        <source>Sc&amp;an with:</source>
        <translation>Expl&amp;orar con:</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message>
        <source>No interface can scan: scanning needs a station interface.</source>
        <translation>Ninguna interfaz puede explorar: hace falta una interfaz de estación.</translation>
    </message>
    <message>
        <source>Showing the results of another program&apos;s scan.</source>
        <translation>Se muestran los resultados de la exploración de otro programa.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanPage</name>
    <message>
        <source>Scan</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Hide &amp;hidden</source>
        <translation>Ocultar las &amp;ocultas</translation>
    </message>
    <message>
        <source>&amp;Group by access point</source>
        <translation>&amp;Agrupar por punto de acceso</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>Mi&amp;nimum signal:</source>
        <translation>Señal mí&amp;nima:</translation>
    </message>
    <message>
        <source>Search networks, vendors, security</source>
        <translation>Buscar redes, fabricantes, seguridad</translation>
    </message>
    <message>
        <source>SSID or BSSID regular expression</source>
        <translation>Expresión regular de SSID o BSSID</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Todas las bandas</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message>
        <source>Any security</source>
        <translation>Cualquier seguridad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>WEP or WPA</source>
        <translation>WEP o WPA</translation>
    </message>
    <message>
        <source>WPA2</source>
        <translation>WPA2</translation>
    </message>
    <message>
        <source>WPA3</source>
        <translation>WPA3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresarial</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Keep the networks of one physical access point together, strongest first</source>
        <translation>Mantener juntas las redes de un mismo punto de acceso físico, la más fuerte primero</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Elegir las columnas mostradas</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>No es una expresión regular válida</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n redes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s) shown</source>
        <translation>
            <numerusform>%1 de %n red mostradas</numerusform>
            <numerusform>%1 de %n redes mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No networks heard yet. Scanning needs a station interface that is up.</source>
        <translation>Aún no se ha oído ninguna red. Explorar requiere una interfaz de estación activa.</translation>
    </message>
    <message>
        <source>No network matches the filters.</source>
        <translation>Ninguna red coincide con los filtros.</translation>
    </message>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Seleccione una red para ver sus elementos.</translation>
    </message>
    <message>
        <source>Reading the elements of %1…</source>
        <translation>Leyendo los elementos de %1…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered, sorted, the visible columns) as CSV or JSON</source>
        <translation>Guardar la tabla tal como se muestra (filtrada, ordenada, con las columnas visibles) como CSV o JSON</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabla como CSV…</translation>
    </message>
    <message>
        <source>Table as JSON…</source>
        <translation>Tabla como JSON…</translation>
    </message>
</context>
<context>
    <name>Airpane::SentFrameModel</name>
    <message>
        <source>Waiting for the radio</source>
        <translation>Esperando a la radio</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>No confirmada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>The receiver did not acknowledge the frame: it may have left the channel, or not heard it.</source>
        <translation>El receptor no confirmó la trama: puede que haya dejado el canal o que no la haya oído.</translation>
    </message>
    <message>
        <source>%1 (%2 MHz)</source>
        <translation>%1 (%2 MHz)</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>TX status after</source>
        <translation>Estado TX tras</translation>
    </message>
</context>
<context>
    <name>Airpane::SignalChart</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>Señal (dBm)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, conectada</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 dBm</source>
        <translation>%1 · %2 · %3 dBm</translation>
    </message>
</context>
<context>
    <name>Airpane::SignalPage</name>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Freeze the chart and the waterfall; the history keeps filling meanwhile</source>
        <translation>Congelar el gráfico y la cascada; mientras tanto, el historial sigue llenándose</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Último minuto</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>How much of the past the chart and the waterfall show</source>
        <translation>Cuánto del pasado muestran el gráfico y la cascada</translation>
    </message>
    <message>
        <source>Signal chart</source>
        <translation>Gráfico de señal</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Cascada</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>Channel occupancy over time</source>
        <translation>Ocupación de canales en el tiempo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>%1 networks selected; the chart follows the first %2.</source>
        <translation>%1 redes seleccionadas; el gráfico sigue las %2 primeras.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n selected network(s).</source>
        <translation>
            <numerusform>Siguiendo %n red seleccionada.</numerusform>
            <numerusform>Siguiendo %n redes seleccionadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy time from the radio&apos;s survey on %n channel(s); striped channels are estimated from the networks heard.</source>
        <translation>
            <numerusform>Tiempo ocupado según la medición de la radio en %n canal; los canales a rayas se estiman a partir de las redes oídas.</numerusform>
            <numerusform>Tiempo ocupado según la medición de la radio en %n canales; los canales a rayas se estiman a partir de las redes oídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the networks heard and their load (striped): no survey measured this band yet.</source>
        <translation>Estimado a partir de las redes oídas y su carga (a rayas): aún no se ha medido esta banda.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) with history</source>
        <translation>
            <numerusform>%n red con historial</numerusform>
            <numerusform>%n redes con historial</numerusform>
        </translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source>Showing the connected network and the strongest access points. Select networks below (up to %1) to follow them instead.</source>
        <translation>Se muestran la red conectada y los puntos de acceso más fuertes. Seleccione redes abajo (hasta %1) para seguirlas en su lugar.</translation>
    </message>
</context>
<context>
    <name>Airpane::StationDetailsModel</name>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>The newest standard of the rates it uses with this interface now.</source>
        <translation>El estándar más reciente de las velocidades que usa ahora con esta interfaz.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Of the last frame received.</source>
        <translation>De la última trama recibida.</translation>
    </message>
    <message>
        <source>Per antenna</source>
        <translation>Por antena</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Average per antenna</source>
        <translation>Media por antena</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balizas</translation>
    </message>
    <message>
        <source>The average signal of the access point&apos;s beacons.</source>
        <translation>La señal media de las balizas del punto de acceso.</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>Último acuse</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Acuses de recibo</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Velocidades</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Expected throughput</source>
        <translation>Rendimiento esperado</translation>
    </message>
    <message>
        <source>What the driver&apos;s rate control expects this link to carry.</source>
        <translation>Lo que el control de velocidad del controlador espera que transporte este enlace.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Transmit retries</source>
        <translation>Reintentos de emisión</translation>
    </message>
    <message>
        <source>Transmit failures</source>
        <translation>Fallos de emisión</translation>
    </message>
    <message>
        <source>Frames given up after every retry.</source>
        <translation>Tramas abandonadas tras todos los reintentos.</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Balizas perdidas</translation>
    </message>
    <message>
        <source>Times the access point&apos;s beacons stopped coming.</source>
        <translation>Veces que dejaron de llegar las balizas del punto de acceso.</translation>
    </message>
    <message>
        <source>Beacons received</source>
        <translation>Balizas recibidas</translation>
    </message>
    <message>
        <source>Received and dropped</source>
        <translation>Recibidas y descartadas</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>Receive airtime</source>
        <translation>Tiempo de aire en recepción</translation>
    </message>
    <message>
        <source>Transmit airtime</source>
        <translation>Tiempo de aire en emisión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Conectado desde hace</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inactivo desde hace</translation>
    </message>
    <message>
        <source>Since the last frame to or from it.</source>
        <translation>Desde la última trama enviada o recibida.</translation>
    </message>
    <message>
        <source>Associated at</source>
        <translation>Asociado a las</translation>
    </message>
    <message>
        <source>Timing offset</source>
        <translation>Desfase temporal</translation>
    </message>
    <message>
        <source>Between its timer (TSF) and this radio&apos;s.</source>
        <translation>Entre su temporizador (TSF) y el de esta radio.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Its keys are in place: data flows (802.1X or the 4-way handshake done).</source>
        <translation>Sus claves están instaladas: los datos fluyen (802.1X o negociación de 4 vías completada).</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preámbulo</translation>
    </message>
    <message>
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>WMM</source>
        <translation>WMM</translation>
    </message>
    <message>
        <source>QoS: traffic goes in four access categories.</source>
        <translation>QoS: el tráfico va en cuatro categorías de acceso.</translation>
    </message>
    <message>
        <source>Protected management frames</source>
        <translation>Tramas de gestión protegidas</translation>
    </message>
    <message>
        <source>TDLS peer</source>
        <translation>Par TDLS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>DTIM period</source>
        <translation>Periodo DTIM</translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s)</source>
        <translation>
            <numerusform>%n baliza</numerusform>
            <numerusform>%n balizas</numerusform>
        </translation>
    </message>
    <message>
        <source>Beacon interval</source>
        <translation>Intervalo de balizas</translation>
    </message>
    <message>
        <source>%1 TU</source>
        <translation>%1 TU</translation>
    </message>
    <message>
        <source>CTS protection</source>
        <translation>Protección CTS</translation>
    </message>
    <message>
        <source>Short preamble</source>
        <translation>Preámbulo corto</translation>
    </message>
    <message>
        <source>Short slot time</source>
        <translation>Ranura corta</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Airpane::StationModel</name>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Velocidad de emisión</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Velocidad de recepción</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquetes enviados</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
</context>
<context>
    <name>Airpane::StationsPage</name>
    <message>
        <source>Link and clients</source>
        <translation>Enlace y clientes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>The connected interface whose link to follow, or the access point whose clients to show</source>
        <translation>La interfaz conectada cuyo enlace seguir, o el punto de acceso cuyos clientes mostrar</translation>
    </message>
    <message>
        <source>How often the helper reads the driver&apos;s counters (never a scan)</source>
        <translation>Con qué frecuencia el asistente lee los contadores del controlador (nunca una exploración)</translation>
    </message>
    <message>
        <source>10 updates a second</source>
        <translation>10 actualizaciones por segundo</translation>
    </message>
    <message>
        <source>4 updates a second</source>
        <translation>4 actualizaciones por segundo</translation>
    </message>
    <message>
        <source>1 update a second</source>
        <translation>1 actualización por segundo</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>Cada 5 segundos</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>How much of the past the chart shows</source>
        <translation>Cuánto pasado muestra el gráfico</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Último minuto</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Últimos 5 minutos</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Freeze what is shown; the history keeps filling meanwhile</source>
        <translation>Congelar lo mostrado; el historial sigue llenándose mientras tanto</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico del enlace</translation>
    </message>
    <message>
        <source>No clients yet: stations that join appear here at once.</source>
        <translation>Aún no hay clientes: las estaciones que se unan aparecerán aquí al instante.</translation>
    </message>
    <message>
        <source>Waiting for the first values…</source>
        <translation>Esperando los primeros valores…</translation>
    </message>
    <message>
        <source>The driver reports no counters per traffic identifier.</source>
        <translation>El controlador no informa de contadores por identificador de tráfico.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Per traffic identifier</source>
        <translation>Por identificador de tráfico</translation>
    </message>
    <message>
        <source>No connected station interface and no access point on this machine. Connect to a network, or create an access point on the Radios page, to follow its link or see its clients here.</source>
        <translation>No hay ninguna interfaz de estación conectada ni ningún punto de acceso en este equipo. Conéctese a una red, o cree un punto de acceso en la página Radios, para seguir aquí su enlace o ver sus clientes.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>%1 · connected to “%2”</source>
        <translation>%1 · conectado a «%2»</translation>
    </message>
    <message>
        <source>%1 · access point, not running</source>
        <translation>%1 · punto de acceso, detenido</translation>
    </message>
    <message>
        <source>%1 · P2P group “%2”</source>
        <translation>%1 · grupo P2P «%2»</translation>
    </message>
    <message>
        <source>%1 · access point “%2”</source>
        <translation>%1 · punto de acceso «%2»</translation>
    </message>
    <message>
        <source> · %1 updates a second</source>
        <translation> · %1 actualizaciones por segundo</translation>
    </message>
    <message>
        <source> · every %1 s</source>
        <translation> · cada %1 s</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>Nada que seguir</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on %1</source>
        <translation>
            <numerusform>%n cliente en %1</numerusform>
            <numerusform>%n clientes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 conectado a %2</translation>
    </message>
    <message>
        <source>%1, waiting</source>
        <translation>%1, esperando</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Retries / failed</source>
        <translation>Reintentos / fallidos</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Balizas perdidas</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Transmit: %1</source>
        <translation>Emisión: %1</translation>
    </message>
</context>
<context>
    <name>Airpane::TidStatsModel</name>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Access category</source>
        <translation>Categoría de acceso</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Queued bytes</source>
        <translation>Bytes en cola</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Descartes</translation>
    </message>
    <message>
        <source>ECN marks</source>
        <translation>Marcas ECN</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Sobre el límite</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Colisiones</translation>
    </message>
    <message>
        <source>Queue sent bytes</source>
        <translation>Bytes enviados por la cola</translation>
    </message>
    <message>
        <source>Queue sent</source>
        <translation>Enviados por la cola</translation>
    </message>
</context>
<context>
    <name>Airpane::Waterfall</name>
    <message>
        <source>Channel occupancy appears here as scans come in.</source>
        <translation>La ocupación de canales aparece aquí a medida que llegan las exploraciones.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>Airpane::WifiDirectPage</name>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>Discover Peers</source>
        <translation>Descubrir pares</translation>
    </message>
    <message>
        <source>Listen Only</source>
        <translation>Solo escuchar</translation>
    </message>
    <message>
        <source>P2P devices</source>
        <translation>Dispositivos P2P</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Select a radio to see whether it can do Wi-Fi Direct, and why.</source>
        <translation>Seleccione una radio para ver si puede usar Wi-Fi Direct, y por qué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wi-Fi Direct available on %1 of %n radio(s)</source>
        <translation>
            <numerusform>Wi-Fi Direct disponible en %1 de %n radio</numerusform>
            <numerusform>Wi-Fi Direct disponible en %1 de %n radios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n P2P device(s) run by other programs</source>
        <translation>
            <numerusform>%n dispositivo P2P gestionado por otros programas</numerusform>
            <numerusform>%n dispositivos P2P gestionados por otros programas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a peer to see what it told about itself.</source>
        <translation>Seleccione un par para ver lo que ha contado de sí mismo.</translation>
    </message>
    <message numerus="yes">
        <source>Search for Wi-Fi Direct devices for %n minute(s), and be found by them</source>
        <translation>
            <numerusform>Buscar dispositivos Wi-Fi Direct durante %n minuto y ser encontrado por ellos</numerusform>
            <numerusform>Buscar dispositivos Wi-Fi Direct durante %n minutos y ser encontrado por ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Be discoverable for %n minute(s) without searching</source>
        <translation>
            <numerusform>Ser visible durante %n minuto sin buscar</numerusform>
            <numerusform>Ser visible durante %n minutos sin buscar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop searching or listening</source>
        <translation>Dejar de buscar o de escuchar</translation>
    </message>
    <message>
        <source>searching on %1</source>
        <translation>buscando en %1</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>escuchando en %1</translation>
    </message>
    <message>
        <source>P2P device ready on %1</source>
        <translation>dispositivo P2P listo en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers appear here once the Airpane helper is connected.</source>
        <translation>Los pares aparecen aquí cuando el asistente de Airpane esté conectado.</translation>
    </message>
    <message>
        <source>Searching… Wi-Fi Direct devices nearby appear here as they answer.</source>
        <translation>Buscando… Los dispositivos Wi-Fi Direct cercanos aparecen aquí a medida que responden.</translation>
    </message>
    <message>
        <source>Listening… devices that search find this one; those that answer appear here.</source>
        <translation>Escuchando… Los dispositivos que buscan encuentran este; los que responden aparecen aquí.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct cannot run on the radio selected above: the diagnosis says why. Select a radio where it is available to discover peers.</source>
        <translation>Wi-Fi Direct no puede funcionar en la radio seleccionada arriba: el diagnóstico explica por qué. Seleccione una radio donde esté disponible para descubrir pares.</translation>
    </message>
    <message>
        <source>No peers yet. Discover Peers searches for Wi-Fi Direct devices nearby: phones, TVs, printers and displays.</source>
        <translation>Aún no hay pares. «Descubrir pares» busca dispositivos Wi-Fi Direct cercanos: teléfonos, televisores, impresoras y pantallas.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct: %1</source>
        <translation>Wi-Fi Direct: %1</translation>
    </message>
    <message>
        <source>Frames Airpane&apos;s P2P device sends, such as its answers to searching devices, appear here with whether the receiver acknowledged them.</source>
        <translation>Las tramas que envía el dispositivo P2P de Airpane, como sus respuestas a los dispositivos que buscan, aparecen aquí indicando si el receptor las confirmó.</translation>
    </message>
    <message>
        <source>Frames sent</source>
        <translation>Tramas enviadas</translation>
    </message>
    <message numerus="yes">
        <source>Frames sent: %1 of %n acknowledged</source>
        <translation>
            <numerusform>Tramas enviadas: %1 de %n confirmada</numerusform>
            <numerusform>Tramas enviadas: %1 de %n confirmadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapabilitySections</name>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Legacy rates · %1</source>
        <translation>Velocidades heredadas · %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Velocidades</translation>
    </message>
    <message>
        <source>The rates of 802.11a/b/g, which every device understands; beacons and management frames use them.</source>
        <translation>Las velocidades de 802.11a/b/g, que todo dispositivo entiende; las usan las balizas y las tramas de gestión.</translation>
    </message>
    <message>
        <source>HT (Wi-Fi 4) · %1</source>
        <translation>HT (Wi-Fi 4) · %1</translation>
    </message>
    <message>
        <source>VHT (Wi-Fi 5) · %1</source>
        <translation>VHT (Wi-Fi 5) · %1</translation>
    </message>
    <message>
        <source>HE (Wi-Fi 6) · %1 · %2</source>
        <translation>HE (Wi-Fi 6) · %1 · %2</translation>
    </message>
    <message>
        <source>EHT (Wi-Fi 7) · %1 · %2</source>
        <translation>EHT (Wi-Fi 7) · %1 · %2</translation>
    </message>
    <message>
        <source>Interface types (%1)</source>
        <translation>Tipos de interfaz (%1)</translation>
    </message>
    <message>
        <source>Added in software, any number</source>
        <translation>Añadidas por software, sin límite</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Ciphers (%1)</source>
        <translation>Cifrados (%1)</translation>
    </message>
    <message>
        <source>Supported commands (%1)</source>
        <translation>Órdenes admitidas (%1)</translation>
    </message>
    <message>
        <source>Extended features (%1)</source>
        <translation>Funciones extendidas (%1)</translation>
    </message>
    <message>
        <source>Feature flags (%1)</source>
        <translation>Indicadores de funciones (%1)</translation>
    </message>
    <message>
        <source>Capability flags (%1)</source>
        <translation>Indicadores de capacidades (%1)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>SSIDs per scan</source>
        <translation>SSID por exploración</translation>
    </message>
    <message>
        <source>How many hidden networks one scan can look for by name.</source>
        <translation>Cuántas redes ocultas puede buscar por nombre una exploración.</translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Permanecer en un canal</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The longest it listens on another channel, as Wi-Fi Direct discovery does.</source>
        <translation>El tiempo máximo que escucha en otro canal, como hace la búsqueda Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antenas</translation>
    </message>
    <message>
        <source>%1 transmit, %2 receive</source>
        <translation>%1 de emisión, %2 de recepción</translation>
    </message>
    <message>
        <source>The antennas the driver lets you choose from.</source>
        <translation>Las antenas entre las que el controlador deja elegir.</translation>
    </message>
    <message>
        <source>Stations per access point</source>
        <translation>Estaciones por punto de acceso</translation>
    </message>
    <message>
        <source>How many clients an access point on this radio can serve.</source>
        <translation>Cuántos clientes puede atender un punto de acceso en esta radio.</translation>
    </message>
</context>
<context>
    <name>ChannelRecommender</name>
    <message>
        <source>No-IR: the regulatory domain forbids starting an AP here</source>
        <translation>No-IR: el dominio regulatorio prohíbe iniciar un AP aquí</translation>
    </message>
    <message>
        <source>Indoor only</source>
        <translation>Solo en interiores</translation>
    </message>
    <message>
        <source>DFS: radar was detected here; unavailable for now</source>
        <translation>DFS: se detectó un radar aquí; no disponible por ahora</translation>
    </message>
    <message>
        <source>DFS: left out unless DFS channels are allowed</source>
        <translation>DFS: se omite salvo que se permitan los canales DFS</translation>
    </message>
    <message>
        <source>DFS: radar detection may move the AP</source>
        <translation>DFS: la detección de un radar puede mover el AP</translation>
    </message>
    <message numerus="yes">
        <source>DFS: the AP listens for radar for %n second(s) before it starts</source>
        <translation>
            <numerusform>DFS: el AP escucha si hay radar durante %n segundo antes de empezar</numerusform>
            <numerusform>DFS: el AP escucha si hay radar durante %n segundos antes de empezar</numerusform>
        </translation>
    </message>
    <message>
        <source>The regulatory domain forbids %1 MHz here</source>
        <translation>El dominio regulatorio prohíbe %1 MHz aquí</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping network(s)</source>
        <translation>
            <numerusform>%n red superpuesta</numerusform>
            <numerusform>%n redes superpuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlapping network</source>
        <translation>Ninguna red superpuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n of them only partly, which interferes more than sharing the channel</source>
        <translation>
            <numerusform>%n de ellas solo en parte, lo que interfiere más que compartir el canal</numerusform>
            <numerusform>%n de ellas solo en parte, lo que interfiere más que compartir el canal</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest: %1 dBm, %2</source>
        <translation>La más fuerte: %1 dBm, %2</translation>
    </message>
    <message>
        <source>Busy %1% of the time</source>
        <translation>Ocupado el %1 % del tiempo</translation>
    </message>
    <message>
        <source>Left out: your own AP %1</source>
        <translation>Sin contar: su propio AP %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>The radio has no %1 channel that can be %2 MHz wide.</source>
        <translation>La radio no tiene ningún canal de %1 que pueda tener %2 MHz de ancho.</translation>
    </message>
    <message>
        <source>No %1 channel allows starting an AP at %2 MHz; the list says why.</source>
        <translation>Ningún canal de %1 permite iniciar un AP a %2 MHz; la lista indica por qué.</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band besides your own</source>
        <translation>%1: no se oyen redes en esta banda aparte de las suyas</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band</source>
        <translation>%1: no se oyen redes en esta banda</translation>
    </message>
    <message>
        <source>%1: no network overlaps it</source>
        <translation>%1: ninguna red se superpone a él</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it</source>
        <translation>
            <numerusform>%1: %n red se superpone a él</numerusform>
            <numerusform>%1: %n redes se superponen a él</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 weak network overlaps it (%2 dBm)</source>
        <translation>%1: 1 red débil se superpone a él (%2 dBm)</translation>
    </message>
    <message>
        <source>%1: 1 network overlaps it (%2 dBm)</source>
        <translation>%1: 1 red se superpone a él (%2 dBm)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, all weak (%2 dBm at most)</source>
        <translation>
            <numerusform>%1: %n red se superpone a él, débil (%2 dBm como máximo)</numerusform>
            <numerusform>%1: %n redes se superponen a él, todas débiles (%2 dBm como máximo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, the strongest at %2 dBm</source>
        <translation>
            <numerusform>%1: %n red se superpone a él, con %2 dBm</numerusform>
            <numerusform>%1: %n redes se superponen a él, la más fuerte con %2 dBm</numerusform>
        </translation>
    </message>
    <message>
        <source>busy %1% of the time</source>
        <translation>ocupado el %1 % del tiempo</translation>
    </message>
    <message>
        <source>radar detection may move the AP</source>
        <translation>la detección de un radar puede mover el AP</translation>
    </message>
    <message>
        <source>it stays, as %1 is only slightly better</source>
        <translation>se mantiene, ya que el %1 solo es algo mejor</translation>
    </message>
    <message numerus="yes">
        <source>the next best, %1, has %n</source>
        <translation>
            <numerusform>el siguiente, el %1, tiene %n</numerusform>
            <numerusform>el siguiente, el %1, tiene %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the next best is %1</source>
        <translation>el siguiente es el %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the clauses of a summary</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>ends a summary</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>No hay nada que exportar.</translation>
    </message>
    <message>
        <source>Exported from Airpane</source>
        <translation>Exportado desde Airpane</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 como PNG…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 como SVG…</translation>
    </message>
    <message>
        <source>Airpane: %1</source>
        <translation>Airpane: %1</translation>
    </message>
</context>
<context>
    <name>FeatureText</name>
    <message>
        <source>WEP with a 40-bit key: broken, only for very old networks.</source>
        <translation>WEP con clave de 40 bits: roto, solo para redes muy antiguas.</translation>
    </message>
    <message>
        <source>WEP with a 104-bit key: broken, only for very old networks.</source>
        <translation>WEP con clave de 104 bits: roto, solo para redes muy antiguas.</translation>
    </message>
    <message>
        <source>WPA&apos;s original cipher: deprecated, slow, limits the rate to 54 Mbit/s.</source>
        <translation>El cifrado original de WPA: obsoleto, lento, limita la velocidad a 54 Mbit/s.</translation>
    </message>
    <message>
        <source>AES in counter mode: the cipher of WPA2 and WPA3 networks.</source>
        <translation>AES en modo contador: el cifrado de las redes WPA2 y WPA3.</translation>
    </message>
    <message>
        <source>AES-CCMP with a 256-bit key.</source>
        <translation>AES-CCMP con clave de 256 bits.</translation>
    </message>
    <message>
        <source>AES in Galois/counter mode: used by Wi-Fi 7 and 60 GHz networks.</source>
        <translation>AES en modo Galois/contador: lo usan las redes Wi-Fi 7 y de 60 GHz.</translation>
    </message>
    <message>
        <source>AES-GCMP with a 256-bit key: WPA3-Enterprise 192-bit mode.</source>
        <translation>AES-GCMP con clave de 256 bits: modo de 192 bits de WPA3-Enterprise.</translation>
    </message>
    <message>
        <source>Integrity for management frames (protected management frames, 802.11w).</source>
        <translation>Integridad para tramas de gestión (tramas de gestión protegidas, 802.11w).</translation>
    </message>
    <message>
        <source>Management frame integrity with a 256-bit key.</source>
        <translation>Integridad de tramas de gestión con clave de 256 bits.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC.</source>
        <translation>Integridad de tramas de gestión con AES-GMAC.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC and a 256-bit key.</source>
        <translation>Integridad de tramas de gestión con AES-GMAC y clave de 256 bits.</translation>
    </message>
    <message>
        <source>The WAPI cipher, used in China.</source>
        <translation>El cifrado WAPI, usado en China.</translation>
    </message>
    <message>
        <source>Create interfaces.</source>
        <translation>Crear interfaces.</translation>
    </message>
    <message>
        <source>Change an interface&apos;s type and settings.</source>
        <translation>Cambiar el tipo y los ajustes de una interfaz.</translation>
    </message>
    <message>
        <source>Delete interfaces.</source>
        <translation>Borrar interfaces.</translation>
    </message>
    <message>
        <source>Install encryption keys.</source>
        <translation>Instalar claves de cifrado.</translation>
    </message>
    <message>
        <source>Run an access point.</source>
        <translation>Funcionar como punto de acceso.</translation>
    </message>
    <message>
        <source>Add stations to an access point.</source>
        <translation>Añadir estaciones a un punto de acceso.</translation>
    </message>
    <message>
        <source>Add mesh paths.</source>
        <translation>Añadir rutas de malla.</translation>
    </message>
    <message>
        <source>Configure a mesh network.</source>
        <translation>Configurar una red en malla.</translation>
    </message>
    <message>
        <source>Change an access point&apos;s settings.</source>
        <translation>Cambiar los ajustes de un punto de acceso.</translation>
    </message>
    <message>
        <source>Authenticate with an access point (userspace SME).</source>
        <translation>Autenticarse ante un punto de acceso (SME en espacio de usuario).</translation>
    </message>
    <message>
        <source>Associate with an access point (userspace SME).</source>
        <translation>Asociarse a un punto de acceso (SME en espacio de usuario).</translation>
    </message>
    <message>
        <source>End an authentication.</source>
        <translation>Terminar una autenticación.</translation>
    </message>
    <message>
        <source>End an association.</source>
        <translation>Terminar una asociación.</translation>
    </message>
    <message>
        <source>Join or start an ad-hoc network.</source>
        <translation>Unirse a una red ad hoc o crearla.</translation>
    </message>
    <message>
        <source>Join a mesh network.</source>
        <translation>Unirse a una red en malla.</translation>
    </message>
    <message>
        <source>Stay on another channel for a while: Wi-Fi Direct discovery and off-channel frames.</source>
        <translation>Permanecer un rato en otro canal: búsqueda Wi-Fi Direct y tramas fuera del canal.</translation>
    </message>
    <message>
        <source>Limit the transmit rates.</source>
        <translation>Limitar las velocidades de emisión.</translation>
    </message>
    <message>
        <source>Send management frames: Wi-Fi Direct negotiation, ANQP, ...</source>
        <translation>Enviar tramas de gestión: negociación Wi-Fi Direct, ANQP…</translation>
    </message>
    <message>
        <source>Stop waiting for the answer to a sent frame.</source>
        <translation>Dejar de esperar la respuesta a una trama enviada.</translation>
    </message>
    <message>
        <source>Move the radio into another network namespace.</source>
        <translation>Mover la radio a otro espacio de nombres de red.</translation>
    </message>
    <message>
        <source>Set the channel of monitor and other interfaces.</source>
        <translation>Fijar el canal de interfaces monitor y otras.</translation>
    </message>
    <message>
        <source>Send TDLS frames: direct links between stations.</source>
        <translation>Enviar tramas TDLS: enlaces directos entre estaciones.</translation>
    </message>
    <message>
        <source>Set up and tear down TDLS links.</source>
        <translation>Establecer y cerrar enlaces TDLS.</translation>
    </message>
    <message>
        <source>Check that a station is still there.</source>
        <translation>Comprobar que una estación sigue ahí.</translation>
    </message>
    <message>
        <source>Send without acknowledgements per traffic class.</source>
        <translation>Enviar sin acuses de recibo por clase de tráfico.</translation>
    </message>
    <message>
        <source>Receive the beacons of other networks.</source>
        <translation>Recibir las balizas de otras redes.</translation>
    </message>
    <message>
        <source>Run a dedicated P2P device for Wi-Fi Direct.</source>
        <translation>Usar un dispositivo P2P dedicado para Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Set the multicast rate of ad-hoc and mesh networks.</source>
        <translation>Fijar la velocidad multidifusión de redes ad hoc y en malla.</translation>
    </message>
    <message>
        <source>Connect to a network in one step (driver SME).</source>
        <translation>Conectarse a una red en un paso (SME del controlador).</translation>
    </message>
    <message>
        <source>Disconnect from a network.</source>
        <translation>Desconectarse de una red.</translation>
    </message>
    <message>
        <source>Move a running network to another channel, with notice.</source>
        <translation>Mover una red en marcha a otro canal, con aviso.</translation>
    </message>
    <message>
        <source>Map IP priorities to Wi-Fi traffic classes.</source>
        <translation>Asignar prioridades IP a clases de tráfico Wi-Fi.</translation>
    </message>
    <message>
        <source>Send multicast as unicast to each station.</source>
        <translation>Enviar la multidifusión como unidifusión a cada estación.</translation>
    </message>
    <message>
        <source>Scan for networks.</source>
        <translation>Buscar redes.</translation>
    </message>
    <message>
        <source>Scan in the background on a schedule.</source>
        <translation>Explorar en segundo plano según un horario.</translation>
    </message>
    <message>
        <source>Run neighbour awareness networking.</source>
        <translation>Usar Neighbour Awareness Networking.</translation>
    </message>
    <message>
        <source>Measure the distance to peers (fine timing).</source>
        <translation>Medir la distancia a los pares (medición fina de tiempo).</translation>
    </message>
    <message>
        <source>Opportunistic wireless encryption in the driver.</source>
        <translation>Cifrado inalámbrico oportunista en el controlador.</translation>
    </message>
    <message>
        <source>SAE (WPA3) authentication in userspace.</source>
        <translation>Autenticación SAE (WPA3) en espacio de usuario.</translation>
    </message>
    <message>
        <source>Hand the pairwise master key to the driver.</source>
        <translation>Entregar la clave maestra por pares al controlador.</translation>
    </message>
    <message>
        <source>Protect a critical exchange such as DHCP.</source>
        <translation>Proteger un intercambio crítico como DHCP.</translation>
    </message>
    <message>
        <source>VHT rates in ad-hoc networks.</source>
        <translation>Velocidades VHT en redes ad hoc.</translation>
    </message>
    <message>
        <source>Radio resource measurement (802.11k): neighbour reports, beacon reports.</source>
        <translation>Medición de recursos de radio (802.11k): informes de vecinos y de balizas.</translation>
    </message>
    <message>
        <source>An access point&apos;s beacons at a chosen legacy rate.</source>
        <translation>Las balizas de un punto de acceso a una velocidad heredada elegida.</translation>
    </message>
    <message>
        <source>Fast initial link setup as a station.</source>
        <translation>Establecimiento rápido de enlace (FILS) como estación.</translation>
    </message>
    <message>
        <source>Signal strength alerts at several thresholds.</source>
        <translation>Avisos de intensidad de señal en varios umbrales.</translation>
    </message>
    <message>
        <source>EAPOL frames travel over nl80211 instead of the network device.</source>
        <translation>Las tramas EAPOL van por nl80211 en lugar del dispositivo de red.</translation>
    </message>
    <message>
        <source>Fair transmit queues per station (fewer latency spikes).</source>
        <translation>Colas de emisión equitativas por estación (menos picos de latencia).</translation>
    </message>
    <message>
        <source>Random sequence numbers in probe requests: more privacy.</source>
        <translation>Números de secuencia aleatorios en las solicitudes de sondeo: más privacidad.</translation>
    </message>
    <message>
        <source>Minimal probe requests: less to fingerprint.</source>
        <translation>Solicitudes de sondeo mínimas: menos huella.</translation>
    </message>
    <message>
        <source>Replaces the unicast key safely while connected.</source>
        <translation>Sustituye la clave de unidifusión con seguridad durante la conexión.</translation>
    </message>
    <message>
        <source>Answers fine timing measurements as an access point.</source>
        <translation>Responde a mediciones finas de tiempo como punto de acceso.</translation>
    </message>
    <message>
        <source>Extended key IDs: rekeying without a gap.</source>
        <translation>ID de clave extendidos: renovación de claves sin cortes.</translation>
    </message>
    <message>
        <source>Protected beacons: forged beacons are detected.</source>
        <translation>Balizas protegidas: se detectan las balizas falsificadas.</translation>
    </message>
    <message>
        <source>Keeps pre-authentication frames off the control port.</source>
        <translation>Mantiene las tramas de preautenticación fuera del puerto de control.</translation>
    </message>
    <message>
        <source>Removes ad-hoc peers on request.</source>
        <translation>Quita pares ad hoc a petición.</translation>
    </message>
    <message>
        <source>Several programs can receive the same frame types.</source>
        <translation>Varios programas pueden recibir los mismos tipos de trama.</translation>
    </message>
    <message>
        <source>Scans frequencies given in kHz (Sub-1 GHz).</source>
        <translation>Explora frecuencias dadas en kHz (menos de 1 GHz).</translation>
    </message>
    <message>
        <source>Reports whether EAPOL frames were delivered.</source>
        <translation>Informa de si las tramas EAPOL se entregaron.</translation>
    </message>
    <message>
        <source>BSS colouring (Wi-Fi 6): ignores overlapping networks sooner.</source>
        <translation>Coloreado de BSS (Wi-Fi 6): ignora antes las redes superpuestas.</translation>
    </message>
    <message>
        <source>Changes its MAC address while the interface is up.</source>
        <translation>Cambia su dirección MAC con la interfaz activa.</translation>
    </message>
    <message>
        <source>Uses radar channels next to another link that checked them.</source>
        <translation>Usa canales de radar junto a otro enlace que los comprobó.</translation>
    </message>
    <message>
        <source>Signalling and payload protected A-MSDUs.</source>
        <translation>A-MSDU con señalización y carga útil protegidas.</translation>
    </message>
    <message>
        <source>The driver runs WPA3&apos;s SAE handshake itself.</source>
        <translation>El controlador hace él mismo el intercambio SAE de WPA3.</translation>
    </message>
    <message>
        <source>The driver runs the WPA handshake itself.</source>
        <translation>El controlador hace él mismo el intercambio WPA.</translation>
    </message>
    <message>
        <source>Checks the channel against spoofing attacks.</source>
        <translation>Comprueba el canal frente a ataques de suplantación.</translation>
    </message>
    <message>
        <source>Reports the signal strength of acknowledgements.</source>
        <translation>Informa de la intensidad de señal de los acuses de recibo.</translation>
    </message>
    <message>
        <source>Shares airtime fairly between stations.</source>
        <translation>Reparte el tiempo de emisión con equidad entre estaciones.</translation>
    </message>
    <message>
        <source>Protected management frames may be optional.</source>
        <translation>Las tramas de gestión protegidas pueden ser opcionales.</translation>
    </message>
    <message>
        <source>Quick scans over few channels.</source>
        <translation>Exploraciones rápidas en pocos canales.</translation>
    </message>
    <message>
        <source>Scans that save power.</source>
        <translation>Exploraciones que ahorran energía.</translation>
    </message>
    <message>
        <source>Scans that find more networks.</source>
        <translation>Exploraciones que encuentran más redes.</translation>
    </message>
    <message>
        <source>Scans with a chosen time per channel.</source>
        <translation>Exploraciones con un tiempo elegido por canal.</translation>
    </message>
    <message>
        <source>FILS discovery frames from an access point (6 GHz).</source>
        <translation>Tramas de descubrimiento FILS de un punto de acceso (6 GHz).</translation>
    </message>
    <message>
        <source>Unsolicited probe responses from an access point (6 GHz).</source>
        <translation>Respuestas de sondeo no solicitadas de un punto de acceso (6 GHz).</translation>
    </message>
    <message>
        <source>Reports whether each sent frame was acknowledged.</source>
        <translation>Informa de si cada trama enviada recibió acuse.</translation>
    </message>
    <message>
        <source>HT rates in ad-hoc networks.</source>
        <translation>Velocidades HT en redes ad hoc.</translation>
    </message>
    <message>
        <source>WPA3 personal (SAE) with the authentication in userspace.</source>
        <translation>WPA3 Personal (SAE) con la autenticación en espacio de usuario.</translation>
    </message>
    <message>
        <source>Scans that yield to traffic.</source>
        <translation>Exploraciones que ceden el paso al tráfico.</translation>
    </message>
    <message>
        <source>Drops old scan results when a scan starts.</source>
        <translation>Descarta resultados antiguos al empezar una exploración.</translation>
    </message>
    <message>
        <source>Scans while running an access point.</source>
        <translation>Explora mientras funciona como punto de acceso.</translation>
    </message>
    <message>
        <source>Transmit power per interface.</source>
        <translation>Potencia de emisión por interfaz.</translation>
    </message>
    <message>
        <source>Announces its channel limits to peers.</source>
        <translation>Anuncia sus límites de canal a los pares.</translation>
    </message>
    <message>
        <source>Keeps the full state of an access point&apos;s clients.</source>
        <translation>Conserva el estado completo de los clientes de un punto de acceso.</translation>
    </message>
    <message>
        <source>Mesh peering in userspace.</source>
        <translation>Emparejamiento de malla en espacio de usuario.</translation>
    </message>
    <message>
        <source>Monitor interfaces that acknowledge frames.</source>
        <translation>Interfaces monitor que acusan recibo de las tramas.</translation>
    </message>
    <message>
        <source>Changes an access point&apos;s channel width while running.</source>
        <translation>Cambia el ancho de canal de un punto de acceso en marcha.</translation>
    </message>
    <message>
        <source>Static spatial-multiplexing power save.</source>
        <translation>Ahorro de energía estático de multiplexación espacial.</translation>
    </message>
    <message>
        <source>Dynamic spatial-multiplexing power save.</source>
        <translation>Ahorro de energía dinámico de multiplexación espacial.</translation>
    </message>
    <message>
        <source>Interfaces get their MAC address when they are created.</source>
        <translation>Las interfaces reciben su dirección MAC al crearse.</translation>
    </message>
    <message>
        <source>Scans with a random MAC address: more privacy.</source>
        <translation>Explora con una dirección MAC aleatoria: más privacidad.</translation>
    </message>
    <message>
        <source>Background scans with a random MAC address.</source>
        <translation>Exploraciones en segundo plano con una dirección MAC aleatoria.</translation>
    </message>
    <message>
        <source>Net-detect scans with a random MAC address.</source>
        <translation>Exploraciones net-detect con una dirección MAC aleatoria.</translation>
    </message>
    <message>
        <source>TDLS links can move to another channel.</source>
        <translation>Los enlaces TDLS pueden cambiar de canal.</translation>
    </message>
    <message>
        <source>Honours quiet periods that access points announce.</source>
        <translation>Respeta los periodos de silencio que anuncian los puntos de acceso.</translation>
    </message>
    <message>
        <source>Inserts its transmit power into frames.</source>
        <translation>Inserta su potencia de emisión en las tramas.</translation>
    </message>
    <message>
        <source>Transmit power information in probe responses.</source>
        <translation>Información de potencia de emisión en las respuestas de sondeo.</translation>
    </message>
    <message>
        <source>Channel information in probe requests.</source>
        <translation>Información del canal en las solicitudes de sondeo.</translation>
    </message>
    <message>
        <source>The driver drops inactive stations itself.</source>
        <translation>El controlador quita él mismo las estaciones inactivas.</translation>
    </message>
    <message>
        <source>Takes the country from the mobile network.</source>
        <translation>Toma el país de la red móvil.</translation>
    </message>
    <message>
        <source>A P2P device needs a channel of its own.</source>
        <translation>Un dispositivo P2P necesita un canal propio.</translation>
    </message>
    <message>
        <source>Scans for overlapping networks before using 40 MHz.</source>
        <translation>Busca redes superpuestas antes de usar 40 MHz.</translation>
    </message>
    <message>
        <source>Client traffic windows as P2P group owner.</source>
        <translation>Ventanas de tráfico de clientes como propietario de grupo P2P.</translation>
    </message>
    <message>
        <source>Opportunistic power save as P2P group owner.</source>
        <translation>Ahorro de energía oportunista como propietario de grupo P2P.</translation>
    </message>
    <message>
        <source>Admission control for voice and video traffic.</source>
        <translation>Control de admisión para tráfico de voz y vídeo.</translation>
    </message>
    <message>
        <source>Encrypted ad-hoc networks.</source>
        <translation>Redes ad hoc cifradas.</translation>
    </message>
    <message>
        <source>Power save for an access point&apos;s clients (U-APSD).</source>
        <translation>Ahorro de energía para los clientes de un punto de acceso (U-APSD).</translation>
    </message>
    <message>
        <source>Direct links between stations of one network (TDLS).</source>
        <translation>Enlaces directos entre estaciones de una misma red (TDLS).</translation>
    </message>
    <message>
        <source>TDLS set up by userspace.</source>
        <translation>TDLS establecido desde el espacio de usuario.</translation>
    </message>
    <message>
        <source>The driver roams between access points itself.</source>
        <translation>El controlador cambia él mismo entre puntos de acceso.</translation>
    </message>
    <message>
        <source>Sends frames on other channels than its own.</source>
        <translation>Envía tramas en canales distintos del suyo.</translation>
    </message>
    <message>
        <source>Secure mesh networks.</source>
        <translation>Redes en malla seguras.</translation>
    </message>
    <message>
        <source>Handles the EAPOL control port for userspace.</source>
        <translation>Gestiona el puerto de control EAPOL para el espacio de usuario.</translation>
    </message>
    <message>
        <source>The driver keeps its own regulatory domain.</source>
        <translation>El controlador mantiene su propio dominio regulatorio.</translation>
    </message>
</context>
<context>
    <name>HeDecoder</name>
    <message>
        <source>20 MHz</source>
        <translation>20 MHz</translation>
    </message>
    <message>
        <source>40 MHz</source>
        <translation>40 MHz</translation>
    </message>
    <message>
        <source>80 MHz</source>
        <translation>80 MHz</translation>
    </message>
    <message>
        <source>160 MHz</source>
        <translation>160 MHz</translation>
    </message>
    <message>
        <source>80+80 MHz</source>
        <translation>80+80 MHz</translation>
    </message>
    <message>
        <source>Channel widths</source>
        <translation>Anchos de canal</translation>
    </message>
    <message>
        <source>The channel widths the radio can use for HE in this band.</source>
        <translation>Los anchos de canal que la radio puede usar para HE en esta banda.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (≤ 80 MHz)</source>
        <translation>HE-MCS de recepción (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 10 and 11 use 1024-QAM.</source>
        <translation>Esquemas de modulación y codificación por flujo espacial; MCS 10 y 11 usan 1024-QAM.</translation>
    </message>
    <message>
        <source>Transmit HE-MCS (≤ 80 MHz)</source>
        <translation>HE-MCS de emisión (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Lo que puede emitir, en los mismos términos.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (160 MHz)</source>
        <translation>HE-MCS de recepción (160 MHz)</translation>
    </message>
    <message>
        <source>The same for 160 MHz channels.</source>
        <translation>Lo mismo para canales de 160 MHz.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>Codificación LDPC</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>Códigos LDPC: recepción más robusta que con el código básico.</translation>
    </message>
    <message>
        <source>STBC (≤ 80 MHz)</source>
        <translation>STBC (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Transmit and receive</source>
        <translation>Emisión y recepción</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>La codificación espacio-temporal en bloques envía un flujo desde varias antenas para más alcance.</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>Conformador de haz SU</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Puede dirigir su señal hacia un receptor tras sondear el canal.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>Receptor de haz SU</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Sí, hasta %1 flujos espacio-temporales</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Puede ayudar a un conformador a apuntarle informando de lo que oye.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>Conformador de haz MU</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Puede atender a varios receptores a la vez con haces separados (MU-MIMO).</translation>
    </message>
    <message>
        <source>Uplink MU-MIMO</source>
        <translation>MU-MIMO de subida</translation>
    </message>
    <message>
        <source>Several stations can send to the access point at the same time on the full channel.</source>
        <translation>Varias estaciones pueden enviar al punto de acceso a la vez en todo el canal.</translation>
    </message>
    <message>
        <source>Dual carrier modulation</source>
        <translation>Modulación de doble portadora</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Sends the same data on two subcarriers: slower, but reaches farther.</source>
        <translation>Envía los mismos datos en dos subportadoras: más lento, pero llega más lejos.</translation>
    </message>
    <message>
        <source>Doppler</source>
        <translation>Doppler</translation>
    </message>
    <message>
        <source>Midambles that keep reception steady with fast-moving devices.</source>
        <translation>Midámbulos que mantienen estable la recepción con dispositivos que se mueven rápido.</translation>
    </message>
    <message>
        <source>1024-QAM on small resource units</source>
        <translation>1024-QAM en unidades de recurso pequeñas</translation>
    </message>
    <message>
        <source>The densest modulation also on parts of a channel smaller than 242 subcarriers.</source>
        <translation>La modulación más densa también en partes del canal de menos de 242 subportadoras.</translation>
    </message>
    <message>
        <source>PPE thresholds</source>
        <translation>Umbrales PPE</translation>
    </message>
    <message>
        <source>It declares how much padding it needs at the end of a packet.</source>
        <translation>Declara cuánto relleno necesita al final de un paquete.</translation>
    </message>
    <message>
        <source>Target wake time</source>
        <translation>Target Wake Time</translation>
    </message>
    <message>
        <source>Requester and responder</source>
        <translation>Solicitante y respondedor</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>Agreed wake-up times, so that battery devices sleep between transmissions.</source>
        <translation>Horas de despertar acordadas, para que los dispositivos con batería duerman entre transmisiones.</translation>
    </message>
    <message>
        <source>Broadcast TWT</source>
        <translation>TWT de difusión</translation>
    </message>
    <message>
        <source>Wake-up schedules announced to many stations at once.</source>
        <translation>Horarios de despertar anunciados a muchas estaciones a la vez.</translation>
    </message>
    <message>
        <source>+HTC-HE</source>
        <translation>+HTC-HE</translation>
    </message>
    <message>
        <source>Carries HE control information in data frames (link adaptation, power save).</source>
        <translation>Lleva información de control HE en tramas de datos (adaptación de enlace, ahorro de energía).</translation>
    </message>
    <message>
        <source>Buffer status reports</source>
        <translation>Informes de estado del búfer</translation>
    </message>
    <message>
        <source>Tells the access point how much data is waiting, for uplink scheduling.</source>
        <translation>Dice al punto de acceso cuántos datos esperan, para planificar la subida.</translation>
    </message>
    <message>
        <source>OM control</source>
        <translation>Control OM</translation>
    </message>
    <message>
        <source>Changes its width or stream count on the fly, without reassociating.</source>
        <translation>Cambia su ancho o número de flujos sobre la marcha, sin reasociarse.</translation>
    </message>
    <message>
        <source>OFDMA random access</source>
        <translation>Acceso aleatorio OFDMA</translation>
    </message>
    <message>
        <source>Uses random-access resource units the access point offers.</source>
        <translation>Usa las unidades de recurso de acceso aleatorio que ofrece el punto de acceso.</translation>
    </message>
    <message>
        <source>All Ack</source>
        <translation>All Ack</translation>
    </message>
    <message>
        <source>One acknowledgement for everything received in a multi-user burst.</source>
        <translation>Un solo acuse de recibo para todo lo recibido en una ráfaga multiusuario.</translation>
    </message>
    <message>
        <source>A-MSDU in A-MPDU</source>
        <translation>A-MSDU en A-MPDU</translation>
    </message>
    <message>
        <source>Aggregates of packets inside aggregates of frames, without Block Ack agreement.</source>
        <translation>Agregados de paquetes dentro de agregados de tramas, sin acuerdo Block Ack.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 bytes</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 bytes</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 bytes</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>6 GHz: largest A-MPDU</source>
        <translation>6 GHz: A-MPDU más grande</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives in the 6 GHz band.</source>
        <translation>La ráfaga más larga de tramas agregadas que recibe en la banda de 6 GHz.</translation>
    </message>
    <message>
        <source>6 GHz: largest MPDU</source>
        <translation>6 GHz: MPDU más grande</translation>
    </message>
    <message>
        <source>The longest single frame it receives in the 6 GHz band.</source>
        <translation>La trama individual más larga que recibe en la banda de 6 GHz.</translation>
    </message>
    <message>
        <source>320 MHz channels</source>
        <translation>Canales de 320 MHz</translation>
    </message>
    <message>
        <source>Wi-Fi 7&apos;s widest channels, only in the 6 GHz band.</source>
        <translation>Los canales más anchos de Wi-Fi 7, solo en la banda de 6 GHz.</translation>
    </message>
    <message>
        <source>Receive EHT-MCS</source>
        <translation>EHT-MCS de recepción</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–9 en %n flujo espacial</numerusform>
            <numerusform>MCS 0–9 en %n flujos espaciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes; MCS 12 and 13 use 4096-QAM, new in Wi-Fi 7.</source>
        <translation>Esquemas de modulación y codificación; MCS 12 y 13 usan 4096-QAM, nuevo en Wi-Fi 7.</translation>
    </message>
    <message>
        <source>Partial bandwidth uplink MU-MIMO</source>
        <translation>MU-MIMO de subida en ancho parcial</translation>
    </message>
    <message>
        <source>Several stations send at once on part of the channel.</source>
        <translation>Varias estaciones envían a la vez en parte del canal.</translation>
    </message>
    <message>
        <source>Restricted TWT</source>
        <translation>TWT restringido</translation>
    </message>
    <message>
        <source>Protected service periods for latency-sensitive traffic.</source>
        <translation>Periodos de servicio protegidos para tráfico sensible a la latencia.</translation>
    </message>
    <message>
        <source>EPCS priority access</source>
        <translation>Acceso prioritario EPCS</translation>
    </message>
    <message>
        <source>Priority channel access for emergency preparedness services.</source>
        <translation>Acceso prioritario al canal para servicios de emergencia.</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>MPDU más grande</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>La trama individual más larga que recibe.</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1</source>
        <translation>
            <numerusform>MCS 0–9 en %n flujo espacial, 4096-QAM (MCS 12–13) en %1</numerusform>
            <numerusform>MCS 0–9 en %n flujos espaciales, 4096-QAM (MCS 12–13) en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtDecoder</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–%1 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–%1 en %n flujo espacial</numerusform>
            <numerusform>MCS 0–%1 en %n flujos espaciales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SS: none</source>
        <translation>%1 SS: ninguno</translation>
    </message>
    <message>
        <source>%1 SS: MCS 0–%2</source>
        <translation>%1 SS: MCS 0–%2</translation>
    </message>
    <message>
        <source>Channel width</source>
        <translation>Ancho de canal</translation>
    </message>
    <message>
        <source>20 and 40 MHz</source>
        <translation>20 y 40 MHz</translation>
    </message>
    <message>
        <source>20 MHz only</source>
        <translation>Solo 20 MHz</translation>
    </message>
    <message>
        <source>Whether the radio can bond two 20 MHz channels into one 40 MHz channel.</source>
        <translation>Si la radio puede unir dos canales de 20 MHz en uno de 40 MHz.</translation>
    </message>
    <message>
        <source>20 MHz</source>
        <translation>20 MHz</translation>
    </message>
    <message>
        <source>40 MHz</source>
        <translation>40 MHz</translation>
    </message>
    <message>
        <source>Short guard interval</source>
        <translation>Intervalo de guarda corto</translation>
    </message>
    <message>
        <source>A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are short.</source>
        <translation>Una pausa de 400 ns en lugar de 800 ns entre símbolos: un 11 % más rápido donde los ecos son cortos.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>Codificación LDPC</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>Códigos LDPC: recepción más robusta que con el código básico.</translation>
    </message>
    <message>
        <source>Greenfield</source>
        <translation>Greenfield</translation>
    </message>
    <message>
        <source>A preamble without the legacy part: shorter, but older devices cannot read it.</source>
        <translation>Un preámbulo sin la parte heredada: más corto, pero los dispositivos antiguos no pueden leerlo.</translation>
    </message>
    <message>
        <source>Transmit STBC</source>
        <translation>STBC de emisión</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>La codificación espacio-temporal en bloques envía un flujo desde varias antenas para más alcance.</translation>
    </message>
    <message>
        <source>Receive STBC</source>
        <translation>STBC de recepción</translation>
    </message>
    <message numerus="yes">
        <source>%n spatial stream(s)</source>
        <translation>
            <numerusform>%n flujo espacial</numerusform>
            <numerusform>%n flujos espaciales</numerusform>
        </translation>
    </message>
    <message>
        <source>How many space-time coded streams the radio can receive.</source>
        <translation>Cuántos flujos con codificación espacio-temporal puede recibir la radio.</translation>
    </message>
    <message>
        <source>Static: one receive chain</source>
        <translation>Estático: una cadena de recepción</translation>
    </message>
    <message>
        <source>Dynamic: chains wake on demand</source>
        <translation>Dinámico: las cadenas despiertan cuando hace falta</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Disabled: all chains on</source>
        <translation>Desactivado: todas las cadenas encendidas</translation>
    </message>
    <message>
        <source>SM power save</source>
        <translation>Ahorro de energía SM</translation>
    </message>
    <message>
        <source>Whether the radio switches receive chains off to save power.</source>
        <translation>Si la radio apaga cadenas de recepción para ahorrar energía.</translation>
    </message>
    <message>
        <source>Largest A-MSDU</source>
        <translation>A-MSDU más grande</translation>
    </message>
    <message>
        <source>7935 bytes</source>
        <translation>7935 bytes</translation>
    </message>
    <message>
        <source>3839 bytes</source>
        <translation>3839 bytes</translation>
    </message>
    <message>
        <source>The most data it accepts in one aggregated frame of several packets.</source>
        <translation>La mayor cantidad de datos que acepta en una trama agregada de varios paquetes.</translation>
    </message>
    <message>
        <source>Largest A-MPDU</source>
        <translation>A-MPDU más grande</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives, acknowledged at once.</source>
        <translation>La ráfaga más larga de tramas agregadas que recibe, con un solo acuse.</translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation>Sin restricción</translation>
    </message>
    <message>
        <source>1/4 µs</source>
        <translation>1/4 µs</translation>
    </message>
    <message>
        <source>1/2 µs</source>
        <translation>1/2 µs</translation>
    </message>
    <message>
        <source>1 µs</source>
        <translation>1 µs</translation>
    </message>
    <message>
        <source>2 µs</source>
        <translation>2 µs</translation>
    </message>
    <message>
        <source>4 µs</source>
        <translation>4 µs</translation>
    </message>
    <message>
        <source>8 µs</source>
        <translation>8 µs</translation>
    </message>
    <message>
        <source>16 µs</source>
        <translation>16 µs</translation>
    </message>
    <message>
        <source>Minimum MPDU spacing</source>
        <translation>Separación mínima de MPDU</translation>
    </message>
    <message>
        <source>The gap the receiver needs between frames of an aggregate.</source>
        <translation>La separación que necesita el receptor entre las tramas de un agregado.</translation>
    </message>
    <message>
        <source>DSSS/CCK in 40 MHz</source>
        <translation>DSSS/CCK en 40 MHz</translation>
    </message>
    <message>
        <source>Whether 802.11b rates stay usable while on a 40 MHz channel.</source>
        <translation>Si las velocidades 802.11b siguen disponibles en un canal de 40 MHz.</translation>
    </message>
    <message>
        <source>40 MHz intolerant</source>
        <translation>Intolerante a 40 MHz</translation>
    </message>
    <message>
        <source>Asks networks nearby not to use 40 MHz channels in the 2.4 GHz band.</source>
        <translation>Pide a las redes cercanas que no usen canales de 40 MHz en la banda de 2,4 GHz.</translation>
    </message>
    <message>
        <source>L-SIG TXOP protection</source>
        <translation>Protección TXOP L-SIG</translation>
    </message>
    <message>
        <source>Protects HT transmissions from legacy devices through the legacy header.</source>
        <translation>Protege las transmisiones HT de los dispositivos antiguos mediante la cabecera heredada.</translation>
    </message>
    <message>
        <source>Receive MCS</source>
        <translation>MCS de recepción</translation>
    </message>
    <message numerus="yes">
        <source>MCS %1–%2 (%n spatial stream(s))</source>
        <translation>
            <numerusform>MCS %1–%2 (%n flujo espacial)</numerusform>
            <numerusform>MCS %1–%2 (%n flujos espaciales)</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes it receives; each group of eight adds a spatial stream.</source>
        <translation>Esquemas de modulación y codificación que recibe; cada grupo de ocho añade un flujo espacial.</translation>
    </message>
    <message>
        <source>Up to 80 MHz</source>
        <translation>Hasta 80 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz</source>
        <translation>Hasta 160 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz and 80+80 MHz</source>
        <translation>Hasta 160 MHz y 80+80 MHz</translation>
    </message>
    <message>
        <source>Channel widths</source>
        <translation>Anchos de canal</translation>
    </message>
    <message>
        <source>The widest channels the radio can use; 80+80 joins two separate 80 MHz blocks.</source>
        <translation>Los canales más anchos que puede usar la radio; 80+80 une dos bloques de 80 MHz separados.</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 8 and 9 use 256-QAM.</source>
        <translation>Esquemas de modulación y codificación por flujo espacial; MCS 8 y 9 usan 256-QAM.</translation>
    </message>
    <message>
        <source>Transmit MCS</source>
        <translation>MCS de emisión</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Lo que puede emitir, en los mismos términos.</translation>
    </message>
    <message>
        <source>Highest receive rate</source>
        <translation>Velocidad de recepción máxima</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>The fastest long-GI data rate it receives, as the radio declares it.</source>
        <translation>La velocidad más alta con intervalo de guarda largo que recibe, según declara la radio.</translation>
    </message>
    <message>
        <source>80 MHz</source>
        <translation>80 MHz</translation>
    </message>
    <message>
        <source>160 MHz</source>
        <translation>160 MHz</translation>
    </message>
    <message>
        <source>Receive LDPC</source>
        <translation>LDPC de recepción</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>Conformador de haz SU</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Puede dirigir su señal hacia un receptor tras sondear el canal.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>Receptor de haz SU</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Sí, hasta %1 flujos espacio-temporales</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Puede ayudar a un conformador a apuntarle informando de lo que oye.</translation>
    </message>
    <message>
        <source>Sounding dimensions</source>
        <translation>Dimensiones de sondeo</translation>
    </message>
    <message>
        <source>How many antennas it sounds with when beamforming.</source>
        <translation>Con cuántas antenas sondea al conformar el haz.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>Conformador de haz MU</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Puede atender a varios receptores a la vez con haces separados (MU-MIMO).</translation>
    </message>
    <message>
        <source>MU beamformee</source>
        <translation>Receptor de haz MU</translation>
    </message>
    <message>
        <source>Can be one of the receivers of a MU-MIMO transmission.</source>
        <translation>Puede ser uno de los receptores de una transmisión MU-MIMO.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 bytes</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 bytes</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 bytes</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>MPDU más grande</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>La trama individual más larga que recibe.</translation>
    </message>
    <message>
        <source>TXOP power save</source>
        <translation>Ahorro de energía TXOP</translation>
    </message>
    <message>
        <source>Sleeps during other stations&apos; transmissions to save power.</source>
        <translation>Duerme durante las transmisiones de otras estaciones para ahorrar energía.</translation>
    </message>
    <message>
        <source>Unsolicited feedback</source>
        <translation>Realimentación no solicitada</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Link adaptation</source>
        <translation>Adaptación de enlace</translation>
    </message>
    <message>
        <source>Sends MCS feedback so that the other side picks the best rate.</source>
        <translation>Envía realimentación MCS para que el otro lado elija la mejor velocidad.</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>emisión</translation>
    </message>
    <message>
        <source>Antenna pattern consistency</source>
        <translation>Coherencia del patrón de antena</translation>
    </message>
    <message>
        <source>Its antenna pattern stays the same during an association.</source>
        <translation>Su patrón de antena no cambia durante una asociación.</translation>
    </message>
</context>
<context>
    <name>P2pDiagnosis</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>In use by another program</source>
        <translation>En uso por otro programa</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>No Wi-Fi Direct in the driver</source>
        <translation>Sin Wi-Fi Direct en el controlador</translation>
    </message>
    <message>
        <source>The driver of %1 offers none of the P2P interface types: this radio cannot do Wi-Fi Direct.</source>
        <translation>El controlador de %1 no ofrece ningún tipo de interfaz P2P: esta radio no puede usar Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>No P2P device type</source>
        <translation>Sin tipo de dispositivo P2P</translation>
    </message>
    <message>
        <source>The driver offers P2P groups but no dedicated P2P device, which discovery and negotiation run on. Older drivers make a station interface do both; Airpane needs the P2P device.</source>
        <translation>El controlador ofrece grupos P2P pero no un dispositivo P2P dedicado, en el que se hacen la búsqueda y la negociación. Los controladores antiguos lo hacen todo en una interfaz de estación; Airpane necesita el dispositivo P2P.</translation>
    </message>
    <message>
        <source>P2P device supported</source>
        <translation>Dispositivo P2P admitido</translation>
    </message>
    <message>
        <source>The driver offers a dedicated P2P device for discovery, separate from the station interface.</source>
        <translation>El controlador ofrece un dispositivo P2P dedicado a la búsqueda, separado de la interfaz de estación.</translation>
    </message>
    <message>
        <source>No P2P groups</source>
        <translation>Sin grupos P2P</translation>
    </message>
    <message>
        <source>The driver cannot run a P2P group owner or client, so no connection can follow discovery.</source>
        <translation>El controlador no puede funcionar como propietario ni cliente de grupo P2P, así que ninguna conexión puede seguir a la búsqueda.</translation>
    </message>
    <message>
        <source>The P2P device cannot start</source>
        <translation>El dispositivo P2P no puede iniciarse</translation>
    </message>
    <message>
        <source>The driver does not offer the command that starts a P2P device.</source>
        <translation>El controlador no ofrece la orden que inicia un dispositivo P2P.</translation>
    </message>
    <message>
        <source>No listening on other channels</source>
        <translation>Sin escucha en otros canales</translation>
    </message>
    <message>
        <source>The driver does not support remain-on-channel, which discovery needs to listen on the social channels 1, 6 and 11.</source>
        <translation>El controlador no admite remain-on-channel, que la búsqueda necesita para escuchar en los canales sociales 1, 6 y 11.</translation>
    </message>
    <message>
        <source>Listens on other channels</source>
        <translation>Escucha en otros canales</translation>
    </message>
    <message>
        <source>Remain-on-channel for up to %1 ms, for discovery on the social channels.</source>
        <translation>Remain-on-channel de hasta %1 ms, para buscar en los canales sociales.</translation>
    </message>
    <message>
        <source>No room for a P2P device</source>
        <translation>Sin sitio para un dispositivo P2P</translation>
    </message>
    <message>
        <source>None of the radio&apos;s interface combinations allows a P2P device.</source>
        <translation>Ninguna combinación de interfaces de la radio permite un dispositivo P2P.</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow no P2P device next to what it runs now (%1). Removing an interface would make room.</source>
        <translation>Las combinaciones de interfaces de la radio no permiten un dispositivo P2P junto a lo que usa ahora (%1). Quitar una interfaz dejaría sitio.</translation>
    </message>
    <message>
        <source>No room for a P2P group</source>
        <translation>Sin sitio para un grupo P2P</translation>
    </message>
    <message>
        <source>Discovery can run, but the interface combinations leave no room for a P2P group next to %1.</source>
        <translation>La búsqueda puede funcionar, pero las combinaciones de interfaces no dejan sitio para un grupo P2P junto a %1.</translation>
    </message>
    <message>
        <source>Room for Wi-Fi Direct</source>
        <translation>Sitio para Wi-Fi Direct</translation>
    </message>
    <message>
        <source>A P2P device and a P2P group fit next to the current interfaces, all on one channel: a group must use the channel the other interfaces use.</source>
        <translation>Un dispositivo P2P y un grupo P2P caben junto a las interfaces actuales, todos en un canal: un grupo debe usar el canal de las demás interfaces.</translation>
    </message>
    <message numerus="yes">
        <source>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Un dispositivo P2P y un grupo P2P caben junto a las interfaces actuales, en hasta %n canal.</numerusform>
            <numerusform>Un dispositivo P2P y un grupo P2P caben junto a las interfaces actuales, en hasta %n canales distintos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program owns the P2P device</source>
        <translation>Otro programa tiene el dispositivo P2P</translation>
    </message>
    <message>
        <source>A P2P device (%1) already runs on %2, started by another program such as wpa_supplicant. A radio has one P2P device: Airpane can use Wi-Fi Direct here once that program lets it go.</source>
        <translation>Ya funciona un dispositivo P2P (%1) en %2, iniciado por otro programa como wpa_supplicant. Una radio tiene un solo dispositivo P2P: Airpane podrá usar Wi-Fi Direct aquí cuando ese programa lo libere.</translation>
    </message>
    <message>
        <source>Radio down</source>
        <translation>Radio inactiva</translation>
    </message>
    <message>
        <source>None of the radio&apos;s network interfaces is up; it may be switched off or blocked (rfkill).</source>
        <translation>Ninguna interfaz de red de la radio está activa; puede estar apagada o bloqueada (rfkill).</translation>
    </message>
    <message>
        <source>Used by Airpane</source>
        <translation>En uso por Airpane</translation>
    </message>
    <message>
        <source>Airpane&apos;s P2P device runs here</source>
        <translation>Aquí funciona el dispositivo P2P de Airpane</translation>
    </message>
    <message>
        <source>Airpane started the P2P device %1 on %2 for discovery; it goes when Airpane closes.</source>
        <translation>Airpane inició el dispositivo P2P %1 en %2 para el descubrimiento; desaparece al cerrar Airpane.</translation>
    </message>
    <message>
        <source>Radio switched off</source>
        <translation>Radio apagada</translation>
    </message>
    <message>
        <source>Radio blocked by a switch</source>
        <translation>Radio bloqueada por un interruptor</translation>
    </message>
    <message>
        <source>The helper sees a problem</source>
        <translation>El asistente ve un problema</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s %1</source>
        <translation>%1 de NetworkManager</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>PID %1, %2</source>
        <translation>PID %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2) runs this radio&apos;s P2P device %3 for %4.</source>
        <translation>%1 (%2) gestiona el dispositivo P2P %3 de esta radio para %4.</translation>
    </message>
    <message>
        <source>NetworkManager keeps %1 connected through it and uses it for its own Wi-Fi Direct, so Airpane leaves it alone: Airpane&apos;s discovery needs a radio whose P2P device is free.</source>
        <translation>NetworkManager mantiene %1 conectado a través de él y lo usa para su propio Wi-Fi Direct, así que Airpane no lo toca: la búsqueda de Airpane necesita una radio cuyo dispositivo P2P esté libre.</translation>
    </message>
    <message>
        <source>A radio has one P2P device: Airpane can discover here once that program lets it go (p2p_disabled=1), or on a radio whose P2P device is free.</source>
        <translation>Una radio tiene un único dispositivo P2P: Airpane podrá buscar aquí cuando ese programa lo libere (p2p_disabled=1), o en una radio cuyo dispositivo P2P esté libre.</translation>
    </message>
    <message>
        <source>%1 owns the P2P device</source>
        <translation>%1 es dueño del dispositivo P2P</translation>
    </message>
</context>
<context>
    <name>PeerNames</name>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
    <message>
        <source>Printer or scanner</source>
        <translation>Impresora o escáner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation>Equipo de red</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Multimedia device</source>
        <translation>Dispositivo multimedia</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>Videoconsola</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Dispositivo de audio</translation>
    </message>
    <message>
        <source>Docking station</source>
        <translation>Base de conexión</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <source>Shows a PIN</source>
        <translation>Muestra un PIN</translation>
    </message>
    <message>
        <source>PIN entry</source>
        <translation>Introducción de PIN</translation>
    </message>
    <message>
        <source>Push button</source>
        <translation>Pulsador</translation>
    </message>
    <message>
        <source>PIN on a label</source>
        <translation>PIN en una etiqueta</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>service discovery</source>
        <translation>descubrimiento de servicios</translation>
    </message>
    <message>
        <source>client discoverability</source>
        <translation>visibilidad de clientes</translation>
    </message>
    <message>
        <source>concurrent operation</source>
        <translation>funcionamiento simultáneo</translation>
    </message>
    <message>
        <source>infrastructure managed</source>
        <translation>gestionado por la infraestructura</translation>
    </message>
    <message>
        <source>device limit reached</source>
        <translation>límite de dispositivos alcanzado</translation>
    </message>
    <message>
        <source>invitation procedure</source>
        <translation>procedimiento de invitación</translation>
    </message>
    <message>
        <source>group owner</source>
        <translation>propietario del grupo</translation>
    </message>
    <message>
        <source>persistent group</source>
        <translation>grupo persistente</translation>
    </message>
    <message>
        <source>group limit reached</source>
        <translation>límite del grupo alcanzado</translation>
    </message>
    <message>
        <source>intra-BSS distribution</source>
        <translation>distribución dentro del BSS</translation>
    </message>
    <message>
        <source>cross connection</source>
        <translation>conexión cruzada</translation>
    </message>
    <message>
        <source>persistent reconnect</source>
        <translation>reconexión persistente</translation>
    </message>
    <message>
        <source>group formation</source>
        <translation>formación de grupo</translation>
    </message>
    <message>
        <source>IP address allocation</source>
        <translation>asignación de direcciones IP</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>También</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Dirección del dispositivo</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Se conecta por</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Capacidades del dispositivo</translation>
    </message>
    <message>
        <source>Group capabilities</source>
        <translation>Capacidades de grupo</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Escucha en</translation>
    </message>
    <message>
        <source>Operates on</source>
        <translation>Funciona en</translation>
    </message>
    <message>
        <source>Wi-Fi Display</source>
        <translation>Wi-Fi Display</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sí (%1)</translation>
    </message>
    <message>
        <source>Group clients</source>
        <translation>Clientes del grupo</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última escucha</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Oído</translation>
    </message>
    <message>
        <source>only searching: it has not described itself yet</source>
        <translation>solo buscando: aún no se ha descrito</translation>
    </message>
</context>
<context>
    <name>StationText</name>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <source>%1-MCS %2</source>
        <translation>%1-MCS %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n flujo</numerusform>
            <numerusform>%n flujos</numerusform>
        </translation>
    </message>
    <message>
        <source>80+80 MHz</source>
        <translation>80+80 MHz</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>GI %1 µs</source>
        <translation>GI %1 µs</translation>
    </message>
    <message>
        <source>short GI</source>
        <translation>GI corto</translation>
    </message>
    <message>
        <source>DCM</source>
        <translation>DCM</translation>
    </message>
    <message>
        <source>Wi-Fi 7 (EHT)</source>
        <translation>Wi-Fi 7 (EHT)</translation>
    </message>
    <message>
        <source>Wi-Fi 6 (HE)</source>
        <translation>Wi-Fi 6 (HE)</translation>
    </message>
    <message>
        <source>Wi-Fi 5 (VHT)</source>
        <translation>Wi-Fi 5 (VHT)</translation>
    </message>
    <message>
        <source>Wi-Fi 4 (HT)</source>
        <translation>Wi-Fi 4 (HT)</translation>
    </message>
    <message>
        <source>802.11a/b/g</source>
        <translation>802.11a/b/g</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Segundo plano</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Mejor esfuerzo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Non-QoS</source>
        <translation>Sin QoS</translation>
    </message>
    <message>
        <source>Traffic stream</source>
        <translation>Flujo de tráfico</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>WMM</source>
        <translation>WMM</translation>
    </message>
    <message>
        <source>MFP</source>
        <translation>MFP</translation>
    </message>
    <message>
        <source>TDLS</source>
        <translation>TDLS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>WifiNames</name>
    <message>
        <source>Ad-hoc (IBSS)</source>
        <translation>Ad hoc (IBSS)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>AP VLAN</source>
        <translation>VLAN de PA</translation>
    </message>
    <message>
        <source>WDS</source>
        <translation>WDS</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Mesh point</source>
        <translation>Punto de malla</translation>
    </message>
    <message>
        <source>P2P client</source>
        <translation>Cliente P2P</translation>
    </message>
    <message>
        <source>P2P group owner</source>
        <translation>Propietario de grupo P2P</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>Dispositivo P2P</translation>
    </message>
    <message>
        <source>OCB (outside a BSS)</source>
        <translation>OCB (fuera de un BSS)</translation>
    </message>
    <message>
        <source>NAN</source>
        <translation>NAN</translation>
    </message>
    <message>
        <source>Joins a network of equals, without an access point.</source>
        <translation>Se une a una red de iguales, sin punto de acceso.</translation>
    </message>
    <message>
        <source>Joins a network as a client.</source>
        <translation>Se une a una red como cliente.</translation>
    </message>
    <message>
        <source>Runs a network that others join.</source>
        <translation>Mantiene una red a la que otros se unen.</translation>
    </message>
    <message>
        <source>Puts some of an access point&apos;s clients into their own VLAN.</source>
        <translation>Pone a algunos clientes de un punto de acceso en su propia VLAN.</translation>
    </message>
    <message>
        <source>A wireless bridge to another access point.</source>
        <translation>Un puente inalámbrico hacia otro punto de acceso.</translation>
    </message>
    <message>
        <source>Captures the frames on a channel, for analysis.</source>
        <translation>Captura las tramas de un canal, para analizarlas.</translation>
    </message>
    <message>
        <source>Joins an 802.11s mesh network.</source>
        <translation>Se une a una red en malla 802.11s.</translation>
    </message>
    <message>
        <source>Joins a Wi-Fi Direct group.</source>
        <translation>Se une a un grupo Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Runs a Wi-Fi Direct group that others join.</source>
        <translation>Mantiene un grupo Wi-Fi Direct al que otros se unen.</translation>
    </message>
    <message>
        <source>Finds Wi-Fi Direct peers and negotiates groups; it has no network device.</source>
        <translation>Encuentra pares Wi-Fi Direct y negocia grupos; no tiene dispositivo de red.</translation>
    </message>
    <message>
        <source>Talks outside any network, as vehicles do (802.11p).</source>
        <translation>Se comunica fuera de cualquier red, como los vehículos (802.11p).</translation>
    </message>
    <message>
        <source>Neighbour awareness networking: finds services nearby.</source>
        <translation>Neighbour Awareness Networking: encuentra servicios cercanos.</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2,4 GHz</translation>
    </message>
    <message>
        <source>5 GHz</source>
        <translation>5 GHz</translation>
    </message>
    <message>
        <source>6 GHz</source>
        <translation>6 GHz</translation>
    </message>
    <message>
        <source>60 GHz</source>
        <translation>60 GHz</translation>
    </message>
    <message>
        <source>Sub-1 GHz</source>
        <translation>Menos de 1 GHz</translation>
    </message>
    <message>
        <source>Light communication</source>
        <translation>Comunicación por luz</translation>
    </message>
    <message>
        <source>20 MHz (no HT)</source>
        <translation>20 MHz (sin HT)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>No initiating radiation</source>
        <translation>Sin emisión por iniciativa propia</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Detección de radares</translation>
    </message>
    <message>
        <source>Indoors only</source>
        <translation>Solo en interiores</translation>
    </message>
    <message>
        <source>No HT40−</source>
        <translation>Sin HT40−</translation>
    </message>
    <message>
        <source>No HT40+</source>
        <translation>Sin HT40+</translation>
    </message>
    <message>
        <source>No 80 MHz</source>
        <translation>Sin 80 MHz</translation>
    </message>
    <message>
        <source>No 160 MHz</source>
        <translation>Sin 160 MHz</translation>
    </message>
    <message>
        <source>No 320 MHz</source>
        <translation>Sin 320 MHz</translation>
    </message>
    <message>
        <source>No HE</source>
        <translation>Sin HE</translation>
    </message>
    <message>
        <source>No EHT</source>
        <translation>Sin EHT</translation>
    </message>
    <message>
        <source>No 20 MHz</source>
        <translation>Sin 20 MHz</translation>
    </message>
    <message>
        <source>No 10 MHz</source>
        <translation>Sin 10 MHz</translation>
    </message>
    <message>
        <source>Radiation with another link</source>
        <translation>Emisión junto a otro enlace</translation>
    </message>
    <message>
        <source>DFS with another link</source>
        <translation>DFS junto a otro enlace</translation>
    </message>
    <message>
        <source>The radio may not start transmitting here on its own: no beacons, no probe requests, no access point. It may answer once it hears a network.</source>
        <translation>La radio no puede empezar a emitir aquí por sí misma: ni balizas, ni solicitudes de sondeo, ni punto de acceso. Puede responder cuando oiga una red.</translation>
    </message>
    <message>
        <source>Radars use this channel: before transmitting, the radio must listen for them (channel availability check) and leave when it hears one.</source>
        <translation>Los radares usan este canal: antes de emitir, la radio debe escucharlos (comprobación de disponibilidad del canal) y salir cuando oiga uno.</translation>
    </message>
    <message>
        <source>The regulatory domain allows this channel indoors only.</source>
        <translation>El dominio regulatorio solo permite este canal en interiores.</translation>
    </message>
    <message>
        <source>No 40 MHz channel with its secondary 20 MHz below (−) or above (+) this one.</source>
        <translation>Sin canal de 40 MHz con su parte secundaria de 20 MHz por debajo (−) o por encima (+) de este.</translation>
    </message>
    <message>
        <source>Channels of this width may not include this one.</source>
        <translation>Los canales de este ancho no pueden incluir este.</translation>
    </message>
    <message>
        <source>Wi-Fi 6 (HE) or Wi-Fi 7 (EHT) operation is not allowed here.</source>
        <translation>Aquí no se permite funcionar en Wi-Fi 6 (HE) ni Wi-Fi 7 (EHT).</translation>
    </message>
    <message>
        <source>Allowed when another interface of the radio already operates here under the rules.</source>
        <translation>Permitido cuando otra interfaz de la radio ya funciona aquí según las normas.</translation>
    </message>
    <message>
        <source>Usable after a check</source>
        <translation>Utilizable tras comprobar</translation>
    </message>
    <message>
        <source>Available (checked)</source>
        <translation>Disponible (comprobado)</translation>
    </message>
    <message>
        <source>Unavailable (radar seen)</source>
        <translation>No disponible (radar detectado)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 (%2 MHz)</source>
        <translation>%1 (%2 MHz)</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.</source>
        <translation>Banco de trabajo para radios Wi-Fi, interfaces virtuales y Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</source>
        <translation>Abrir PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation>Dibujar la ventana principal en el archivo PNG FILE y salir.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Tamaño de la ventana, WIDTHxHEIGHT (por omisión 1280x800).</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;</source>
        <translation>página desconocida «%1»</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 320x240 and 8192x8192</source>
        <translation>--size espera WIDTHxHEIGHT entre 320x240 y 8192x8192</translation>
    </message>
    <message>
        <source>Mark the window as running on the virtual lab&apos;s SCENARIO.</source>
        <translation>Marcar la ventana como ejecutándose en el escenario SCENARIO del laboratorio virtual.</translation>
    </message>
</context>
</TS>
