<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Airpane</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Airpane::ActionHandler</name>
    <message>
        <source>You are not allowed to do this: the system&apos;s policy (polkit) refused.</source>
        <translation>Das ist Ihnen nicht erlaubt: Die Richtlinie des Systems (polkit) hat abgelehnt.</translation>
    </message>
    <message>
        <source>This needs an administrator password, and no authentication agent is running to ask for it.</source>
        <translation>Dafür ist ein Administratorpasswort nötig, aber kein Authentifizierungsagent läuft, der danach fragen könnte.</translation>
    </message>
    <message>
        <source>The Airpane helper went away before it answered; try again in a moment.</source>
        <translation>Der Airpane-Helfer ist verschwunden, bevor er antwortete; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>Der Airpane-Helfer ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not connected to the Airpane helper; try again once it is back.</source>
        <translation>Nicht mit dem Airpane-Helfer verbunden; versuchen Sie es erneut, sobald er zurück ist.</translation>
    </message>
</context>
<context>
    <name>Airpane::AuthorizationMarker</name>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Fragt nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das ist Ihnen nicht erlaubt.</translation>
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
            <numerusform>Eines von %n Netz desselben Access Points</numerusform>
            <numerusform>Eines von %n Netzen desselben Access Points</numerusform>
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
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilitiesPage</name>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Funkmodul:</translation>
    </message>
    <message>
        <source>Bands &amp;&amp; channels</source>
        <translation>Bänder &amp;&amp; Kanäle</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <source>HT · VHT · HE · EHT</source>
        <translation>HT · VHT · HE · EHT</translation>
    </message>
    <message>
        <source>Interface combinations</source>
        <translation>Schnittstellenkombinationen</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffren</translation>
    </message>
    <message>
        <source>Commands &amp;&amp; features</source>
        <translation>Befehle &amp;&amp; Merkmale</translation>
    </message>
    <message>
        <source>No radio to show</source>
        <translation>Kein Funkmodul vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n interface type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Schnittstellentyp</numerusform>
            <numerusform>%1 · %2 · %n Schnittstellentypen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cipher(s)</source>
        <translation>
            <numerusform>%n Chiffre</numerusform>
            <numerusform>%n Chiffren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n Befehl</numerusform>
            <numerusform>%n Befehle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilityTreeModel</name>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelGraph</name>
    <message>
        <source>DFS (radar detection)</source>
        <translation>DFS (Radarerkennung)</translation>
    </message>
    <message>
        <source>No transmitting first (no-IR)</source>
        <translation>Kein Senden zuerst (no-IR)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Busy time (survey)</source>
        <translation>Belegte Zeit (Messung)</translation>
    </message>
    <message>
        <source>Zoomed: double-click for the whole band</source>
        <translation>Vergrößert: Doppelklick zeigt das ganze Band</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (verbunden)</translation>
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
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>After a radar check</source>
        <translation>Nach Radarprüfung</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Radar check (CAC) takes %1 s</source>
        <translation>Radarprüfung (CAC) dauert %1 s</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Max. Leistung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DFS state</source>
        <translation>DFS-Zustand</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Passive only</source>
        <translation>Nur passiv</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelPanel</name>
    <message>
        <source>Show disabled channels</source>
        <translation>Deaktivierte Kanäle zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %n Kanal</numerusform>
            <numerusform>%1 · %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulatory domain %1, DFS region %2. Max power is the domain&apos;s limit for each channel.</source>
        <translation>Regulierungsdomäne %1, DFS-Region %2. Die max. Leistung ist die Grenze der Domäne für jeden Kanal.</translation>
    </message>
    <message>
        <source>Max power is the regulatory domain&apos;s limit for each channel.</source>
        <translation>Die max. Leistung ist die Grenze der Regulierungsdomäne für jeden Kanal.</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
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
        <translation>Klicken Sie auf ein Netz, um es hervorzuheben.</translation>
    </message>
    <message>
        <source>%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz</source>
        <translation>%1 auf 2,4 GHz, %2 auf 5 GHz, %3 auf 6 GHz</translation>
    </message>
    <message>
        <source>%1 (%2): channel %3, %4 MHz wide around %5 MHz, %6 dBm</source>
        <translation>%1 (%2): Kanal %3, %4 MHz breit um %5 MHz, %6 dBm</translation>
    </message>
    <message>
        <source>Allow DFS channels</source>
        <translation>DFS-Kanäle zulassen</translation>
    </message>
    <message>
        <source>%1 MHz AP</source>
        <translation>AP mit %1 MHz</translation>
    </message>
    <message>
        <source>The width of the AP the recommendation plans for (2.4 GHz: at most 40 MHz)</source>
        <translation>Die Breite des AP, für den die Empfehlung plant (2,4 GHz: höchstens 40 MHz)</translation>
    </message>
    <message>
        <source>Consider channels that need radar detection; an AP there waits a minute before starting and must leave when radar appears</source>
        <translation>Kanäle mit Radarerkennung berücksichtigen; ein AP dort wartet vor dem Start eine Minute und muss den Kanal verlassen, sobald Radar auftaucht</translation>
    </message>
    <message>
        <source>Channel graphs</source>
        <translation>Kanalgrafiken</translation>
    </message>
    <message>
        <source>No radio of this machine can use this band.</source>
        <translation>Kein Funkmodul dieses Rechners kann dieses Band nutzen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine Empfehlung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Empfohlen für %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>no radio</source>
        <translation>kein Funkmodul</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>recommended %1</source>
        <translation>empfohlen: %1</translation>
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
        <translation>(verborgen)</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A station, an access point and a P2P group (with its P2P device) run together under this combination.</source>
        <translation>Eine Station, ein Zugangspunkt und eine P2P-Gruppe (mit ihrem P2P-Gerät) laufen mit dieser Kombination gleichzeitig.</translation>
    </message>
    <message>
        <source>This combination cannot run a station, an access point and a P2P group together.</source>
        <translation>Mit dieser Kombination laufen Station, Zugangspunkt und P2P-Gruppe nicht gleichzeitig.</translation>
    </message>
    <message>
        <source>At most this many interfaces at once, of any type.</source>
        <translation>Höchstens so viele Schnittstellen gleichzeitig, gleich welchen Typs.</translation>
    </message>
    <message>
        <source>All interfaces share one channel.</source>
        <translation>Alle Schnittstellen teilen sich einen Kanal.</translation>
    </message>
    <message>
        <source>The interfaces may use up to %1 different channels at once.</source>
        <translation>Die Schnittstellen können bis zu %1 verschiedene Kanäle gleichzeitig nutzen.</translation>
    </message>
    <message>
        <source>Channel widths on which it can check for radars (DFS) under this combination.</source>
        <translation>Kanalbreiten, auf denen es mit dieser Kombination nach Radaren suchen kann (DFS).</translation>
    </message>
    <message>
        <source>20 (no HT)</source>
        <translation>20 (ohne HT)</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>shares a limit of %1 with %2</source>
        <translation>teilt eine Grenze von %1 mit %2</translation>
    </message>
    <message>
        <source>Not in this combination</source>
        <translation>Nicht in dieser Kombination</translation>
    </message>
    <message>
        <source>Up to %1 at once</source>
        <translation>Bis zu %1 gleichzeitig</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Eine nach der anderen</translation>
    </message>
    <message>
        <source>The driver reports no combinations: one interface at a time.</source>
        <translation>Der Treiber meldet keine Kombinationen: eine Schnittstelle nach der anderen.</translation>
    </message>
    <message>
        <source>Combination %1</source>
        <translation>Kombination %1</translation>
    </message>
    <message>
        <source>Interfaces at once</source>
        <translation>Schnittstellen gleichzeitig</translation>
    </message>
    <message>
        <source>Different channels</source>
        <translation>Verschiedene Kanäle</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Radarerkennung</translation>
    </message>
    <message>
        <source>Station + AP + P2P</source>
        <translation>Station + AP + P2P</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationPanel</name>
    <message>
        <source>Can this radio run at once:</source>
        <translation>Kann dieses Funkmodul gleichzeitig betreiben:</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stationen</translation>
    </message>
    <message>
        <source>Access points</source>
        <translation>Zugangspunkte</translation>
    </message>
    <message>
        <source>P2P groups</source>
        <translation>P2P-Gruppen</translation>
    </message>
    <message>
        <source>Mesh points</source>
        <translation>Mesh-Punkte</translation>
    </message>
    <message>
        <source>a P2P device</source>
        <translation>ein P2P-Gerät</translation>
    </message>
    <message>
        <source>Wi-Fi Direct discovery runs on a P2P device next to the group.</source>
        <translation>Die Wi-Fi-Direct-Suche läuft auf einem P2P-Gerät neben der Gruppe.</translation>
    </message>
    <message>
        <source>Choose a radio.</source>
        <translation>Wählen Sie ein Funkmodul.</translation>
    </message>
    <message>
        <source>The P2P groups can only join others, as clients.</source>
        <translation>Die P2P-Gruppen können nur als Client beitreten.</translation>
    </message>
    <message>
        <source>Only %1 of the P2P groups can be group owner.</source>
        <translation>Nur %1 der P2P-Gruppen kann Gruppenbesitzer sein.</translation>
    </message>
    <message>
        <source>No. None of the radio&apos;s interface combinations allows these interfaces at once.</source>
        <translation>Nein. Keine Schnittstellenkombination des Funkmoduls erlaubt diese Schnittstellen gleichzeitig.</translation>
    </message>
    <message>
        <source>No. The radio has no %1 at all.</source>
        <translation>Nein. Das Funkmodul kennt gar keine %1.</translation>
    </message>
    <message>
        <source>Yes. The radio runs one interface at a time, and that is enough.</source>
        <translation>Ja. Das Funkmodul betreibt eine Schnittstelle nach der anderen, und das genügt.</translation>
    </message>
    <message>
        <source>Yes. Combination %1 allows it; all of them share one channel.</source>
        <translation>Ja. Kombination %1 erlaubt es; alle teilen sich einen Kanal.</translation>
    </message>
    <message numerus="yes">
        <source>Yes. Combination %1 allows it, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Ja. Kombination %1 erlaubt es, auf bis zu %n Kanal.</numerusform>
            <numerusform>Ja. Kombination %1 erlaubt es, auf bis zu %n verschiedenen Kanälen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ConnectionIndicator</name>
    <message>
        <source>Not connected to the Airpane helper</source>
        <translation>Nicht mit dem Airpane-Helfer verbunden</translation>
    </message>
    <message>
        <source>Connecting to the Airpane helper…</source>
        <translation>Verbindung zum Airpane-Helfer wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper</source>
        <translation>Mit dem Airpane-Helfer verbunden</translation>
    </message>
    <message>
        <source>airpane-helper %1, live</source>
        <translation>airpane-helper %1, live</translation>
    </message>
    <message>
        <source>The helper restarted; reconnecting…</source>
        <translation>Der Helfer wurde neu gestartet; Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>What you see is the last state the helper reported.</source>
        <translation>Angezeigt wird der letzte Zustand, den der Helfer gemeldet hat.</translation>
    </message>
    <message>
        <source>Helper unavailable: %1</source>
        <translation>Helfer nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Airpane keeps trying to reach it.</source>
        <translation>Airpane versucht es weiter.</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper; reading the radios…</source>
        <translation>Mit dem Airpane-Helfer verbunden; Funkmodule werden gelesen …</translation>
    </message>
</context>
<context>
    <name>Airpane::ElementInspector</name>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Wählen Sie ein Netz, um seine Elemente zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n element(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Element</numerusform>
            <numerusform>%1 (%2): %n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ElementTreeModel</name>
    <message>
        <source>ID %1, extension %2</source>
        <translation>ID %1, Erweiterung %2</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (malformed: %2)</source>
        <translation>%1 (fehlerhaft: %2)</translation>
    </message>
    <message>
        <source>Element or field</source>
        <translation>Element oder Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Airpane::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Funkmodul</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>nl80211 command</source>
        <translation>nl80211-Befehl</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Airpane::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop receiving events; the helper sends none until you resume (%1)</source>
        <translation>Keine Ereignisse mehr empfangen; der Helfer sendet keine, bis Sie fortsetzen (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the events shown (%1)</source>
        <translation>Angezeigte Ereignisse verwerfen (%1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Funkmodul:</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulierung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 von %n Ereignis angezeigt</numerusform>
            <numerusform>%1 von %n Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps the newest %1</source>
        <translation>behält die neuesten %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Paused: no events arrive until you resume.</source>
        <translation>Angehalten: bis zum Fortsetzen kommen keine Ereignisse.</translation>
    </message>
    <message>
        <source>No events yet. They appear here as the kernel reports them.</source>
        <translation>Noch keine Ereignisse. Sie erscheinen hier, sobald der Kernel sie meldet.</translation>
    </message>
</context>
<context>
    <name>Airpane::HelperClient</name>
    <message>
        <source>The Airpane helper is not installed.</source>
        <translation>Der Airpane-Helfer ist nicht installiert.</translation>
    </message>
    <message>
        <source>The system bus is not running, so the Airpane helper cannot be reached.</source>
        <translation>Der Systembus läuft nicht, daher ist der Airpane-Helfer nicht erreichbar.</translation>
    </message>
    <message>
        <source>The Airpane helper could not be started.</source>
        <translation>Der Airpane-Helfer konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The system bus does not let you reach the Airpane helper.</source>
        <translation>Der Systembus lässt Sie den Airpane-Helfer nicht erreichen.</translation>
    </message>
    <message>
        <source>You are not allowed to watch the Wi-Fi radios.</source>
        <translation>Sie dürfen die WLAN-Funkmodule nicht beobachten.</translation>
    </message>
    <message>
        <source>Watching the Wi-Fi radios needs a password, and no authentication agent is running.</source>
        <translation>Zum Beobachten der WLAN-Funkmodule ist ein Passwort nötig, aber kein Authentifizierungsagent läuft.</translation>
    </message>
    <message>
        <source>Too many Airpane windows are open; close one.</source>
        <translation>Zu viele Airpane-Fenster sind offen; schließen Sie eines.</translation>
    </message>
    <message>
        <source>The Airpane helper does not answer.</source>
        <translation>Der Airpane-Helfer antwortet nicht.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>Der Airpane-Helfer ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Airpane::InterfaceDialog</name>
    <message>
        <source>New Interface</source>
        <translation>Neue Schnittstelle</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>Typ von %1 ändern</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Funkmodul:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Fragt nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>This radio offers no interface type Airpane can create.</source>
        <translation>Dieses Funkmodul bietet keinen Schnittstellentyp, den Airpane anlegen kann.</translation>
    </message>
    <message>
        <source>The interface must be down. The helper checks the radio&apos;s interface combinations when you change it, and says so if they do not allow it.</source>
        <translation>Die Schnittstelle muss heruntergefahren sein. Der Helfer prüft beim Ändern die Schnittstellenkombinationen des Funkmoduls und sagt Bescheid, wenn sie es nicht erlauben.</translation>
    </message>
    <message>
        <source>Checking whether %1 has room for one more %2…</source>
        <translation>Prüfe, ob %1 Platz für eine weitere Schnittstelle vom Typ %2 hat …</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow it.</source>
        <translation>Die Schnittstellenkombinationen des Funkmoduls erlauben es.</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>Erlaubt. %1</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations do not allow it.</source>
        <translation>Die Schnittstellenkombinationen des Funkmoduls erlauben es nicht.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Derzeit nicht möglich: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
    <message>
        <source>Changing the type…</source>
        <translation>Typ wird geändert …</translation>
    </message>
</context>
<context>
    <name>Airpane::LinkChart</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>Signal (dBm)</translation>
    </message>
    <message>
        <source>Rate (Mb/s)</source>
        <translation>Rate (Mbit/s)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Senderate</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Empfangsrate</translation>
    </message>
</context>
<context>
    <name>Airpane::MainWindow</name>
    <message>
        <source>Radios</source>
        <translation>Funkmodule</translation>
    </message>
    <message>
        <source>The machine&apos;s Wi-Fi radios and the interfaces each one runs: stations, access points, monitors and P2P devices.</source>
        <translation>Die WLAN-Funkmodule des Rechners und die Schnittstellen, die jedes betreibt: Stationen, Zugangspunkte, Monitore und P2P-Geräte.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Every network in range, live, with everything each one advertises decoded.</source>
        <translation>Jedes Netz in Reichweite, live, mit allem, was es ankündigt, entschlüsselt.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Each network drawn over its real channel width, occupancy, and a channel recommendation that explains itself.</source>
        <translation>Jedes Netz über seiner tatsächlichen Kanalbreite, die Belegung und eine Kanalempfehlung mit Begründung.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Signal strength over time for the networks you select, and a waterfall of channel occupancy.</source>
        <translation>Signalstärke im Zeitverlauf für die gewählten Netze und ein Wasserfall der Kanalbelegung.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>Phones, TVs, printers and displays around you that speak Wi-Fi Direct, and why P2P is unavailable when it is.</source>
        <translation>Telefone, Fernseher, Drucker und Bildschirme in der Nähe, die Wi-Fi Direct sprechen, und warum P2P nicht verfügbar ist, wenn es das nicht ist.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and which interfaces it can run at once.</source>
        <translation>Was jedes Funkmodul kann: Bänder und Kanäle, HT/VHT/HE/EHT, Chiffren und welche Schnittstellen es gleichzeitig betreiben kann.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>A live log of what the kernel&apos;s Wi-Fi stack reports.</source>
        <translation>Ein Live-Protokoll dessen, was der WLAN-Stack des Kernels meldet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Airpane</source>
        <translation>&amp;Über Airpane</translation>
    </message>
    <message>
        <source>About Airpane</source>
        <translation>Über Airpane</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;A workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für WLAN-Funkmodule, virtuelle Schnittstellen und Wi-Fi Direct.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Virtual lab</source>
        <translation>Virtuelles Labor</translation>
    </message>
    <message>
        <source>The radios, access points and Wi-Fi Direct peers are simulated: mac80211_hwsim in a virtual machine running Debian&apos;s kernel.</source>
        <translation>Funkmodule, Zugangspunkte und Wi-Fi-Direct-Gegenstellen sind simuliert: mac80211_hwsim in einer virtuellen Maschine mit dem Kernel von Debian.</translation>
    </message>
    <message>
        <source>Virtual lab · scenario “%1”</source>
        <translation>Virtuelles Labor · Szenario „%1“</translation>
    </message>
    <message>
        <source>Link and clients</source>
        <translation>Verbindung und Clients</translation>
    </message>
    <message>
        <source>Your connection live, many times a second, and who is connected to the access points on this machine; without scanning.</source>
        <translation>Ihre Verbindung live, viele Male pro Sekunde, und wer mit den Zugangspunkten dieses Rechners verbunden ist; ohne Suche.</translation>
    </message>
</context>
<context>
    <name>Airpane::P2pStatusModel</name>
    <message>
        <source>Running (%1)</source>
        <translation>Läuft (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Funkmodul</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>P2P-Gerät</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Geräteadresse</translation>
    </message>
    <message>
        <source>Airpane&apos;s (%1)</source>
        <translation>Von Airpane (%1)</translation>
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
        <translation>Nur beim Suchen gehört: Es hat noch nicht mit seiner eigenen Beschreibung geantwortet.</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Geräteadresse</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Verbindet per</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioListModel</name>
    <message>
        <source>All radios</source>
        <translation>Alle Funkmodule</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioTreeModel</name>
    <message>
        <source>No network device</source>
        <translation>Kein Netzwerkgerät</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Up, not connected</source>
        <translation>Aktiv, nicht verbunden</translation>
    </message>
    <message>
        <source>Up, no link</source>
        <translation>Aktiv, keine Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n interface(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n Schnittstelle</numerusform>
            <numerusform>%1  ·  %2  ·  %n Schnittstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>A P2P device has no network device; the kernel knows it by its wdev id %1.</source>
        <translation>Ein P2P-Gerät hat kein Netzwerkgerät; der Kernel kennt es unter seiner wdev-Kennung %1.</translation>
    </message>
    <message>
        <source>Primary channel %1 MHz</source>
        <translation>Primärkanal %1 MHz</translation>
    </message>
    <message>
        <source>Centre frequency %1 MHz</source>
        <translation>Mittenfrequenz %1 MHz</translation>
    </message>
    <message>
        <source>Second centre frequency %1 MHz</source>
        <translation>Zweite Mittenfrequenz %1 MHz</translation>
    </message>
    <message>
        <source>Operational state reported by the kernel: %1</source>
        <translation>Vom Kernel gemeldeter Betriebszustand: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>wdev %1</source>
        <translation>wdev %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Sendeleistung</translation>
    </message>
</context>
<context>
    <name>Airpane::RadiosPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Radios &amp; interfaces</source>
        <translation>Funkmodule &amp; Schnittstellen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Show the radios and interfaces whose text contains this (%1)</source>
        <translation>Funkmodule und Schnittstellen zeigen, deren Text dies enthält (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read every radio and interface again</source>
        <translation>Alle Funkmodule und Schnittstellen neu einlesen</translation>
    </message>
    <message>
        <source>New Interface…</source>
        <translation>Neue Schnittstelle …</translation>
    </message>
    <message>
        <source>Select a radio or an interface to see its details.</source>
        <translation>Wählen Sie ein Funkmodul oder eine Schnittstelle, um Einzelheiten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n radio(s)</source>
        <translation>
            <numerusform>%n Funkmodul</numerusform>
            <numerusform>%n Funkmodule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation>
            <numerusform>%n Schnittstelle</numerusform>
            <numerusform>%n Schnittstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the Airpane helper…</source>
        <translation>Warten auf den Airpane-Helfer …</translation>
    </message>
    <message>
        <source>The Airpane helper is unavailable: %1</source>
        <translation>Der Airpane-Helfer ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This machine has no Wi-Fi radios.</source>
        <translation>Dieser Rechner hat keine WLAN-Funkmodule.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Radio %1</source>
        <translation>Funkmodul %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>Interface types</source>
        <translation>Schnittstellentypen</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 interfaces on %n channel(s)</source>
        <translation>
            <numerusform>Bis zu %1 Schnittstellen auf %n Kanal</numerusform>
            <numerusform>Bis zu %1 Schnittstellen auf %n Kanälen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Auf anderem Kanal bleiben</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Regulatory domain</source>
        <translation>Regulierungsdomäne</translation>
    </message>
    <message>
        <source>Own regulatory domain</source>
        <translation>Eigene Regulierungsdomäne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, carrier %2, operational state “%3”</source>
        <translation>%1, Träger %2, Betriebszustand „%3“</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Sendeleistung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>4-address mode</source>
        <translation>4-Adressen-Modus</translation>
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
        <translation>%1, %2, Mitte %3 MHz</translation>
    </message>
    <message>
        <source>Create an interface on the radio selected (%1)</source>
        <translation>Eine Schnittstelle auf dem gewählten Funkmodul anlegen (%1)</translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation>Typ ändern …</translation>
    </message>
    <message>
        <source>Make the interface selected a station, an access point, a monitor, …</source>
        <translation>Die gewählte Schnittstelle zu einer Station, einem Access Point, einem Monitor … machen</translation>
    </message>
    <message>
        <source>Delete Interface</source>
        <translation>Schnittstelle löschen</translation>
    </message>
    <message>
        <source>Delete the interface selected</source>
        <translation>Die gewählte Schnittstelle löschen</translation>
    </message>
    <message>
        <source>Delete the %1 %2 on %3? Programs using it lose it at once.</source>
        <translation>%1 %2 auf %3 löschen? Programme, die sie nutzen, verlieren sie sofort.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanControls</name>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Laufend</translation>
    </message>
    <message>
        <source>Pass&amp;ive</source>
        <translation>Pass&amp;iv</translation>
    </message>
    <message>
        <source>The interface that scans</source>
        <translation>Die Schnittstelle, die sucht</translation>
    </message>
    <message>
        <source>Scan again and again; when off, only the results of other programs&apos; scans are read</source>
        <translation>Immer wieder suchen; ausgeschaltet werden nur die Ergebnisse der Suchen anderer Programme gelesen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between scans; while the interface is connected, at least 10 s and only on its own channel, other channels every 5 minutes</source>
        <translation>Zeit zwischen den Suchen; solange die Schnittstelle verbunden ist, mindestens 10 s und nur auf ihrem eigenen Kanal, andere Kanäle alle 5 Minuten</translation>
    </message>
    <message>
        <source>Only listen for beacons: send no probe requests</source>
        <translation>Nur auf Beacons hören: keine Probe Requests senden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop scanning; what was heard stays</source>
        <translation>Suche anhalten; was gehört wurde, bleibt</translation>
    </message>
    <message>
        <source>Scan now</source>
        <translation>Jetzt suchen</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Eine Suche läuft</translation>
    </message>
    <message>
        <source>Sc&amp;an with:</source>
        <translation>Such&amp;en mit:</translation>
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
        <translation>Keine Schnittstelle kann suchen: Dazu ist eine Station-Schnittstelle nötig.</translation>
    </message>
    <message>
        <source>Showing the results of another program&apos;s scan.</source>
        <translation>Angezeigt werden die Ergebnisse der Suche eines anderen Programms.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanPage</name>
    <message>
        <source>Scan</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Hide &amp;hidden</source>
        <translation>Verborgene ausb&amp;lenden</translation>
    </message>
    <message>
        <source>&amp;Group by access point</source>
        <translation>Nach Access Point &amp;gruppieren</translation>
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
        <translation>Mi&amp;ndestsignal:</translation>
    </message>
    <message>
        <source>Search networks, vendors, security</source>
        <translation>Netze, Hersteller, Sicherheit suchen</translation>
    </message>
    <message>
        <source>SSID or BSSID regular expression</source>
        <translation>Regulärer Ausdruck für SSID oder BSSID</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Alle Bänder</translation>
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
        <translation>Jede Sicherheit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>WEP or WPA</source>
        <translation>WEP oder WPA</translation>
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
        <translation>Enterprise</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Keep the networks of one physical access point together, strongest first</source>
        <translation>Die Netze eines physischen Access Points zusammenhalten, das stärkste zuerst</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Angezeigte Spalten wählen</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Kein gültiger regulärer Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netz</numerusform>
            <numerusform>%n Netze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s) shown</source>
        <translation>
            <numerusform>%1 von %n Netz angezeigt</numerusform>
            <numerusform>%1 von %n Netzen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No networks heard yet. Scanning needs a station interface that is up.</source>
        <translation>Noch keine Netze gehört. Zum Suchen ist eine aktive Station-Schnittstelle nötig.</translation>
    </message>
    <message>
        <source>No network matches the filters.</source>
        <translation>Kein Netz passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Wählen Sie ein Netz, um seine Elemente zu sehen.</translation>
    </message>
    <message>
        <source>Reading the elements of %1…</source>
        <translation>Lese die Elemente von %1 …</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered, sorted, the visible columns) as CSV or JSON</source>
        <translation>Die Tabelle wie angezeigt (gefiltert, sortiert, die sichtbaren Spalten) als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabelle als CSV …</translation>
    </message>
    <message>
        <source>Table as JSON…</source>
        <translation>Tabelle als JSON …</translation>
    </message>
</context>
<context>
    <name>Airpane::SentFrameModel</name>
    <message>
        <source>Waiting for the radio</source>
        <translation>Warten auf das Funkmodul</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The receiver did not acknowledge the frame: it may have left the channel, or not heard it.</source>
        <translation>Der Empfänger hat den Rahmen nicht bestätigt: Vielleicht hat er den Kanal verlassen oder den Rahmen nicht gehört.</translation>
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
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TX status after</source>
        <translation>TX-Status nach</translation>
    </message>
</context>
<context>
    <name>Airpane::SignalChart</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>Signal (dBm)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, verbunden</translation>
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
        <translation>Signal</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze the chart and the waterfall; the history keeps filling meanwhile</source>
        <translation>Diagramm und Wasserfall einfrieren; der Verlauf wird währenddessen weiter aufgezeichnet</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>How much of the past the chart and the waterfall show</source>
        <translation>Wie weit Diagramm und Wasserfall in die Vergangenheit zurückreichen</translation>
    </message>
    <message>
        <source>Signal chart</source>
        <translation>Signaldiagramm</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Wasserfall</translation>
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
        <translation>frei</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>Channel occupancy over time</source>
        <translation>Kanalbelegung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 networks selected; the chart follows the first %2.</source>
        <translation>%1 Netze gewählt; das Diagramm verfolgt die ersten %2.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n selected network(s).</source>
        <translation>
            <numerusform>%n gewähltes Netz wird verfolgt.</numerusform>
            <numerusform>%n gewählte Netze werden verfolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy time from the radio&apos;s survey on %n channel(s); striped channels are estimated from the networks heard.</source>
        <translation>
            <numerusform>Belegte Zeit aus der Messung des Funkmoduls auf %n Kanal; gestreifte Kanäle sind aus den gehörten Netzen geschätzt.</numerusform>
            <numerusform>Belegte Zeit aus der Messung des Funkmoduls auf %n Kanälen; gestreifte Kanäle sind aus den gehörten Netzen geschätzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the networks heard and their load (striped): no survey measured this band yet.</source>
        <translation>Geschätzt aus den gehörten Netzen und ihrer Auslastung (gestreift): Dieses Band wurde noch nicht gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) with history</source>
        <translation>
            <numerusform>%n Netz mit Verlauf</numerusform>
            <numerusform>%n Netze mit Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <source>Showing the connected network and the strongest access points. Select networks below (up to %1) to follow them instead.</source>
        <translation>Angezeigt werden das verbundene Netz und die stärksten Access Points. Wählen Sie unten Netze (bis zu %1), um stattdessen diese zu verfolgen.</translation>
    </message>
</context>
<context>
    <name>Airpane::StationDetailsModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The newest standard of the rates it uses with this interface now.</source>
        <translation>Der neueste Standard der Raten, die sie jetzt mit dieser Schnittstelle nutzt.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Of the last frame received.</source>
        <translation>Des zuletzt empfangenen Rahmens.</translation>
    </message>
    <message>
        <source>Per antenna</source>
        <translation>Je Antenne</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Average per antenna</source>
        <translation>Durchschnitt je Antenne</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Beacons</translation>
    </message>
    <message>
        <source>The average signal of the access point&apos;s beacons.</source>
        <translation>Das durchschnittliche Signal der Beacons des Zugangspunkts.</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>Letzte Bestätigung</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Expected throughput</source>
        <translation>Erwarteter Durchsatz</translation>
    </message>
    <message>
        <source>What the driver&apos;s rate control expects this link to carry.</source>
        <translation>Was die Ratensteuerung des Treibers von dieser Verbindung erwartet.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Transmit retries</source>
        <translation>Sendewiederholungen</translation>
    </message>
    <message>
        <source>Transmit failures</source>
        <translation>Sendefehler</translation>
    </message>
    <message>
        <source>Frames given up after every retry.</source>
        <translation>Rahmen, die nach allen Wiederholungen aufgegeben wurden.</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Verlorene Beacons</translation>
    </message>
    <message>
        <source>Times the access point&apos;s beacons stopped coming.</source>
        <translation>Wie oft die Beacons des Zugangspunkts ausblieben.</translation>
    </message>
    <message>
        <source>Beacons received</source>
        <translation>Empfangene Beacons</translation>
    </message>
    <message>
        <source>Received and dropped</source>
        <translation>Empfangen und verworfen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Empfangene Pakete</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>Gesendete Pakete</translation>
    </message>
    <message>
        <source>Receive airtime</source>
        <translation>Empfangs-Sendezeit</translation>
    </message>
    <message>
        <source>Transmit airtime</source>
        <translation>Sende-Sendezeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inaktiv seit</translation>
    </message>
    <message>
        <source>Since the last frame to or from it.</source>
        <translation>Seit dem letzten Rahmen von oder an sie.</translation>
    </message>
    <message>
        <source>Associated at</source>
        <translation>Assoziiert um</translation>
    </message>
    <message>
        <source>Timing offset</source>
        <translation>Zeitversatz</translation>
    </message>
    <message>
        <source>Between its timer (TSF) and this radio&apos;s.</source>
        <translation>Zwischen ihrem Zeitgeber (TSF) und dem dieses Funkmoduls.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Its keys are in place: data flows (802.1X or the 4-way handshake done).</source>
        <translation>Ihre Schlüssel sind gesetzt: Daten fließen (802.1X oder 4-Wege-Handshake abgeschlossen).</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Assoziiert</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Präambel</translation>
    </message>
    <message>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>WMM</source>
        <translation>WMM</translation>
    </message>
    <message>
        <source>QoS: traffic goes in four access categories.</source>
        <translation>QoS: Der Verkehr läuft in vier Zugriffskategorien.</translation>
    </message>
    <message>
        <source>Protected management frames</source>
        <translation>Geschützte Management-Rahmen</translation>
    </message>
    <message>
        <source>TDLS peer</source>
        <translation>TDLS-Partner</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>DTIM period</source>
        <translation>DTIM-Periode</translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s)</source>
        <translation>
            <numerusform>%n Beacon</numerusform>
            <numerusform>%n Beacons</numerusform>
        </translation>
    </message>
    <message>
        <source>Beacon interval</source>
        <translation>Beacon-Intervall</translation>
    </message>
    <message>
        <source>%1 TU</source>
        <translation>%1 TU</translation>
    </message>
    <message>
        <source>CTS protection</source>
        <translation>CTS-Schutz</translation>
    </message>
    <message>
        <source>Short preamble</source>
        <translation>Kurze Präambel</translation>
    </message>
    <message>
        <source>Short slot time</source>
        <translation>Kurze Slot-Zeit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Airpane::StationModel</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Senderate</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Empfangsrate</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Pakete rein</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Pakete raus</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Airpane::StationsPage</name>
    <message>
        <source>Link and clients</source>
        <translation>Verbindung und Clients</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The connected interface whose link to follow, or the access point whose clients to show</source>
        <translation>Die verbundene Schnittstelle, deren Verbindung verfolgt wird, oder der Zugangspunkt, dessen Clients gezeigt werden</translation>
    </message>
    <message>
        <source>How often the helper reads the driver&apos;s counters (never a scan)</source>
        <translation>Wie oft der Helfer die Zähler des Treibers liest (nie eine Suche)</translation>
    </message>
    <message>
        <source>10 updates a second</source>
        <translation>10 Aktualisierungen pro Sekunde</translation>
    </message>
    <message>
        <source>4 updates a second</source>
        <translation>4 Aktualisierungen pro Sekunde</translation>
    </message>
    <message>
        <source>1 update a second</source>
        <translation>1 Aktualisierung pro Sekunde</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>Alle 5 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>How much of the past the chart shows</source>
        <translation>Wie viel Vergangenheit das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Freeze what is shown; the history keeps filling meanwhile</source>
        <translation>Anzeige einfrieren; der Verlauf füllt sich währenddessen weiter</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Verbindungsdiagramm</translation>
    </message>
    <message>
        <source>No clients yet: stations that join appear here at once.</source>
        <translation>Noch keine Clients: Stationen, die beitreten, erscheinen hier sofort.</translation>
    </message>
    <message>
        <source>Waiting for the first values…</source>
        <translation>Warten auf die ersten Werte …</translation>
    </message>
    <message>
        <source>The driver reports no counters per traffic identifier.</source>
        <translation>Der Treiber meldet keine Zähler je Verkehrskennung.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Per traffic identifier</source>
        <translation>Je Verkehrskennung</translation>
    </message>
    <message>
        <source>No connected station interface and no access point on this machine. Connect to a network, or create an access point on the Radios page, to follow its link or see its clients here.</source>
        <translation>Keine verbundene Stations-Schnittstelle und kein Zugangspunkt auf diesem Rechner. Verbinden Sie sich mit einem Netz oder legen Sie auf der Seite „Funkmodule“ einen Zugangspunkt an, um hier seine Verbindung zu verfolgen oder seine Clients zu sehen.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 · connected to “%2”</source>
        <translation>%1 · verbunden mit „%2“</translation>
    </message>
    <message>
        <source>%1 · access point, not running</source>
        <translation>%1 · Zugangspunkt, nicht aktiv</translation>
    </message>
    <message>
        <source>%1 · P2P group “%2”</source>
        <translation>%1 · P2P-Gruppe „%2“</translation>
    </message>
    <message>
        <source>%1 · access point “%2”</source>
        <translation>%1 · Zugangspunkt „%2“</translation>
    </message>
    <message>
        <source> · %1 updates a second</source>
        <translation> · %1 Aktualisierungen pro Sekunde</translation>
    </message>
    <message>
        <source> · every %1 s</source>
        <translation> · alle %1 s</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>Nichts zu verfolgen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on %1</source>
        <translation>
            <numerusform>%n Client an %1</numerusform>
            <numerusform>%n Clients an %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 verbunden mit %2</translation>
    </message>
    <message>
        <source>%1, waiting</source>
        <translation>%1, wartet</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Retries / failed</source>
        <translation>Wiederholt / fehlgeschlagen</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Verlorene Beacons</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Transmit: %1</source>
        <translation>Senden: %1</translation>
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
        <translation>Zugriffskategorie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queued bytes</source>
        <translation>Wartende Bytes</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>ECN marks</source>
        <translation>ECN-Markierungen</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Kollisionen</translation>
    </message>
    <message>
        <source>Queue sent bytes</source>
        <translation>Aus der Warteschlange gesendete Bytes</translation>
    </message>
    <message>
        <source>Queue sent</source>
        <translation>Aus der Warteschlange gesendet</translation>
    </message>
</context>
<context>
    <name>Airpane::Waterfall</name>
    <message>
        <source>Channel occupancy appears here as scans come in.</source>
        <translation>Die Kanalbelegung erscheint hier, sobald Suchergebnisse eintreffen.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
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
        <translation>Gegenstellen suchen</translation>
    </message>
    <message>
        <source>Listen Only</source>
        <translation>Nur lauschen</translation>
    </message>
    <message>
        <source>P2P devices</source>
        <translation>P2P-Geräte</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Gegenstellen</translation>
    </message>
    <message>
        <source>Select a radio to see whether it can do Wi-Fi Direct, and why.</source>
        <translation>Wählen Sie ein Funkmodul, um zu sehen, ob es Wi-Fi Direct kann, und warum.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wi-Fi Direct available on %1 of %n radio(s)</source>
        <translation>
            <numerusform>Wi-Fi Direct auf %1 von %n Funkmodul verfügbar</numerusform>
            <numerusform>Wi-Fi Direct auf %1 von %n Funkmodulen verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n P2P device(s) run by other programs</source>
        <translation>
            <numerusform>%n P2P-Gerät von anderen Programmen betrieben</numerusform>
            <numerusform>%n P2P-Geräte von anderen Programmen betrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a peer to see what it told about itself.</source>
        <translation>Wählen Sie ein Gerät, um zu sehen, was es über sich mitgeteilt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Search for Wi-Fi Direct devices for %n minute(s), and be found by them</source>
        <translation>
            <numerusform>%n Minute lang nach Wi-Fi-Direct-Geräten suchen und von ihnen gefunden werden</numerusform>
            <numerusform>%n Minuten lang nach Wi-Fi-Direct-Geräten suchen und von ihnen gefunden werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Be discoverable for %n minute(s) without searching</source>
        <translation>
            <numerusform>%n Minute lang auffindbar sein, ohne zu suchen</numerusform>
            <numerusform>%n Minuten lang auffindbar sein, ohne zu suchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop searching or listening</source>
        <translation>Suchen oder Lauschen beenden</translation>
    </message>
    <message>
        <source>searching on %1</source>
        <translation>Suche auf %1</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>P2P device ready on %1</source>
        <translation>P2P-Gerät auf %1 bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers appear here once the Airpane helper is connected.</source>
        <translation>Geräte erscheinen hier, sobald der Airpane-Helfer verbunden ist.</translation>
    </message>
    <message>
        <source>Searching… Wi-Fi Direct devices nearby appear here as they answer.</source>
        <translation>Suche … Wi-Fi-Direct-Geräte in der Nähe erscheinen hier, sobald sie antworten.</translation>
    </message>
    <message>
        <source>Listening… devices that search find this one; those that answer appear here.</source>
        <translation>Lauscht … Suchende Geräte finden dieses; die antwortenden erscheinen hier.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct cannot run on the radio selected above: the diagnosis says why. Select a radio where it is available to discover peers.</source>
        <translation>Wi-Fi Direct kann auf dem oben gewählten Funkmodul nicht laufen; die Diagnose sagt, warum. Wählen Sie ein Funkmodul, auf dem es verfügbar ist, um Geräte zu finden.</translation>
    </message>
    <message>
        <source>No peers yet. Discover Peers searches for Wi-Fi Direct devices nearby: phones, TVs, printers and displays.</source>
        <translation>Noch keine Geräte. „Geräte suchen“ findet Wi-Fi-Direct-Geräte in der Nähe: Telefone, Fernseher, Drucker und Bildschirme.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct: %1</source>
        <translation>Wi-Fi Direct: %1</translation>
    </message>
    <message>
        <source>Frames Airpane&apos;s P2P device sends, such as its answers to searching devices, appear here with whether the receiver acknowledged them.</source>
        <translation>Rahmen, die das P2P-Gerät von Airpane sendet, etwa seine Antworten an suchende Geräte, erscheinen hier mit der Angabe, ob der Empfänger sie bestätigt hat.</translation>
    </message>
    <message>
        <source>Frames sent</source>
        <translation>Gesendete Rahmen</translation>
    </message>
    <message numerus="yes">
        <source>Frames sent: %1 of %n acknowledged</source>
        <translation>
            <numerusform>Gesendete Rahmen: %1 von %n bestätigt</numerusform>
            <numerusform>Gesendete Rahmen: %1 von %n bestätigt</numerusform>
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
        <translation>Klassische Raten · %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>The rates of 802.11a/b/g, which every device understands; beacons and management frames use them.</source>
        <translation>Die Raten von 802.11a/b/g, die jedes Gerät versteht; Beacons und Verwaltungsrahmen nutzen sie.</translation>
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
        <translation>Schnittstellentypen (%1)</translation>
    </message>
    <message>
        <source>Added in software, any number</source>
        <translation>In Software hinzugefügt, beliebig viele</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Ciphers (%1)</source>
        <translation>Chiffren (%1)</translation>
    </message>
    <message>
        <source>Supported commands (%1)</source>
        <translation>Unterstützte Befehle (%1)</translation>
    </message>
    <message>
        <source>Extended features (%1)</source>
        <translation>Erweiterte Merkmale (%1)</translation>
    </message>
    <message>
        <source>Feature flags (%1)</source>
        <translation>Merkmalsflags (%1)</translation>
    </message>
    <message>
        <source>Capability flags (%1)</source>
        <translation>Fähigkeitsflags (%1)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>SSIDs per scan</source>
        <translation>SSIDs pro Suche</translation>
    </message>
    <message>
        <source>How many hidden networks one scan can look for by name.</source>
        <translation>Nach wie vielen versteckten Netzen eine Suche namentlich suchen kann.</translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Auf anderem Kanal bleiben</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The longest it listens on another channel, as Wi-Fi Direct discovery does.</source>
        <translation>Wie lange es höchstens auf einem anderen Kanal lauscht, wie es die Wi-Fi-Direct-Suche tut.</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennen</translation>
    </message>
    <message>
        <source>%1 transmit, %2 receive</source>
        <translation>%1 senden, %2 empfangen</translation>
    </message>
    <message>
        <source>The antennas the driver lets you choose from.</source>
        <translation>Die Antennen, unter denen der Treiber wählen lässt.</translation>
    </message>
    <message>
        <source>Stations per access point</source>
        <translation>Stationen pro Zugangspunkt</translation>
    </message>
    <message>
        <source>How many clients an access point on this radio can serve.</source>
        <translation>Wie viele Clients ein Zugangspunkt auf diesem Funkmodul bedienen kann.</translation>
    </message>
</context>
<context>
    <name>ChannelRecommender</name>
    <message>
        <source>No-IR: the regulatory domain forbids starting an AP here</source>
        <translation>No-IR: Die Regulierungsdomäne verbietet hier das Starten eines AP</translation>
    </message>
    <message>
        <source>Indoor only</source>
        <translation>Nur in Gebäuden</translation>
    </message>
    <message>
        <source>DFS: radar was detected here; unavailable for now</source>
        <translation>DFS: Hier wurde Radar erkannt; vorerst nicht verfügbar</translation>
    </message>
    <message>
        <source>DFS: left out unless DFS channels are allowed</source>
        <translation>DFS: ausgelassen, solange DFS-Kanäle nicht zugelassen sind</translation>
    </message>
    <message>
        <source>DFS: radar detection may move the AP</source>
        <translation>DFS: Eine Radarerkennung kann den AP zum Kanalwechsel zwingen</translation>
    </message>
    <message numerus="yes">
        <source>DFS: the AP listens for radar for %n second(s) before it starts</source>
        <translation>
            <numerusform>DFS: Der AP horcht vor dem Start %n Sekunde lang auf Radar</numerusform>
            <numerusform>DFS: Der AP horcht vor dem Start %n Sekunden lang auf Radar</numerusform>
        </translation>
    </message>
    <message>
        <source>The regulatory domain forbids %1 MHz here</source>
        <translation>Die Regulierungsdomäne verbietet hier %1 MHz</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping network(s)</source>
        <translation>
            <numerusform>%n überlappendes Netz</numerusform>
            <numerusform>%n überlappende Netze</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlapping network</source>
        <translation>Kein überlappendes Netz</translation>
    </message>
    <message numerus="yes">
        <source>%n of them only partly, which interferes more than sharing the channel</source>
        <translation>
            <numerusform>%n davon nur teilweise, was mehr stört als ein geteilter Kanal</numerusform>
            <numerusform>%n davon nur teilweise, was mehr stört als ein geteilter Kanal</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest: %1 dBm, %2</source>
        <translation>Stärkstes: %1 dBm, %2</translation>
    </message>
    <message>
        <source>Busy %1% of the time</source>
        <translation>Zu %1 % der Zeit belegt</translation>
    </message>
    <message>
        <source>Left out: your own AP %1</source>
        <translation>Nicht gezählt: Ihr eigener AP %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>The radio has no %1 channel that can be %2 MHz wide.</source>
        <translation>Das Funkmodul hat keinen %1-Kanal, der %2 MHz breit sein kann.</translation>
    </message>
    <message>
        <source>No %1 channel allows starting an AP at %2 MHz; the list says why.</source>
        <translation>Kein %1-Kanal erlaubt das Starten eines AP mit %2 MHz; die Liste nennt die Gründe.</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band besides your own</source>
        <translation>%1: außer Ihren eigenen keine Netze in diesem Band gehört</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band</source>
        <translation>%1: keine Netze in diesem Band gehört</translation>
    </message>
    <message>
        <source>%1: no network overlaps it</source>
        <translation>%1: kein Netz überlappt ihn</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it</source>
        <translation>
            <numerusform>%1: %n Netz überlappt ihn</numerusform>
            <numerusform>%1: %n Netze überlappen ihn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 weak network overlaps it (%2 dBm)</source>
        <translation>%1: 1 schwaches Netz überlappt ihn (%2 dBm)</translation>
    </message>
    <message>
        <source>%1: 1 network overlaps it (%2 dBm)</source>
        <translation>%1: 1 Netz überlappt ihn (%2 dBm)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, all weak (%2 dBm at most)</source>
        <translation>
            <numerusform>%1: %n Netz überlappt ihn, schwach (höchstens %2 dBm)</numerusform>
            <numerusform>%1: %n Netze überlappen ihn, alle schwach (höchstens %2 dBm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, the strongest at %2 dBm</source>
        <translation>
            <numerusform>%1: %n Netz überlappt ihn, mit %2 dBm</numerusform>
            <numerusform>%1: %n Netze überlappen ihn, das stärkste mit %2 dBm</numerusform>
        </translation>
    </message>
    <message>
        <source>busy %1% of the time</source>
        <translation>zu %1 % der Zeit belegt</translation>
    </message>
    <message>
        <source>radar detection may move the AP</source>
        <translation>eine Radarerkennung kann den AP zum Kanalwechsel zwingen</translation>
    </message>
    <message>
        <source>it stays, as %1 is only slightly better</source>
        <translation>er bleibt, da %1 nur knapp besser ist</translation>
    </message>
    <message numerus="yes">
        <source>the next best, %1, has %n</source>
        <translation>
            <numerusform>der nächstbeste, %1, hat %n</numerusform>
            <numerusform>der nächstbeste, %1, hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the next best is %1</source>
        <translation>der nächstbeste ist %1</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Exported from Airpane</source>
        <translation>Aus Airpane exportiert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 als PNG …</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 als SVG …</translation>
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
        <translation>WEP mit 40-Bit-Schlüssel: gebrochen, nur für sehr alte Netze.</translation>
    </message>
    <message>
        <source>WEP with a 104-bit key: broken, only for very old networks.</source>
        <translation>WEP mit 104-Bit-Schlüssel: gebrochen, nur für sehr alte Netze.</translation>
    </message>
    <message>
        <source>WPA&apos;s original cipher: deprecated, slow, limits the rate to 54 Mbit/s.</source>
        <translation>Die ursprüngliche Chiffre von WPA: veraltet, langsam, begrenzt die Rate auf 54 Mbit/s.</translation>
    </message>
    <message>
        <source>AES in counter mode: the cipher of WPA2 and WPA3 networks.</source>
        <translation>AES im Zählermodus: die Chiffre von WPA2- und WPA3-Netzen.</translation>
    </message>
    <message>
        <source>AES-CCMP with a 256-bit key.</source>
        <translation>AES-CCMP mit 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>AES in Galois/counter mode: used by Wi-Fi 7 and 60 GHz networks.</source>
        <translation>AES im Galois/Counter-Modus: genutzt von Wi-Fi-7- und 60-GHz-Netzen.</translation>
    </message>
    <message>
        <source>AES-GCMP with a 256-bit key: WPA3-Enterprise 192-bit mode.</source>
        <translation>AES-GCMP mit 256-Bit-Schlüssel: WPA3-Enterprise im 192-Bit-Modus.</translation>
    </message>
    <message>
        <source>Integrity for management frames (protected management frames, 802.11w).</source>
        <translation>Integrität für Verwaltungsrahmen (geschützte Verwaltungsrahmen, 802.11w).</translation>
    </message>
    <message>
        <source>Management frame integrity with a 256-bit key.</source>
        <translation>Integrität der Verwaltungsrahmen mit 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC.</source>
        <translation>Integrität der Verwaltungsrahmen mit AES-GMAC.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC and a 256-bit key.</source>
        <translation>Integrität der Verwaltungsrahmen mit AES-GMAC und 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>The WAPI cipher, used in China.</source>
        <translation>Die WAPI-Chiffre, in China verwendet.</translation>
    </message>
    <message>
        <source>Create interfaces.</source>
        <translation>Schnittstellen anlegen.</translation>
    </message>
    <message>
        <source>Change an interface&apos;s type and settings.</source>
        <translation>Typ und Einstellungen einer Schnittstelle ändern.</translation>
    </message>
    <message>
        <source>Delete interfaces.</source>
        <translation>Schnittstellen löschen.</translation>
    </message>
    <message>
        <source>Install encryption keys.</source>
        <translation>Schlüssel installieren.</translation>
    </message>
    <message>
        <source>Run an access point.</source>
        <translation>Einen Zugangspunkt betreiben.</translation>
    </message>
    <message>
        <source>Add stations to an access point.</source>
        <translation>Stationen zu einem Zugangspunkt hinzufügen.</translation>
    </message>
    <message>
        <source>Add mesh paths.</source>
        <translation>Mesh-Pfade hinzufügen.</translation>
    </message>
    <message>
        <source>Configure a mesh network.</source>
        <translation>Ein Mesh-Netz einrichten.</translation>
    </message>
    <message>
        <source>Change an access point&apos;s settings.</source>
        <translation>Einstellungen eines Zugangspunkts ändern.</translation>
    </message>
    <message>
        <source>Authenticate with an access point (userspace SME).</source>
        <translation>Sich bei einem Zugangspunkt authentifizieren (SME im Userspace).</translation>
    </message>
    <message>
        <source>Associate with an access point (userspace SME).</source>
        <translation>Sich mit einem Zugangspunkt assoziieren (SME im Userspace).</translation>
    </message>
    <message>
        <source>End an authentication.</source>
        <translation>Eine Authentifizierung beenden.</translation>
    </message>
    <message>
        <source>End an association.</source>
        <translation>Eine Assoziation beenden.</translation>
    </message>
    <message>
        <source>Join or start an ad-hoc network.</source>
        <translation>Einem Ad-hoc-Netz beitreten oder eines starten.</translation>
    </message>
    <message>
        <source>Join a mesh network.</source>
        <translation>Einem Mesh-Netz beitreten.</translation>
    </message>
    <message>
        <source>Stay on another channel for a while: Wi-Fi Direct discovery and off-channel frames.</source>
        <translation>Eine Weile auf einem anderen Kanal bleiben: Wi-Fi-Direct-Suche und Rahmen außerhalb des eigenen Kanals.</translation>
    </message>
    <message>
        <source>Limit the transmit rates.</source>
        <translation>Die Senderaten begrenzen.</translation>
    </message>
    <message>
        <source>Send management frames: Wi-Fi Direct negotiation, ANQP, ...</source>
        <translation>Verwaltungsrahmen senden: Wi-Fi-Direct-Aushandlung, ANQP, …</translation>
    </message>
    <message>
        <source>Stop waiting for the answer to a sent frame.</source>
        <translation>Nicht mehr auf die Antwort auf einen gesendeten Rahmen warten.</translation>
    </message>
    <message>
        <source>Move the radio into another network namespace.</source>
        <translation>Das Funkmodul in einen anderen Netzwerk-Namensraum verschieben.</translation>
    </message>
    <message>
        <source>Set the channel of monitor and other interfaces.</source>
        <translation>Den Kanal von Monitor- und anderen Schnittstellen setzen.</translation>
    </message>
    <message>
        <source>Send TDLS frames: direct links between stations.</source>
        <translation>TDLS-Rahmen senden: direkte Verbindungen zwischen Stationen.</translation>
    </message>
    <message>
        <source>Set up and tear down TDLS links.</source>
        <translation>TDLS-Verbindungen auf- und abbauen.</translation>
    </message>
    <message>
        <source>Check that a station is still there.</source>
        <translation>Prüfen, ob eine Station noch da ist.</translation>
    </message>
    <message>
        <source>Send without acknowledgements per traffic class.</source>
        <translation>Je Verkehrsklasse ohne Bestätigungen senden.</translation>
    </message>
    <message>
        <source>Receive the beacons of other networks.</source>
        <translation>Die Beacons anderer Netze empfangen.</translation>
    </message>
    <message>
        <source>Run a dedicated P2P device for Wi-Fi Direct.</source>
        <translation>Ein eigenes P2P-Gerät für Wi-Fi Direct betreiben.</translation>
    </message>
    <message>
        <source>Set the multicast rate of ad-hoc and mesh networks.</source>
        <translation>Die Multicast-Rate von Ad-hoc- und Mesh-Netzen setzen.</translation>
    </message>
    <message>
        <source>Connect to a network in one step (driver SME).</source>
        <translation>In einem Schritt mit einem Netz verbinden (SME im Treiber).</translation>
    </message>
    <message>
        <source>Disconnect from a network.</source>
        <translation>Die Verbindung zu einem Netz trennen.</translation>
    </message>
    <message>
        <source>Move a running network to another channel, with notice.</source>
        <translation>Ein laufendes Netz mit Vorankündigung auf einen anderen Kanal verlegen.</translation>
    </message>
    <message>
        <source>Map IP priorities to Wi-Fi traffic classes.</source>
        <translation>IP-Prioritäten auf WLAN-Verkehrsklassen abbilden.</translation>
    </message>
    <message>
        <source>Send multicast as unicast to each station.</source>
        <translation>Multicast als Unicast an jede Station senden.</translation>
    </message>
    <message>
        <source>Scan for networks.</source>
        <translation>Nach Netzen suchen.</translation>
    </message>
    <message>
        <source>Scan in the background on a schedule.</source>
        <translation>Nach Zeitplan im Hintergrund suchen.</translation>
    </message>
    <message>
        <source>Run neighbour awareness networking.</source>
        <translation>Neighbour Awareness Networking betreiben.</translation>
    </message>
    <message>
        <source>Measure the distance to peers (fine timing).</source>
        <translation>Den Abstand zu Gegenstellen messen (Fine Timing).</translation>
    </message>
    <message>
        <source>Opportunistic wireless encryption in the driver.</source>
        <translation>Opportunistische WLAN-Verschlüsselung im Treiber.</translation>
    </message>
    <message>
        <source>SAE (WPA3) authentication in userspace.</source>
        <translation>SAE-Authentifizierung (WPA3) im Userspace.</translation>
    </message>
    <message>
        <source>Hand the pairwise master key to the driver.</source>
        <translation>Den paarweisen Hauptschlüssel an den Treiber übergeben.</translation>
    </message>
    <message>
        <source>Protect a critical exchange such as DHCP.</source>
        <translation>Einen kritischen Austausch wie DHCP schützen.</translation>
    </message>
    <message>
        <source>VHT rates in ad-hoc networks.</source>
        <translation>VHT-Raten in Ad-hoc-Netzen.</translation>
    </message>
    <message>
        <source>Radio resource measurement (802.11k): neighbour reports, beacon reports.</source>
        <translation>Messung der Funkressourcen (802.11k): Nachbarberichte, Beacon-Berichte.</translation>
    </message>
    <message>
        <source>An access point&apos;s beacons at a chosen legacy rate.</source>
        <translation>Beacons eines Zugangspunkts mit gewählter klassischer Rate.</translation>
    </message>
    <message>
        <source>Fast initial link setup as a station.</source>
        <translation>Schneller Verbindungsaufbau (FILS) als Station.</translation>
    </message>
    <message>
        <source>Signal strength alerts at several thresholds.</source>
        <translation>Signalstärke-Warnungen bei mehreren Schwellen.</translation>
    </message>
    <message>
        <source>EAPOL frames travel over nl80211 instead of the network device.</source>
        <translation>EAPOL-Rahmen laufen über nl80211 statt über das Netzwerkgerät.</translation>
    </message>
    <message>
        <source>Fair transmit queues per station (fewer latency spikes).</source>
        <translation>Faire Sendewarteschlangen pro Station (weniger Latenzspitzen).</translation>
    </message>
    <message>
        <source>Random sequence numbers in probe requests: more privacy.</source>
        <translation>Zufällige Sequenznummern in Probe Requests: mehr Privatsphäre.</translation>
    </message>
    <message>
        <source>Minimal probe requests: less to fingerprint.</source>
        <translation>Minimale Probe Requests: weniger zum Wiedererkennen.</translation>
    </message>
    <message>
        <source>Replaces the unicast key safely while connected.</source>
        <translation>Ersetzt den Unicast-Schlüssel sicher während der Verbindung.</translation>
    </message>
    <message>
        <source>Answers fine timing measurements as an access point.</source>
        <translation>Beantwortet Fine-Timing-Messungen als Zugangspunkt.</translation>
    </message>
    <message>
        <source>Extended key IDs: rekeying without a gap.</source>
        <translation>Erweiterte Schlüssel-IDs: Schlüsselwechsel ohne Unterbrechung.</translation>
    </message>
    <message>
        <source>Protected beacons: forged beacons are detected.</source>
        <translation>Geschützte Beacons: gefälschte Beacons werden erkannt.</translation>
    </message>
    <message>
        <source>Keeps pre-authentication frames off the control port.</source>
        <translation>Hält Vorauthentifizierungsrahmen vom Steuerport fern.</translation>
    </message>
    <message>
        <source>Removes ad-hoc peers on request.</source>
        <translation>Entfernt Ad-hoc-Gegenstellen auf Anfrage.</translation>
    </message>
    <message>
        <source>Several programs can receive the same frame types.</source>
        <translation>Mehrere Programme können dieselben Rahmentypen empfangen.</translation>
    </message>
    <message>
        <source>Scans frequencies given in kHz (Sub-1 GHz).</source>
        <translation>Sucht auf in kHz angegebenen Frequenzen (unter 1 GHz).</translation>
    </message>
    <message>
        <source>Reports whether EAPOL frames were delivered.</source>
        <translation>Meldet, ob EAPOL-Rahmen zugestellt wurden.</translation>
    </message>
    <message>
        <source>BSS colouring (Wi-Fi 6): ignores overlapping networks sooner.</source>
        <translation>BSS-Färbung (Wi-Fi 6): ignoriert überlappende Netze früher.</translation>
    </message>
    <message>
        <source>Changes its MAC address while the interface is up.</source>
        <translation>Ändert seine MAC-Adresse, während die Schnittstelle aktiv ist.</translation>
    </message>
    <message>
        <source>Uses radar channels next to another link that checked them.</source>
        <translation>Nutzt Radarkanäle neben einer anderen Verbindung, die sie geprüft hat.</translation>
    </message>
    <message>
        <source>Signalling and payload protected A-MSDUs.</source>
        <translation>A-MSDUs mit geschützter Signalisierung und Nutzlast.</translation>
    </message>
    <message>
        <source>The driver runs WPA3&apos;s SAE handshake itself.</source>
        <translation>Der Treiber führt den SAE-Handshake von WPA3 selbst aus.</translation>
    </message>
    <message>
        <source>The driver runs the WPA handshake itself.</source>
        <translation>Der Treiber führt den WPA-Handshake selbst aus.</translation>
    </message>
    <message>
        <source>Checks the channel against spoofing attacks.</source>
        <translation>Prüft den Kanal gegen Täuschungsangriffe.</translation>
    </message>
    <message>
        <source>Reports the signal strength of acknowledgements.</source>
        <translation>Meldet die Signalstärke von Bestätigungen.</translation>
    </message>
    <message>
        <source>Shares airtime fairly between stations.</source>
        <translation>Teilt die Sendezeit fair zwischen Stationen.</translation>
    </message>
    <message>
        <source>Protected management frames may be optional.</source>
        <translation>Geschützte Verwaltungsrahmen können optional sein.</translation>
    </message>
    <message>
        <source>Quick scans over few channels.</source>
        <translation>Schnelle Suche über wenige Kanäle.</translation>
    </message>
    <message>
        <source>Scans that save power.</source>
        <translation>Stromsparende Suche.</translation>
    </message>
    <message>
        <source>Scans that find more networks.</source>
        <translation>Suche, die mehr Netze findet.</translation>
    </message>
    <message>
        <source>Scans with a chosen time per channel.</source>
        <translation>Suche mit gewählter Zeit pro Kanal.</translation>
    </message>
    <message>
        <source>FILS discovery frames from an access point (6 GHz).</source>
        <translation>FILS-Discovery-Rahmen eines Zugangspunkts (6 GHz).</translation>
    </message>
    <message>
        <source>Unsolicited probe responses from an access point (6 GHz).</source>
        <translation>Unaufgeforderte Probe Responses eines Zugangspunkts (6 GHz).</translation>
    </message>
    <message>
        <source>Reports whether each sent frame was acknowledged.</source>
        <translation>Meldet, ob jeder gesendete Rahmen bestätigt wurde.</translation>
    </message>
    <message>
        <source>HT rates in ad-hoc networks.</source>
        <translation>HT-Raten in Ad-hoc-Netzen.</translation>
    </message>
    <message>
        <source>WPA3 personal (SAE) with the authentication in userspace.</source>
        <translation>WPA3 Personal (SAE) mit Authentifizierung im Userspace.</translation>
    </message>
    <message>
        <source>Scans that yield to traffic.</source>
        <translation>Suche, die Datenverkehr Vorrang lässt.</translation>
    </message>
    <message>
        <source>Drops old scan results when a scan starts.</source>
        <translation>Verwirft alte Suchergebnisse, wenn eine Suche beginnt.</translation>
    </message>
    <message>
        <source>Scans while running an access point.</source>
        <translation>Sucht, während es einen Zugangspunkt betreibt.</translation>
    </message>
    <message>
        <source>Transmit power per interface.</source>
        <translation>Sendeleistung pro Schnittstelle.</translation>
    </message>
    <message>
        <source>Announces its channel limits to peers.</source>
        <translation>Teilt Gegenstellen seine Kanalgrenzen mit.</translation>
    </message>
    <message>
        <source>Keeps the full state of an access point&apos;s clients.</source>
        <translation>Hält den vollständigen Zustand der Clients eines Zugangspunkts.</translation>
    </message>
    <message>
        <source>Mesh peering in userspace.</source>
        <translation>Mesh-Peering im Userspace.</translation>
    </message>
    <message>
        <source>Monitor interfaces that acknowledge frames.</source>
        <translation>Monitor-Schnittstellen, die Rahmen bestätigen.</translation>
    </message>
    <message>
        <source>Changes an access point&apos;s channel width while running.</source>
        <translation>Ändert die Kanalbreite eines Zugangspunkts im laufenden Betrieb.</translation>
    </message>
    <message>
        <source>Static spatial-multiplexing power save.</source>
        <translation>Statisches Energiesparen beim räumlichen Multiplexing.</translation>
    </message>
    <message>
        <source>Dynamic spatial-multiplexing power save.</source>
        <translation>Dynamisches Energiesparen beim räumlichen Multiplexing.</translation>
    </message>
    <message>
        <source>Interfaces get their MAC address when they are created.</source>
        <translation>Schnittstellen erhalten ihre MAC-Adresse beim Anlegen.</translation>
    </message>
    <message>
        <source>Scans with a random MAC address: more privacy.</source>
        <translation>Sucht mit zufälliger MAC-Adresse: mehr Privatsphäre.</translation>
    </message>
    <message>
        <source>Background scans with a random MAC address.</source>
        <translation>Hintergrundsuche mit zufälliger MAC-Adresse.</translation>
    </message>
    <message>
        <source>Net-detect scans with a random MAC address.</source>
        <translation>Net-Detect-Suche mit zufälliger MAC-Adresse.</translation>
    </message>
    <message>
        <source>TDLS links can move to another channel.</source>
        <translation>TDLS-Verbindungen können auf einen anderen Kanal wechseln.</translation>
    </message>
    <message>
        <source>Honours quiet periods that access points announce.</source>
        <translation>Hält Ruhezeiten ein, die Zugangspunkte ankündigen.</translation>
    </message>
    <message>
        <source>Inserts its transmit power into frames.</source>
        <translation>Fügt seine Sendeleistung in Rahmen ein.</translation>
    </message>
    <message>
        <source>Transmit power information in probe responses.</source>
        <translation>Angaben zur Sendeleistung in Probe Responses.</translation>
    </message>
    <message>
        <source>Channel information in probe requests.</source>
        <translation>Kanalangaben in Probe Requests.</translation>
    </message>
    <message>
        <source>The driver drops inactive stations itself.</source>
        <translation>Der Treiber entfernt inaktive Stationen selbst.</translation>
    </message>
    <message>
        <source>Takes the country from the mobile network.</source>
        <translation>Übernimmt das Land aus dem Mobilfunknetz.</translation>
    </message>
    <message>
        <source>A P2P device needs a channel of its own.</source>
        <translation>Ein P2P-Gerät braucht einen eigenen Kanal.</translation>
    </message>
    <message>
        <source>Scans for overlapping networks before using 40 MHz.</source>
        <translation>Sucht vor der Nutzung von 40 MHz nach überlappenden Netzen.</translation>
    </message>
    <message>
        <source>Client traffic windows as P2P group owner.</source>
        <translation>Client-Verkehrsfenster als P2P-Gruppenbesitzer.</translation>
    </message>
    <message>
        <source>Opportunistic power save as P2P group owner.</source>
        <translation>Opportunistisches Energiesparen als P2P-Gruppenbesitzer.</translation>
    </message>
    <message>
        <source>Admission control for voice and video traffic.</source>
        <translation>Zugangskontrolle für Sprach- und Videoverkehr.</translation>
    </message>
    <message>
        <source>Encrypted ad-hoc networks.</source>
        <translation>Verschlüsselte Ad-hoc-Netze.</translation>
    </message>
    <message>
        <source>Power save for an access point&apos;s clients (U-APSD).</source>
        <translation>Energiesparen für die Clients eines Zugangspunkts (U-APSD).</translation>
    </message>
    <message>
        <source>Direct links between stations of one network (TDLS).</source>
        <translation>Direkte Verbindungen zwischen Stationen eines Netzes (TDLS).</translation>
    </message>
    <message>
        <source>TDLS set up by userspace.</source>
        <translation>TDLS, vom Userspace aufgebaut.</translation>
    </message>
    <message>
        <source>The driver roams between access points itself.</source>
        <translation>Der Treiber wechselt selbst zwischen Zugangspunkten.</translation>
    </message>
    <message>
        <source>Sends frames on other channels than its own.</source>
        <translation>Sendet Rahmen auf anderen Kanälen als dem eigenen.</translation>
    </message>
    <message>
        <source>Secure mesh networks.</source>
        <translation>Gesicherte Mesh-Netze.</translation>
    </message>
    <message>
        <source>Handles the EAPOL control port for userspace.</source>
        <translation>Verwaltet den EAPOL-Steuerport für den Userspace.</translation>
    </message>
    <message>
        <source>The driver keeps its own regulatory domain.</source>
        <translation>Der Treiber führt seine eigene Regulierungsdomäne.</translation>
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
        <translation>Kanalbreiten</translation>
    </message>
    <message>
        <source>The channel widths the radio can use for HE in this band.</source>
        <translation>Die Kanalbreiten, die das Funkmodul in diesem Band für HE nutzen kann.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (≤ 80 MHz)</source>
        <translation>Empfang HE-MCS (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 10 and 11 use 1024-QAM.</source>
        <translation>Modulations- und Kodierungsverfahren pro räumlichem Strom; MCS 10 und 11 nutzen 1024-QAM.</translation>
    </message>
    <message>
        <source>Transmit HE-MCS (≤ 80 MHz)</source>
        <translation>Senden HE-MCS (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Was es senden kann, in denselben Begriffen.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (160 MHz)</source>
        <translation>Empfang HE-MCS (160 MHz)</translation>
    </message>
    <message>
        <source>The same for 160 MHz channels.</source>
        <translation>Dasselbe für 160-MHz-Kanäle.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>LDPC-Kodierung</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>LDPC-Codes: robusterer Empfang als mit dem Basiscode.</translation>
    </message>
    <message>
        <source>STBC (≤ 80 MHz)</source>
        <translation>STBC (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Transmit and receive</source>
        <translation>Senden und Empfangen</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>Raum-Zeit-Blockkodierung sendet einen Strom über mehrere Antennen für mehr Reichweite.</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>SU-Beamformer</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Kann sein Signal nach Kanalvermessung auf einen Empfänger ausrichten.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>SU-Beamformee</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Ja, bis zu %1 Raum-Zeit-Ströme</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Kann einem Beamformer beim Ausrichten helfen, indem es meldet, was es hört.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>MU-Beamformer</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Kann mehrere Empfänger gleichzeitig mit getrennten Strahlen bedienen (MU-MIMO).</translation>
    </message>
    <message>
        <source>Uplink MU-MIMO</source>
        <translation>Uplink-MU-MIMO</translation>
    </message>
    <message>
        <source>Several stations can send to the access point at the same time on the full channel.</source>
        <translation>Mehrere Stationen können gleichzeitig auf dem ganzen Kanal an den Zugangspunkt senden.</translation>
    </message>
    <message>
        <source>Dual carrier modulation</source>
        <translation>Zwei-Träger-Modulation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Sends the same data on two subcarriers: slower, but reaches farther.</source>
        <translation>Sendet dieselben Daten auf zwei Unterträgern: langsamer, aber mit mehr Reichweite.</translation>
    </message>
    <message>
        <source>Doppler</source>
        <translation>Doppler</translation>
    </message>
    <message>
        <source>Midambles that keep reception steady with fast-moving devices.</source>
        <translation>Midambles, die den Empfang bei schnell bewegten Geräten stabil halten.</translation>
    </message>
    <message>
        <source>1024-QAM on small resource units</source>
        <translation>1024-QAM auf kleinen Ressourceneinheiten</translation>
    </message>
    <message>
        <source>The densest modulation also on parts of a channel smaller than 242 subcarriers.</source>
        <translation>Die dichteste Modulation auch auf Kanalteilen unter 242 Unterträgern.</translation>
    </message>
    <message>
        <source>PPE thresholds</source>
        <translation>PPE-Schwellen</translation>
    </message>
    <message>
        <source>It declares how much padding it needs at the end of a packet.</source>
        <translation>Es gibt an, wie viel Auffüllung es am Paketende braucht.</translation>
    </message>
    <message>
        <source>Target wake time</source>
        <translation>Target Wake Time</translation>
    </message>
    <message>
        <source>Requester and responder</source>
        <translation>Anfragend und antwortend</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragend</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Antwortend</translation>
    </message>
    <message>
        <source>Agreed wake-up times, so that battery devices sleep between transmissions.</source>
        <translation>Vereinbarte Aufwachzeiten, damit Akkugeräte zwischen Übertragungen schlafen.</translation>
    </message>
    <message>
        <source>Broadcast TWT</source>
        <translation>Broadcast-TWT</translation>
    </message>
    <message>
        <source>Wake-up schedules announced to many stations at once.</source>
        <translation>Aufwachpläne, die vielen Stationen zugleich angekündigt werden.</translation>
    </message>
    <message>
        <source>+HTC-HE</source>
        <translation>+HTC-HE</translation>
    </message>
    <message>
        <source>Carries HE control information in data frames (link adaptation, power save).</source>
        <translation>Überträgt HE-Steuerinformationen in Datenrahmen (Linkanpassung, Energiesparen).</translation>
    </message>
    <message>
        <source>Buffer status reports</source>
        <translation>Pufferstatusberichte</translation>
    </message>
    <message>
        <source>Tells the access point how much data is waiting, for uplink scheduling.</source>
        <translation>Teilt dem Zugangspunkt für die Uplink-Planung mit, wie viele Daten warten.</translation>
    </message>
    <message>
        <source>OM control</source>
        <translation>OM-Steuerung</translation>
    </message>
    <message>
        <source>Changes its width or stream count on the fly, without reassociating.</source>
        <translation>Ändert Breite oder Stromanzahl im laufenden Betrieb, ohne neue Assoziation.</translation>
    </message>
    <message>
        <source>OFDMA random access</source>
        <translation>OFDMA-Zufallszugriff</translation>
    </message>
    <message>
        <source>Uses random-access resource units the access point offers.</source>
        <translation>Nutzt Ressourceneinheiten für Zufallszugriff, die der Zugangspunkt anbietet.</translation>
    </message>
    <message>
        <source>All Ack</source>
        <translation>All Ack</translation>
    </message>
    <message>
        <source>One acknowledgement for everything received in a multi-user burst.</source>
        <translation>Eine Bestätigung für alles, was in einem Mehrbenutzer-Burst empfangen wurde.</translation>
    </message>
    <message>
        <source>A-MSDU in A-MPDU</source>
        <translation>A-MSDU in A-MPDU</translation>
    </message>
    <message>
        <source>Aggregates of packets inside aggregates of frames, without Block Ack agreement.</source>
        <translation>Paketbündel in Rahmenbündeln, ohne Block-Ack-Vereinbarung.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 Byte</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 Byte</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 Byte</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>6 GHz: largest A-MPDU</source>
        <translation>6 GHz: größte A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives in the 6 GHz band.</source>
        <translation>Das längste Bündel aggregierter Rahmen, das es im 6-GHz-Band empfängt.</translation>
    </message>
    <message>
        <source>6 GHz: largest MPDU</source>
        <translation>6 GHz: größte MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives in the 6 GHz band.</source>
        <translation>Der längste einzelne Rahmen, den es im 6-GHz-Band empfängt.</translation>
    </message>
    <message>
        <source>320 MHz channels</source>
        <translation>320-MHz-Kanäle</translation>
    </message>
    <message>
        <source>Wi-Fi 7&apos;s widest channels, only in the 6 GHz band.</source>
        <translation>Die breitesten Kanäle von Wi-Fi 7, nur im 6-GHz-Band.</translation>
    </message>
    <message>
        <source>Receive EHT-MCS</source>
        <translation>Empfang EHT-MCS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–9 auf %n räumlichem Strom</numerusform>
            <numerusform>MCS 0–9 auf %n räumlichen Strömen</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes; MCS 12 and 13 use 4096-QAM, new in Wi-Fi 7.</source>
        <translation>Modulations- und Kodierungsverfahren; MCS 12 und 13 nutzen 4096-QAM, neu in Wi-Fi 7.</translation>
    </message>
    <message>
        <source>Partial bandwidth uplink MU-MIMO</source>
        <translation>Uplink-MU-MIMO auf Teilbandbreite</translation>
    </message>
    <message>
        <source>Several stations send at once on part of the channel.</source>
        <translation>Mehrere Stationen senden gleichzeitig auf einem Teil des Kanals.</translation>
    </message>
    <message>
        <source>Restricted TWT</source>
        <translation>Eingeschränktes TWT</translation>
    </message>
    <message>
        <source>Protected service periods for latency-sensitive traffic.</source>
        <translation>Geschützte Dienstperioden für latenzempfindlichen Verkehr.</translation>
    </message>
    <message>
        <source>EPCS priority access</source>
        <translation>EPCS-Vorrangzugriff</translation>
    </message>
    <message>
        <source>Priority channel access for emergency preparedness services.</source>
        <translation>Vorrangiger Kanalzugang für Notfalldienste.</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>Größte MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>Der längste einzelne Rahmen, den es empfängt.</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1</source>
        <translation>
            <numerusform>MCS 0–9 auf %n räumlichem Strom, 4096-QAM (MCS 12–13) auf %1</numerusform>
            <numerusform>MCS 0–9 auf %n räumlichen Strömen, 4096-QAM (MCS 12–13) auf %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtDecoder</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–%1 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–%1 auf %n räumlichem Strom</numerusform>
            <numerusform>MCS 0–%1 auf %n räumlichen Strömen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SS: none</source>
        <translation>%1 SS: keine</translation>
    </message>
    <message>
        <source>%1 SS: MCS 0–%2</source>
        <translation>%1 SS: MCS 0–%2</translation>
    </message>
    <message>
        <source>Channel width</source>
        <translation>Kanalbreite</translation>
    </message>
    <message>
        <source>20 and 40 MHz</source>
        <translation>20 und 40 MHz</translation>
    </message>
    <message>
        <source>20 MHz only</source>
        <translation>Nur 20 MHz</translation>
    </message>
    <message>
        <source>Whether the radio can bond two 20 MHz channels into one 40 MHz channel.</source>
        <translation>Ob das Funkmodul zwei 20-MHz-Kanäle zu einem 40-MHz-Kanal bündeln kann.</translation>
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
        <translation>Kurzes Schutzintervall</translation>
    </message>
    <message>
        <source>A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are short.</source>
        <translation>Eine Pause von 400 ns statt 800 ns zwischen Symbolen: etwa 11 % schneller, wo Echos kurz sind.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>LDPC-Kodierung</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>LDPC-Codes: robusterer Empfang als mit dem Basiscode.</translation>
    </message>
    <message>
        <source>Greenfield</source>
        <translation>Greenfield</translation>
    </message>
    <message>
        <source>A preamble without the legacy part: shorter, but older devices cannot read it.</source>
        <translation>Eine Präambel ohne klassischen Teil: kürzer, aber ältere Geräte können sie nicht lesen.</translation>
    </message>
    <message>
        <source>Transmit STBC</source>
        <translation>STBC senden</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>Raum-Zeit-Blockkodierung sendet einen Strom über mehrere Antennen für mehr Reichweite.</translation>
    </message>
    <message>
        <source>Receive STBC</source>
        <translation>STBC empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n spatial stream(s)</source>
        <translation>
            <numerusform>%n räumlicher Strom</numerusform>
            <numerusform>%n räumliche Ströme</numerusform>
        </translation>
    </message>
    <message>
        <source>How many space-time coded streams the radio can receive.</source>
        <translation>Wie viele raum-zeit-kodierte Ströme das Funkmodul empfangen kann.</translation>
    </message>
    <message>
        <source>Static: one receive chain</source>
        <translation>Statisch: eine Empfangskette</translation>
    </message>
    <message>
        <source>Dynamic: chains wake on demand</source>
        <translation>Dynamisch: Ketten wachen bei Bedarf auf</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Disabled: all chains on</source>
        <translation>Aus: alle Ketten an</translation>
    </message>
    <message>
        <source>SM power save</source>
        <translation>SM-Energiesparen</translation>
    </message>
    <message>
        <source>Whether the radio switches receive chains off to save power.</source>
        <translation>Ob das Funkmodul Empfangsketten abschaltet, um Energie zu sparen.</translation>
    </message>
    <message>
        <source>Largest A-MSDU</source>
        <translation>Größte A-MSDU</translation>
    </message>
    <message>
        <source>7935 bytes</source>
        <translation>7935 Byte</translation>
    </message>
    <message>
        <source>3839 bytes</source>
        <translation>3839 Byte</translation>
    </message>
    <message>
        <source>The most data it accepts in one aggregated frame of several packets.</source>
        <translation>Die größte Datenmenge, die es in einem aggregierten Rahmen aus mehreren Paketen annimmt.</translation>
    </message>
    <message>
        <source>Largest A-MPDU</source>
        <translation>Größte A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives, acknowledged at once.</source>
        <translation>Das längste Bündel aggregierter Rahmen, das es empfängt und auf einmal bestätigt.</translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation>Keine Einschränkung</translation>
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
        <translation>Minimaler MPDU-Abstand</translation>
    </message>
    <message>
        <source>The gap the receiver needs between frames of an aggregate.</source>
        <translation>Der Abstand, den der Empfänger zwischen Rahmen eines Bündels braucht.</translation>
    </message>
    <message>
        <source>DSSS/CCK in 40 MHz</source>
        <translation>DSSS/CCK bei 40 MHz</translation>
    </message>
    <message>
        <source>Whether 802.11b rates stay usable while on a 40 MHz channel.</source>
        <translation>Ob 802.11b-Raten auf einem 40-MHz-Kanal nutzbar bleiben.</translation>
    </message>
    <message>
        <source>40 MHz intolerant</source>
        <translation>40 MHz unverträglich</translation>
    </message>
    <message>
        <source>Asks networks nearby not to use 40 MHz channels in the 2.4 GHz band.</source>
        <translation>Bittet Netze in der Nähe, im 2,4-GHz-Band keine 40-MHz-Kanäle zu nutzen.</translation>
    </message>
    <message>
        <source>L-SIG TXOP protection</source>
        <translation>L-SIG-TXOP-Schutz</translation>
    </message>
    <message>
        <source>Protects HT transmissions from legacy devices through the legacy header.</source>
        <translation>Schützt HT-Übertragungen über den klassischen Header vor älteren Geräten.</translation>
    </message>
    <message>
        <source>Receive MCS</source>
        <translation>Empfang MCS</translation>
    </message>
    <message numerus="yes">
        <source>MCS %1–%2 (%n spatial stream(s))</source>
        <translation>
            <numerusform>MCS %1–%2 (%n räumlicher Strom)</numerusform>
            <numerusform>MCS %1–%2 (%n räumliche Ströme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes it receives; each group of eight adds a spatial stream.</source>
        <translation>Empfangene Modulations- und Kodierungsverfahren; jede Achtergruppe fügt einen räumlichen Strom hinzu.</translation>
    </message>
    <message>
        <source>Up to 80 MHz</source>
        <translation>Bis 80 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz</source>
        <translation>Bis 160 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz and 80+80 MHz</source>
        <translation>Bis 160 MHz und 80+80 MHz</translation>
    </message>
    <message>
        <source>Channel widths</source>
        <translation>Kanalbreiten</translation>
    </message>
    <message>
        <source>The widest channels the radio can use; 80+80 joins two separate 80 MHz blocks.</source>
        <translation>Die breitesten Kanäle, die das Funkmodul nutzen kann; 80+80 verbindet zwei getrennte 80-MHz-Blöcke.</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 8 and 9 use 256-QAM.</source>
        <translation>Modulations- und Kodierungsverfahren pro räumlichem Strom; MCS 8 und 9 nutzen 256-QAM.</translation>
    </message>
    <message>
        <source>Transmit MCS</source>
        <translation>Senden MCS</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Was es senden kann, in denselben Begriffen.</translation>
    </message>
    <message>
        <source>Highest receive rate</source>
        <translation>Höchste Empfangsrate</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>The fastest long-GI data rate it receives, as the radio declares it.</source>
        <translation>Die schnellste Datenrate mit langem Schutzintervall, die es laut eigener Angabe empfängt.</translation>
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
        <translation>LDPC empfangen</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>SU-Beamformer</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Kann sein Signal nach Kanalvermessung auf einen Empfänger ausrichten.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>SU-Beamformee</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Ja, bis zu %1 Raum-Zeit-Ströme</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Kann einem Beamformer beim Ausrichten helfen, indem es meldet, was es hört.</translation>
    </message>
    <message>
        <source>Sounding dimensions</source>
        <translation>Sondierungsdimensionen</translation>
    </message>
    <message>
        <source>How many antennas it sounds with when beamforming.</source>
        <translation>Mit wie vielen Antennen es beim Beamforming sondiert.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>MU-Beamformer</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Kann mehrere Empfänger gleichzeitig mit getrennten Strahlen bedienen (MU-MIMO).</translation>
    </message>
    <message>
        <source>MU beamformee</source>
        <translation>MU-Beamformee</translation>
    </message>
    <message>
        <source>Can be one of the receivers of a MU-MIMO transmission.</source>
        <translation>Kann einer der Empfänger einer MU-MIMO-Übertragung sein.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 Byte</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 Byte</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 Byte</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>Größte MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>Der längste einzelne Rahmen, den es empfängt.</translation>
    </message>
    <message>
        <source>TXOP power save</source>
        <translation>TXOP-Energiesparen</translation>
    </message>
    <message>
        <source>Sleeps during other stations&apos; transmissions to save power.</source>
        <translation>Schläft während der Übertragungen anderer Stationen, um Energie zu sparen.</translation>
    </message>
    <message>
        <source>Unsolicited feedback</source>
        <translation>Unaufgefordertes Feedback</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Link adaptation</source>
        <translation>Linkanpassung</translation>
    </message>
    <message>
        <source>Sends MCS feedback so that the other side picks the best rate.</source>
        <translation>Sendet MCS-Rückmeldungen, damit die Gegenseite die beste Rate wählt.</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Antenna pattern consistency</source>
        <translation>Konstantes Antennenmuster</translation>
    </message>
    <message>
        <source>Its antenna pattern stays the same during an association.</source>
        <translation>Sein Antennenmuster bleibt während einer Assoziation gleich.</translation>
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
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>In use by another program</source>
        <translation>Von einem anderen Programm belegt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>No Wi-Fi Direct in the driver</source>
        <translation>Kein Wi-Fi Direct im Treiber</translation>
    </message>
    <message>
        <source>The driver of %1 offers none of the P2P interface types: this radio cannot do Wi-Fi Direct.</source>
        <translation>Der Treiber von %1 bietet keinen der P2P-Schnittstellentypen: Dieses Funkmodul kann kein Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>No P2P device type</source>
        <translation>Kein P2P-Gerätetyp</translation>
    </message>
    <message>
        <source>The driver offers P2P groups but no dedicated P2P device, which discovery and negotiation run on. Older drivers make a station interface do both; Airpane needs the P2P device.</source>
        <translation>Der Treiber bietet P2P-Gruppen, aber kein eigenes P2P-Gerät, auf dem Suche und Aushandlung laufen. Ältere Treiber lassen eine Station-Schnittstelle beides tun; Airpane braucht das P2P-Gerät.</translation>
    </message>
    <message>
        <source>P2P device supported</source>
        <translation>P2P-Gerät unterstützt</translation>
    </message>
    <message>
        <source>The driver offers a dedicated P2P device for discovery, separate from the station interface.</source>
        <translation>Der Treiber bietet ein eigenes P2P-Gerät für die Suche, getrennt von der Station-Schnittstelle.</translation>
    </message>
    <message>
        <source>No P2P groups</source>
        <translation>Keine P2P-Gruppen</translation>
    </message>
    <message>
        <source>The driver cannot run a P2P group owner or client, so no connection can follow discovery.</source>
        <translation>Der Treiber kann weder P2P-Gruppenbesitzer noch -Client betreiben; auf eine Suche kann keine Verbindung folgen.</translation>
    </message>
    <message>
        <source>The P2P device cannot start</source>
        <translation>Das P2P-Gerät kann nicht starten</translation>
    </message>
    <message>
        <source>The driver does not offer the command that starts a P2P device.</source>
        <translation>Der Treiber bietet den Befehl zum Starten eines P2P-Geräts nicht an.</translation>
    </message>
    <message>
        <source>No listening on other channels</source>
        <translation>Kein Lauschen auf anderen Kanälen</translation>
    </message>
    <message>
        <source>The driver does not support remain-on-channel, which discovery needs to listen on the social channels 1, 6 and 11.</source>
        <translation>Der Treiber unterstützt kein Remain-on-Channel, das die Suche zum Lauschen auf den sozialen Kanälen 1, 6 und 11 braucht.</translation>
    </message>
    <message>
        <source>Listens on other channels</source>
        <translation>Lauscht auf anderen Kanälen</translation>
    </message>
    <message>
        <source>Remain-on-channel for up to %1 ms, for discovery on the social channels.</source>
        <translation>Remain-on-Channel bis zu %1 ms, für die Suche auf den sozialen Kanälen.</translation>
    </message>
    <message>
        <source>No room for a P2P device</source>
        <translation>Kein Platz für ein P2P-Gerät</translation>
    </message>
    <message>
        <source>None of the radio&apos;s interface combinations allows a P2P device.</source>
        <translation>Keine Schnittstellenkombination des Funkmoduls erlaubt ein P2P-Gerät.</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow no P2P device next to what it runs now (%1). Removing an interface would make room.</source>
        <translation>Die Schnittstellenkombinationen des Funkmoduls erlauben kein P2P-Gerät neben dem, was es jetzt betreibt (%1). Das Entfernen einer Schnittstelle würde Platz schaffen.</translation>
    </message>
    <message>
        <source>No room for a P2P group</source>
        <translation>Kein Platz für eine P2P-Gruppe</translation>
    </message>
    <message>
        <source>Discovery can run, but the interface combinations leave no room for a P2P group next to %1.</source>
        <translation>Die Suche kann laufen, aber die Schnittstellenkombinationen lassen neben %1 keinen Platz für eine P2P-Gruppe.</translation>
    </message>
    <message>
        <source>Room for Wi-Fi Direct</source>
        <translation>Platz für Wi-Fi Direct</translation>
    </message>
    <message>
        <source>A P2P device and a P2P group fit next to the current interfaces, all on one channel: a group must use the channel the other interfaces use.</source>
        <translation>Ein P2P-Gerät und eine P2P-Gruppe passen neben die aktuellen Schnittstellen, alle auf einem Kanal: Eine Gruppe muss den Kanal der anderen Schnittstellen nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Ein P2P-Gerät und eine P2P-Gruppe passen neben die aktuellen Schnittstellen, auf bis zu %n Kanal.</numerusform>
            <numerusform>Ein P2P-Gerät und eine P2P-Gruppe passen neben die aktuellen Schnittstellen, auf bis zu %n verschiedenen Kanälen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program owns the P2P device</source>
        <translation>Ein anderes Programm besitzt das P2P-Gerät</translation>
    </message>
    <message>
        <source>A P2P device (%1) already runs on %2, started by another program such as wpa_supplicant. A radio has one P2P device: Airpane can use Wi-Fi Direct here once that program lets it go.</source>
        <translation>Auf %2 läuft bereits ein P2P-Gerät (%1), gestartet von einem anderen Programm wie wpa_supplicant. Ein Funkmodul hat ein P2P-Gerät: Airpane kann Wi-Fi Direct hier nutzen, sobald jenes Programm es freigibt.</translation>
    </message>
    <message>
        <source>Radio down</source>
        <translation>Funkmodul aus</translation>
    </message>
    <message>
        <source>None of the radio&apos;s network interfaces is up; it may be switched off or blocked (rfkill).</source>
        <translation>Keine Netzwerkschnittstelle des Funkmoduls ist aktiv; es ist vielleicht ausgeschaltet oder gesperrt (rfkill).</translation>
    </message>
    <message>
        <source>Used by Airpane</source>
        <translation>Von Airpane genutzt</translation>
    </message>
    <message>
        <source>Airpane&apos;s P2P device runs here</source>
        <translation>Das P2P-Gerät von Airpane läuft hier</translation>
    </message>
    <message>
        <source>Airpane started the P2P device %1 on %2 for discovery; it goes when Airpane closes.</source>
        <translation>Airpane hat das P2P-Gerät %1 auf %2 für die Suche gestartet; es verschwindet, wenn Airpane schließt.</translation>
    </message>
    <message>
        <source>Radio switched off</source>
        <translation>Funkmodul ausgeschaltet</translation>
    </message>
    <message>
        <source>Radio blocked by a switch</source>
        <translation>Funkmodul durch einen Schalter gesperrt</translation>
    </message>
    <message>
        <source>The helper sees a problem</source>
        <translation>Der Helfer sieht ein Problem</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s %1</source>
        <translation>%1 von NetworkManager</translation>
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
        <translation>%1 (%2) betreibt das P2P-Gerät %3 dieses Funkmoduls für %4.</translation>
    </message>
    <message>
        <source>NetworkManager keeps %1 connected through it and uses it for its own Wi-Fi Direct, so Airpane leaves it alone: Airpane&apos;s discovery needs a radio whose P2P device is free.</source>
        <translation>NetworkManager hält %1 darüber verbunden und nutzt es für sein eigenes Wi-Fi Direct, daher lässt Airpane es in Ruhe: Die Suche von Airpane braucht ein Funkmodul, dessen P2P-Gerät frei ist.</translation>
    </message>
    <message>
        <source>A radio has one P2P device: Airpane can discover here once that program lets it go (p2p_disabled=1), or on a radio whose P2P device is free.</source>
        <translation>Ein Funkmodul hat ein P2P-Gerät: Airpane kann hier suchen, sobald jenes Programm es freigibt (p2p_disabled=1), oder auf einem Funkmodul, dessen P2P-Gerät frei ist.</translation>
    </message>
    <message>
        <source>%1 owns the P2P device</source>
        <translation>%1 besitzt das P2P-Gerät</translation>
    </message>
</context>
<context>
    <name>PeerNames</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Eingabegerät</translation>
    </message>
    <message>
        <source>Printer or scanner</source>
        <translation>Drucker oder Scanner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation>Netzwerkgerät</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Multimedia device</source>
        <translation>Multimediagerät</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>Spielkonsole</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Audiogerät</translation>
    </message>
    <message>
        <source>Docking station</source>
        <translation>Dockingstation</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>Shows a PIN</source>
        <translation>Zeigt eine PIN</translation>
    </message>
    <message>
        <source>PIN entry</source>
        <translation>PIN-Eingabe</translation>
    </message>
    <message>
        <source>Push button</source>
        <translation>Tastendruck</translation>
    </message>
    <message>
        <source>PIN on a label</source>
        <translation>PIN auf einem Etikett</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>service discovery</source>
        <translation>Dienstsuche</translation>
    </message>
    <message>
        <source>client discoverability</source>
        <translation>Client-Auffindbarkeit</translation>
    </message>
    <message>
        <source>concurrent operation</source>
        <translation>gleichzeitiger Betrieb</translation>
    </message>
    <message>
        <source>infrastructure managed</source>
        <translation>von der Infrastruktur verwaltet</translation>
    </message>
    <message>
        <source>device limit reached</source>
        <translation>Gerätelimit erreicht</translation>
    </message>
    <message>
        <source>invitation procedure</source>
        <translation>Einladungsverfahren</translation>
    </message>
    <message>
        <source>group owner</source>
        <translation>Gruppenbesitzer</translation>
    </message>
    <message>
        <source>persistent group</source>
        <translation>dauerhafte Gruppe</translation>
    </message>
    <message>
        <source>group limit reached</source>
        <translation>Gruppenlimit erreicht</translation>
    </message>
    <message>
        <source>intra-BSS distribution</source>
        <translation>Verteilung innerhalb des BSS</translation>
    </message>
    <message>
        <source>cross connection</source>
        <translation>Querverbindung</translation>
    </message>
    <message>
        <source>persistent reconnect</source>
        <translation>dauerhafte Wiederverbindung</translation>
    </message>
    <message>
        <source>group formation</source>
        <translation>Gruppenbildung</translation>
    </message>
    <message>
        <source>IP address allocation</source>
        <translation>IP-Adressvergabe</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Geräteadresse</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Verbindet per</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Gerätefähigkeiten</translation>
    </message>
    <message>
        <source>Group capabilities</source>
        <translation>Gruppenfähigkeiten</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <source>Operates on</source>
        <translation>Arbeitet auf</translation>
    </message>
    <message>
        <source>Wi-Fi Display</source>
        <translation>Wi-Fi Display</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>Group clients</source>
        <translation>Gruppenmitglieder</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Zuletzt gehört</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>only searching: it has not described itself yet</source>
        <translation>nur beim Suchen: Es hat sich noch nicht beschrieben</translation>
    </message>
</context>
<context>
    <name>StationText</name>
    <message>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1-MCS %2</source>
        <translation>%1-MCS %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Datenstrom</numerusform>
            <numerusform>%n Datenströme</numerusform>
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
        <translation>kurzes GI</translation>
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
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Best Effort</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Non-QoS</source>
        <translation>Ohne QoS</translation>
    </message>
    <message>
        <source>Traffic stream</source>
        <translation>Verkehrsstrom</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisiert</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>assoziiert</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>WifiNames</name>
    <message>
        <source>Ad-hoc (IBSS)</source>
        <translation>Ad-hoc (IBSS)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Zugangspunkt</translation>
    </message>
    <message>
        <source>AP VLAN</source>
        <translation>AP-VLAN</translation>
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
        <translation>Mesh-Punkt</translation>
    </message>
    <message>
        <source>P2P client</source>
        <translation>P2P-Client</translation>
    </message>
    <message>
        <source>P2P group owner</source>
        <translation>P2P-Gruppenbesitzer</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>P2P-Gerät</translation>
    </message>
    <message>
        <source>OCB (outside a BSS)</source>
        <translation>OCB (außerhalb eines BSS)</translation>
    </message>
    <message>
        <source>NAN</source>
        <translation>NAN</translation>
    </message>
    <message>
        <source>Joins a network of equals, without an access point.</source>
        <translation>Tritt einem Netz Gleichberechtigter ohne Zugangspunkt bei.</translation>
    </message>
    <message>
        <source>Joins a network as a client.</source>
        <translation>Tritt einem Netz als Client bei.</translation>
    </message>
    <message>
        <source>Runs a network that others join.</source>
        <translation>Betreibt ein Netz, dem andere beitreten.</translation>
    </message>
    <message>
        <source>Puts some of an access point&apos;s clients into their own VLAN.</source>
        <translation>Legt einige Clients eines Zugangspunkts in ein eigenes VLAN.</translation>
    </message>
    <message>
        <source>A wireless bridge to another access point.</source>
        <translation>Eine Funkbrücke zu einem anderen Zugangspunkt.</translation>
    </message>
    <message>
        <source>Captures the frames on a channel, for analysis.</source>
        <translation>Zeichnet die Rahmen auf einem Kanal zur Analyse auf.</translation>
    </message>
    <message>
        <source>Joins an 802.11s mesh network.</source>
        <translation>Tritt einem 802.11s-Mesh-Netz bei.</translation>
    </message>
    <message>
        <source>Joins a Wi-Fi Direct group.</source>
        <translation>Tritt einer Wi-Fi-Direct-Gruppe bei.</translation>
    </message>
    <message>
        <source>Runs a Wi-Fi Direct group that others join.</source>
        <translation>Betreibt eine Wi-Fi-Direct-Gruppe, der andere beitreten.</translation>
    </message>
    <message>
        <source>Finds Wi-Fi Direct peers and negotiates groups; it has no network device.</source>
        <translation>Findet Wi-Fi-Direct-Gegenstellen und handelt Gruppen aus; es hat kein Netzwerkgerät.</translation>
    </message>
    <message>
        <source>Talks outside any network, as vehicles do (802.11p).</source>
        <translation>Kommuniziert außerhalb jedes Netzes, wie Fahrzeuge (802.11p).</translation>
    </message>
    <message>
        <source>Neighbour awareness networking: finds services nearby.</source>
        <translation>Neighbour Awareness Networking: findet Dienste in der Nähe.</translation>
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
        <translation>Unter 1 GHz</translation>
    </message>
    <message>
        <source>Light communication</source>
        <translation>Lichtkommunikation</translation>
    </message>
    <message>
        <source>20 MHz (no HT)</source>
        <translation>20 MHz (ohne HT)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>No initiating radiation</source>
        <translation>Kein eigenständiges Senden</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Radarerkennung</translation>
    </message>
    <message>
        <source>Indoors only</source>
        <translation>Nur in Gebäuden</translation>
    </message>
    <message>
        <source>No HT40−</source>
        <translation>Kein HT40−</translation>
    </message>
    <message>
        <source>No HT40+</source>
        <translation>Kein HT40+</translation>
    </message>
    <message>
        <source>No 80 MHz</source>
        <translation>Keine 80 MHz</translation>
    </message>
    <message>
        <source>No 160 MHz</source>
        <translation>Keine 160 MHz</translation>
    </message>
    <message>
        <source>No 320 MHz</source>
        <translation>Keine 320 MHz</translation>
    </message>
    <message>
        <source>No HE</source>
        <translation>Kein HE</translation>
    </message>
    <message>
        <source>No EHT</source>
        <translation>Kein EHT</translation>
    </message>
    <message>
        <source>No 20 MHz</source>
        <translation>Keine 20 MHz</translation>
    </message>
    <message>
        <source>No 10 MHz</source>
        <translation>Keine 10 MHz</translation>
    </message>
    <message>
        <source>Radiation with another link</source>
        <translation>Senden mit anderer Verbindung</translation>
    </message>
    <message>
        <source>DFS with another link</source>
        <translation>DFS mit anderer Verbindung</translation>
    </message>
    <message>
        <source>The radio may not start transmitting here on its own: no beacons, no probe requests, no access point. It may answer once it hears a network.</source>
        <translation>Das Funkmodul darf hier nicht von sich aus senden: keine Beacons, keine Probe Requests, kein Zugangspunkt. Es darf antworten, sobald es ein Netz hört.</translation>
    </message>
    <message>
        <source>Radars use this channel: before transmitting, the radio must listen for them (channel availability check) and leave when it hears one.</source>
        <translation>Radare nutzen diesen Kanal: Vor dem Senden muss das Funkmodul nach ihnen lauschen (Kanalverfügbarkeitsprüfung) und den Kanal verlassen, wenn es eines hört.</translation>
    </message>
    <message>
        <source>The regulatory domain allows this channel indoors only.</source>
        <translation>Die Regulierungsdomäne erlaubt diesen Kanal nur in Gebäuden.</translation>
    </message>
    <message>
        <source>No 40 MHz channel with its secondary 20 MHz below (−) or above (+) this one.</source>
        <translation>Kein 40-MHz-Kanal mit dem zweiten 20-MHz-Teil unter (−) oder über (+) diesem.</translation>
    </message>
    <message>
        <source>Channels of this width may not include this one.</source>
        <translation>Kanäle dieser Breite dürfen diesen nicht einschließen.</translation>
    </message>
    <message>
        <source>Wi-Fi 6 (HE) or Wi-Fi 7 (EHT) operation is not allowed here.</source>
        <translation>Betrieb mit Wi-Fi 6 (HE) oder Wi-Fi 7 (EHT) ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Allowed when another interface of the radio already operates here under the rules.</source>
        <translation>Erlaubt, wenn eine andere Schnittstelle des Funkmoduls hier bereits regelkonform arbeitet.</translation>
    </message>
    <message>
        <source>Usable after a check</source>
        <translation>Nach Prüfung nutzbar</translation>
    </message>
    <message>
        <source>Available (checked)</source>
        <translation>Verfügbar (geprüft)</translation>
    </message>
    <message>
        <source>Unavailable (radar seen)</source>
        <translation>Nicht verfügbar (Radar erkannt)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Funkmodul</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
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
        <translation>Werkbank für WLAN-Funkmodule, virtuelle Schnittstellen und Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</source>
        <translation>PAGE öffnen: radios, scan, channels, signal, wifi-direct, capabilities, events.</translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation>Das Hauptfenster in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Fenstergröße, WIDTHxHEIGHT (Vorgabe 1280x800).</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;</source>
        <translation>unbekannte Seite „%1“</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 320x240 and 8192x8192</source>
        <translation>--size erwartet WIDTHxHEIGHT zwischen 320x240 und 8192x8192</translation>
    </message>
    <message>
        <source>Mark the window as running on the virtual lab&apos;s SCENARIO.</source>
        <translation>Das Fenster als im Szenario SCENARIO des virtuellen Labors laufend kennzeichnen.</translation>
    </message>
</context>
</TS>
