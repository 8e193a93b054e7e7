<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Airpane</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Airpane::ActionHandler</name>
    <message>
        <source>You are not allowed to do this: the system&apos;s policy (polkit) refused.</source>
        <translation>Vous n’avez pas le droit de le faire : la politique du système (polkit) a refusé.</translation>
    </message>
    <message>
        <source>This needs an administrator password, and no authentication agent is running to ask for it.</source>
        <translation>Il faut un mot de passe administrateur, et aucun agent d’authentification ne tourne pour le demander.</translation>
    </message>
    <message>
        <source>The Airpane helper went away before it answered; try again in a moment.</source>
        <translation>L’assistant Airpane a disparu avant de répondre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>L’assistant Airpane a échoué.</translation>
    </message>
    <message>
        <source>Not connected to the Airpane helper; try again once it is back.</source>
        <translation>Pas connecté à l’assistant Airpane ; réessayez quand il sera revenu.</translation>
    </message>
</context>
<context>
    <name>Airpane::AuthorizationMarker</name>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Demande un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’avez pas le droit de le faire.</translation>
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
            <numerusform>L’un des %n réseau du même point d’accès</numerusform>
            <numerusform>L’un des %n réseaux du même point d’accès</numerusform>
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
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilitiesPage</name>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio :</translation>
    </message>
    <message>
        <source>Bands &amp;&amp; channels</source>
        <translation>Bandes &amp;&amp; canaux</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;Bande :</translation>
    </message>
    <message>
        <source>HT · VHT · HE · EHT</source>
        <translation>HT · VHT · HE · EHT</translation>
    </message>
    <message>
        <source>Interface combinations</source>
        <translation>Combinaisons d’interfaces</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Chiffrements</translation>
    </message>
    <message>
        <source>Commands &amp;&amp; features</source>
        <translation>Commandes &amp;&amp; fonctions</translation>
    </message>
    <message>
        <source>No radio to show</source>
        <translation>Aucune radio à afficher</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n interface type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n type d’interface</numerusform>
            <numerusform>%1 · %2 · %n types d’interface</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cipher(s)</source>
        <translation>
            <numerusform>%n chiffrement</numerusform>
            <numerusform>%n chiffrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilityTreeModel</name>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelGraph</name>
    <message>
        <source>DFS (radar detection)</source>
        <translation>DFS (détection radar)</translation>
    </message>
    <message>
        <source>No transmitting first (no-IR)</source>
        <translation>Pas d’émission en premier (no-IR)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Busy time (survey)</source>
        <translation>Temps occupé (mesure)</translation>
    </message>
    <message>
        <source>Zoomed: double-click for the whole band</source>
        <translation>Zoom : double-cliquez pour voir toute la bande</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (connecté)</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>After a radar check</source>
        <translation>Après un contrôle radar</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Radar check (CAC) takes %1 s</source>
        <translation>Le contrôle radar (CAC) dure %1 s</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Puissance max.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>DFS state</source>
        <translation>État DFS</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Passive only</source>
        <translation>Passif uniquement</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelPanel</name>
    <message>
        <source>Show disabled channels</source>
        <translation>Afficher les canaux désactivés</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %n canal</numerusform>
            <numerusform>%1 · %n canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulatory domain %1, DFS region %2. Max power is the domain&apos;s limit for each channel.</source>
        <translation>Domaine réglementaire %1, région DFS %2. La puissance max. est la limite du domaine pour chaque canal.</translation>
    </message>
    <message>
        <source>Max power is the regulatory domain&apos;s limit for each channel.</source>
        <translation>La puissance max. est la limite du domaine réglementaire pour chaque canal.</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
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
        <translation>Cliquez sur un réseau pour le mettre en évidence.</translation>
    </message>
    <message>
        <source>%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz</source>
        <translation>%1 sur 2,4 GHz, %2 sur 5 GHz, %3 sur 6 GHz</translation>
    </message>
    <message>
        <source>%1 (%2): channel %3, %4 MHz wide around %5 MHz, %6 dBm</source>
        <translation>%1 (%2) : canal %3, %4 MHz de large autour de %5 MHz, %6 dBm</translation>
    </message>
    <message>
        <source>Allow DFS channels</source>
        <translation>Autoriser les canaux DFS</translation>
    </message>
    <message>
        <source>%1 MHz AP</source>
        <translation>AP de %1 MHz</translation>
    </message>
    <message>
        <source>The width of the AP the recommendation plans for (2.4 GHz: at most 40 MHz)</source>
        <translation>La largeur de l’AP pour lequel la recommandation est calculée (2,4 GHz : 40 MHz au plus)</translation>
    </message>
    <message>
        <source>Consider channels that need radar detection; an AP there waits a minute before starting and must leave when radar appears</source>
        <translation>Prendre en compte les canaux qui exigent la détection radar ; un AP y attend une minute avant de démarrer et doit partir dès qu’un radar apparaît</translation>
    </message>
    <message>
        <source>Channel graphs</source>
        <translation>Graphiques des canaux</translation>
    </message>
    <message>
        <source>No radio of this machine can use this band.</source>
        <translation>Aucune radio de cette machine ne peut utiliser cette bande.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pas de recommandation :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;Recommandé pour %1 : %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommandé : %1</translation>
    </message>
    <message>
        <source>no radio</source>
        <translation>aucune radio</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>aucune recommandation</translation>
    </message>
    <message>
        <source>recommended %1</source>
        <translation>recommandé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Airpane::Client::Bss</name>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A station, an access point and a P2P group (with its P2P device) run together under this combination.</source>
        <translation>Une station, un point d’accès et un groupe P2P (avec son périphérique P2P) fonctionnent ensemble dans cette combinaison.</translation>
    </message>
    <message>
        <source>This combination cannot run a station, an access point and a P2P group together.</source>
        <translation>Cette combinaison ne permet pas une station, un point d’accès et un groupe P2P ensemble.</translation>
    </message>
    <message>
        <source>At most this many interfaces at once, of any type.</source>
        <translation>Au plus ce nombre d’interfaces à la fois, de tout type.</translation>
    </message>
    <message>
        <source>All interfaces share one channel.</source>
        <translation>Toutes les interfaces partagent un canal.</translation>
    </message>
    <message>
        <source>The interfaces may use up to %1 different channels at once.</source>
        <translation>Les interfaces peuvent utiliser jusqu’à %1 canaux différents à la fois.</translation>
    </message>
    <message>
        <source>Channel widths on which it can check for radars (DFS) under this combination.</source>
        <translation>Largeurs de canal sur lesquelles elle peut détecter les radars (DFS) dans cette combinaison.</translation>
    </message>
    <message>
        <source>20 (no HT)</source>
        <translation>20 (sans HT)</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>shares a limit of %1 with %2</source>
        <translation>partage une limite de %1 avec %2</translation>
    </message>
    <message>
        <source>Not in this combination</source>
        <translation>Absent de cette combinaison</translation>
    </message>
    <message>
        <source>Up to %1 at once</source>
        <translation>Jusqu’à %1 à la fois</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Une à la fois</translation>
    </message>
    <message>
        <source>The driver reports no combinations: one interface at a time.</source>
        <translation>Le pilote n’indique aucune combinaison : une interface à la fois.</translation>
    </message>
    <message>
        <source>Combination %1</source>
        <translation>Combinaison %1</translation>
    </message>
    <message>
        <source>Interfaces at once</source>
        <translation>Interfaces à la fois</translation>
    </message>
    <message>
        <source>Different channels</source>
        <translation>Canaux différents</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Détection radar</translation>
    </message>
    <message>
        <source>Station + AP + P2P</source>
        <translation>Station + PA + P2P</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationPanel</name>
    <message>
        <source>Can this radio run at once:</source>
        <translation>Cette radio peut-elle faire fonctionner à la fois :</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Access points</source>
        <translation>Points d’accès</translation>
    </message>
    <message>
        <source>P2P groups</source>
        <translation>Groupes P2P</translation>
    </message>
    <message>
        <source>Mesh points</source>
        <translation>Points de maillage</translation>
    </message>
    <message>
        <source>a P2P device</source>
        <translation>un périphérique P2P</translation>
    </message>
    <message>
        <source>Wi-Fi Direct discovery runs on a P2P device next to the group.</source>
        <translation>La découverte Wi-Fi Direct se fait sur un périphérique P2P à côté du groupe.</translation>
    </message>
    <message>
        <source>Choose a radio.</source>
        <translation>Choisissez une radio.</translation>
    </message>
    <message>
        <source>The P2P groups can only join others, as clients.</source>
        <translation>Les groupes P2P ne peuvent que rejoindre d’autres groupes, comme clients.</translation>
    </message>
    <message>
        <source>Only %1 of the P2P groups can be group owner.</source>
        <translation>Seuls %1 des groupes P2P peuvent en être propriétaires.</translation>
    </message>
    <message>
        <source>No. None of the radio&apos;s interface combinations allows these interfaces at once.</source>
        <translation>Non. Aucune combinaison d’interfaces de la radio ne permet ces interfaces à la fois.</translation>
    </message>
    <message>
        <source>No. The radio has no %1 at all.</source>
        <translation>Non. La radio n’a aucun type %1.</translation>
    </message>
    <message>
        <source>Yes. The radio runs one interface at a time, and that is enough.</source>
        <translation>Oui. La radio fait fonctionner une interface à la fois, et cela suffit.</translation>
    </message>
    <message>
        <source>Yes. Combination %1 allows it; all of them share one channel.</source>
        <translation>Oui. La combinaison %1 le permet ; toutes partagent un canal.</translation>
    </message>
    <message numerus="yes">
        <source>Yes. Combination %1 allows it, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Oui. La combinaison %1 le permet, sur jusqu’à %n canal.</numerusform>
            <numerusform>Oui. La combinaison %1 le permet, sur jusqu’à %n canaux différents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ConnectionIndicator</name>
    <message>
        <source>Not connected to the Airpane helper</source>
        <translation>Non connecté à l’assistant Airpane</translation>
    </message>
    <message>
        <source>Connecting to the Airpane helper…</source>
        <translation>Connexion à l’assistant Airpane…</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper</source>
        <translation>Connecté à l’assistant Airpane</translation>
    </message>
    <message>
        <source>airpane-helper %1, live</source>
        <translation>airpane-helper %1, en direct</translation>
    </message>
    <message>
        <source>The helper restarted; reconnecting…</source>
        <translation>L’assistant a redémarré ; reconnexion…</translation>
    </message>
    <message>
        <source>What you see is the last state the helper reported.</source>
        <translation>Ce qui s’affiche est le dernier état signalé par l’assistant.</translation>
    </message>
    <message>
        <source>Helper unavailable: %1</source>
        <translation>Assistant indisponible : %1</translation>
    </message>
    <message>
        <source>Airpane keeps trying to reach it.</source>
        <translation>Airpane continue d’essayer de le joindre.</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper; reading the radios…</source>
        <translation>Connecté à l’assistant Airpane ; lecture des radios…</translation>
    </message>
</context>
<context>
    <name>Airpane::ElementInspector</name>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Choisissez un réseau pour voir ses éléments.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n element(s)</source>
        <translation>
            <numerusform>%1 (%2) : %n élément</numerusform>
            <numerusform>%1 (%2) : %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ElementTreeModel</name>
    <message>
        <source>ID %1, extension %2</source>
        <translation>ID %1, extension %2</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (malformed: %2)</source>
        <translation>%1 (mal formé : %2)</translation>
    </message>
    <message>
        <source>Element or field</source>
        <translation>Élément ou champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Airpane::EventModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>nl80211 command</source>
        <translation>Commande nl80211</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>Airpane::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop receiving events; the helper sends none until you resume (%1)</source>
        <translation>Ne plus recevoir d’événements ; l’assistant n’en envoie plus jusqu’à la reprise (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the events shown (%1)</source>
        <translation>Oublier les événements affichés (%1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio :</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Réglementation</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 sur %n événement affichés</numerusform>
            <numerusform>%1 sur %n événements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps the newest %1</source>
        <translation>conserve les %1 plus récents</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Paused: no events arrive until you resume.</source>
        <translation>En pause : aucun événement n’arrive jusqu’à la reprise.</translation>
    </message>
    <message>
        <source>No events yet. They appear here as the kernel reports them.</source>
        <translation>Aucun événement pour l’instant. Ils s’affichent ici dès que le noyau les signale.</translation>
    </message>
</context>
<context>
    <name>Airpane::HelperClient</name>
    <message>
        <source>The Airpane helper is not installed.</source>
        <translation>L’assistant Airpane n’est pas installé.</translation>
    </message>
    <message>
        <source>The system bus is not running, so the Airpane helper cannot be reached.</source>
        <translation>Le bus système ne fonctionne pas : l’assistant Airpane est injoignable.</translation>
    </message>
    <message>
        <source>The Airpane helper could not be started.</source>
        <translation>L’assistant Airpane n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The system bus does not let you reach the Airpane helper.</source>
        <translation>Le bus système ne vous laisse pas joindre l’assistant Airpane.</translation>
    </message>
    <message>
        <source>You are not allowed to watch the Wi-Fi radios.</source>
        <translation>Vous n’avez pas le droit d’observer les radios Wi-Fi.</translation>
    </message>
    <message>
        <source>Watching the Wi-Fi radios needs a password, and no authentication agent is running.</source>
        <translation>Observer les radios Wi-Fi demande un mot de passe, et aucun agent d’authentification ne fonctionne.</translation>
    </message>
    <message>
        <source>Too many Airpane windows are open; close one.</source>
        <translation>Trop de fenêtres Airpane sont ouvertes ; fermez-en une.</translation>
    </message>
    <message>
        <source>The Airpane helper does not answer.</source>
        <translation>L’assistant Airpane ne répond pas.</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>L’assistant Airpane a échoué.</translation>
    </message>
</context>
<context>
    <name>Airpane::InterfaceDialog</name>
    <message>
        <source>New Interface</source>
        <translation>Nouvelle interface</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>Changer le type de %1</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>&amp;Radio :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>Demande un mot de passe administrateur.</translation>
    </message>
    <message>
        <source>This radio offers no interface type Airpane can create.</source>
        <translation>Cette radio n’offre aucun type d’interface qu’Airpane sache créer.</translation>
    </message>
    <message>
        <source>The interface must be down. The helper checks the radio&apos;s interface combinations when you change it, and says so if they do not allow it.</source>
        <translation>L’interface doit être désactivée. L’assistant vérifie les combinaisons d’interfaces de la radio au moment du changement, et le signale si elles ne le permettent pas.</translation>
    </message>
    <message>
        <source>Checking whether %1 has room for one more %2…</source>
        <translation>Vérification : %1 a-t-elle de la place pour un %2 de plus…</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow it.</source>
        <translation>Les combinaisons d’interfaces de la radio le permettent.</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>Permis. %1</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations do not allow it.</source>
        <translation>Les combinaisons d’interfaces de la radio ne le permettent pas.</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>Impossible pour l’instant : %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Changing the type…</source>
        <translation>Changement du type…</translation>
    </message>
</context>
<context>
    <name>Airpane::LinkChart</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>Signal (dBm)</translation>
    </message>
    <message>
        <source>Rate (Mb/s)</source>
        <translation>Débit (Mbit/s)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Débit d’émission</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Débit de réception</translation>
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
        <translation>Les radios Wi-Fi de la machine et les interfaces de chacune : stations, points d’accès, moniteurs et périphériques P2P.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Every network in range, live, with everything each one advertises decoded.</source>
        <translation>Tous les réseaux à portée, en direct, avec tout ce que chacun annonce décodé.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Each network drawn over its real channel width, occupancy, and a channel recommendation that explains itself.</source>
        <translation>Chaque réseau dessiné sur sa largeur de canal réelle, l’occupation et une recommandation de canal qui s’explique.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Signal strength over time for the networks you select, and a waterfall of channel occupancy.</source>
        <translation>L’intensité du signal dans le temps pour les réseaux choisis, et une cascade de l’occupation des canaux.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>Phones, TVs, printers and displays around you that speak Wi-Fi Direct, and why P2P is unavailable when it is.</source>
        <translation>Les téléphones, téléviseurs, imprimantes et écrans alentour qui parlent Wi-Fi Direct, et pourquoi le P2P est indisponible quand il l’est.</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and which interfaces it can run at once.</source>
        <translation>Ce que chaque radio sait faire : bandes et canaux, HT/VHT/HE/EHT, chiffrements, et les interfaces qu’elle peut faire fonctionner à la fois.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>A live log of what the kernel&apos;s Wi-Fi stack reports.</source>
        <translation>Un journal en direct de ce que signale la pile Wi-Fi du noyau.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Airpane</source>
        <translation>À &amp;propos d’Airpane</translation>
    </message>
    <message>
        <source>About Airpane</source>
        <translation>À propos d’Airpane</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;A workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;Un atelier pour les radios Wi-Fi, les interfaces virtuelles et le Wi-Fi Direct.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Virtual lab</source>
        <translation>Laboratoire virtuel</translation>
    </message>
    <message>
        <source>The radios, access points and Wi-Fi Direct peers are simulated: mac80211_hwsim in a virtual machine running Debian&apos;s kernel.</source>
        <translation>Les radios, points d’accès et pairs Wi-Fi Direct sont simulés : mac80211_hwsim dans une machine virtuelle sous le noyau de Debian.</translation>
    </message>
    <message>
        <source>Virtual lab · scenario “%1”</source>
        <translation>Laboratoire virtuel · scénario « %1 »</translation>
    </message>
    <message>
        <source>Link and clients</source>
        <translation>Liaison et clients</translation>
    </message>
    <message>
        <source>Your connection live, many times a second, and who is connected to the access points on this machine; without scanning.</source>
        <translation>Votre connexion en direct, plusieurs fois par seconde, et qui est connecté aux points d’accès de cette machine ; sans balayage.</translation>
    </message>
</context>
<context>
    <name>Airpane::P2pStatusModel</name>
    <message>
        <source>Running (%1)</source>
        <translation>En marche (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>Périphérique P2P</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Adresse du périphérique</translation>
    </message>
    <message>
        <source>Airpane&apos;s (%1)</source>
        <translation>D’Airpane (%1)</translation>
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
        <translation>Entendu seulement en recherche : il n’a pas encore répondu avec sa propre description.</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom du périphérique</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type de périphérique</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Adresse du périphérique</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Se connecte par</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioListModel</name>
    <message>
        <source>All radios</source>
        <translation>Toutes les radios</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioTreeModel</name>
    <message>
        <source>No network device</source>
        <translation>Pas de périphérique réseau</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Up, not connected</source>
        <translation>Active, non connectée</translation>
    </message>
    <message>
        <source>Up, no link</source>
        <translation>Active, sans liaison</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n interface(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n interface</numerusform>
            <numerusform>%1  ·  %2  ·  %n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>A P2P device has no network device; the kernel knows it by its wdev id %1.</source>
        <translation>Un périphérique P2P n’a pas de périphérique réseau ; le noyau le connaît par son identifiant wdev %1.</translation>
    </message>
    <message>
        <source>Primary channel %1 MHz</source>
        <translation>Canal principal %1 MHz</translation>
    </message>
    <message>
        <source>Centre frequency %1 MHz</source>
        <translation>Fréquence centrale %1 MHz</translation>
    </message>
    <message>
        <source>Second centre frequency %1 MHz</source>
        <translation>Seconde fréquence centrale %1 MHz</translation>
    </message>
    <message>
        <source>Operational state reported by the kernel: %1</source>
        <translation>État opérationnel signalé par le noyau : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>wdev %1</source>
        <translation>wdev %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
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
        <translation>Largeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Puissance d’émission</translation>
    </message>
</context>
<context>
    <name>Airpane::RadiosPage</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Radios &amp; interfaces</source>
        <translation>Radios et interfaces</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show the radios and interfaces whose text contains this (%1)</source>
        <translation>Afficher les radios et interfaces dont le texte contient ceci (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read every radio and interface again</source>
        <translation>Relire toutes les radios et interfaces</translation>
    </message>
    <message>
        <source>New Interface…</source>
        <translation>Nouvelle interface…</translation>
    </message>
    <message>
        <source>Select a radio or an interface to see its details.</source>
        <translation>Sélectionnez une radio ou une interface pour en voir les détails.</translation>
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
            <numerusform>%n interface</numerusform>
            <numerusform>%n interfaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the Airpane helper…</source>
        <translation>En attente de l’assistant Airpane…</translation>
    </message>
    <message>
        <source>The Airpane helper is unavailable: %1</source>
        <translation>L’assistant Airpane est indisponible : %1</translation>
    </message>
    <message>
        <source>This machine has no Wi-Fi radios.</source>
        <translation>Cette machine n’a aucune radio Wi-Fi.</translation>
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
        <translation>Index</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandes</translation>
    </message>
    <message>
        <source>Interface types</source>
        <translation>Types d’interface</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>À la fois</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 interfaces on %n channel(s)</source>
        <translation>
            <numerusform>Jusqu’à %1 interfaces sur %n canal</numerusform>
            <numerusform>Jusqu’à %1 interfaces sur %n canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Rester sur un canal</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Regulatory domain</source>
        <translation>Domaine réglementaire</translation>
    </message>
    <message>
        <source>Own regulatory domain</source>
        <translation>Domaine réglementaire propre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, carrier %2, operational state “%3”</source>
        <translation>%1, porteuse %2, état opérationnel « %3 »</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>on</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>off</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
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
        <translation>Puissance d’émission</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>4-address mode</source>
        <translation>Mode 4 adresses</translation>
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
        <translation>%1, %2, centre %3 MHz</translation>
    </message>
    <message>
        <source>Create an interface on the radio selected (%1)</source>
        <translation>Créer une interface sur la radio sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation>Changer le type…</translation>
    </message>
    <message>
        <source>Make the interface selected a station, an access point, a monitor, …</source>
        <translation>Faire de l’interface sélectionnée une station, un point d’accès, un moniteur…</translation>
    </message>
    <message>
        <source>Delete Interface</source>
        <translation>Supprimer l’interface</translation>
    </message>
    <message>
        <source>Delete the interface selected</source>
        <translation>Supprimer l’interface sélectionnée</translation>
    </message>
    <message>
        <source>Delete the %1 %2 on %3? Programs using it lose it at once.</source>
        <translation>Supprimer %1 %2 sur %3 ? Les programmes qui l’utilisent la perdent aussitôt.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n’a pas pu être supprimée : %2</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanControls</name>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;En continu</translation>
    </message>
    <message>
        <source>Pass&amp;ive</source>
        <translation>Pass&amp;if</translation>
    </message>
    <message>
        <source>The interface that scans</source>
        <translation>L’interface qui balaie</translation>
    </message>
    <message>
        <source>Scan again and again; when off, only the results of other programs&apos; scans are read</source>
        <translation>Balayer encore et encore ; désactivé, seuls les résultats des balayages d’autres programmes sont lus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between scans; while the interface is connected, at least 10 s and only on its own channel, other channels every 5 minutes</source>
        <translation>Temps entre deux balayages ; tant que l’interface est connectée, au moins 10 s et seulement sur son propre canal, les autres canaux toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Only listen for beacons: send no probe requests</source>
        <translation>Seulement écouter les balises : n’envoyer aucune requête de sondage</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop scanning; what was heard stays</source>
        <translation>Arrêter de balayer ; ce qui a été entendu reste</translation>
    </message>
    <message>
        <source>Scan now</source>
        <translation>Balayer maintenant</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>Un balayage est en cours</translation>
    </message>
    <message>
        <source>Sc&amp;an with:</source>
        <translation>Bal&amp;ayer avec :</translation>
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
        <translation>Aucune interface ne peut balayer : il faut une interface station.</translation>
    </message>
    <message>
        <source>Showing the results of another program&apos;s scan.</source>
        <translation>Résultats du balayage d’un autre programme.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanPage</name>
    <message>
        <source>Scan</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Hide &amp;hidden</source>
        <translation>Masquer les &amp;cachés</translation>
    </message>
    <message>
        <source>&amp;Group by access point</source>
        <translation>&amp;Grouper par point d’accès</translation>
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
        <translation>Sig&amp;nal minimum :</translation>
    </message>
    <message>
        <source>Search networks, vendors, security</source>
        <translation>Chercher réseaux, fabricants, sécurité</translation>
    </message>
    <message>
        <source>SSID or BSSID regular expression</source>
        <translation>Expression régulière sur SSID ou BSSID</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Toutes les bandes</translation>
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
        <translation>Toute sécurité</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>WEP or WPA</source>
        <translation>WEP ou WPA</translation>
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
        <translation>Entreprise</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Keep the networks of one physical access point together, strongest first</source>
        <translation>Garder ensemble les réseaux d’un même point d’accès physique, le plus fort en premier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Choisir les colonnes affichées</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>Expression régulière invalide</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s) shown</source>
        <translation>
            <numerusform>%1 sur %n réseau affichés</numerusform>
            <numerusform>%1 sur %n réseaux affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>No networks heard yet. Scanning needs a station interface that is up.</source>
        <translation>Aucun réseau entendu pour l’instant. Le balayage demande une interface station active.</translation>
    </message>
    <message>
        <source>No network matches the filters.</source>
        <translation>Aucun réseau ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>Choisissez un réseau pour voir ses éléments.</translation>
    </message>
    <message>
        <source>Reading the elements of %1…</source>
        <translation>Lecture des éléments de %1…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered, sorted, the visible columns) as CSV or JSON</source>
        <translation>Enregistrer le tableau tel qu’il est affiché (filtré, trié, colonnes visibles) en CSV ou JSON</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tableau en CSV…</translation>
    </message>
    <message>
        <source>Table as JSON…</source>
        <translation>Tableau en JSON…</translation>
    </message>
</context>
<context>
    <name>Airpane::SentFrameModel</name>
    <message>
        <source>Waiting for the radio</source>
        <translation>En attente de la radio</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non acquittée</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée : %1</translation>
    </message>
    <message>
        <source>The receiver did not acknowledge the frame: it may have left the channel, or not heard it.</source>
        <translation>Le destinataire n’a pas acquitté la trame : il a peut-être quitté le canal, ou ne l’a pas entendue.</translation>
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
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>TX status after</source>
        <translation>Statut TX après</translation>
    </message>
</context>
<context>
    <name>Airpane::SignalChart</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>%1, connecté</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the chart and the waterfall; the history keeps filling meanwhile</source>
        <translation>Figer le graphique et la cascade ; l’historique continue de se remplir pendant ce temps</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>How much of the past the chart and the waterfall show</source>
        <translation>La durée passée que montrent le graphique et la cascade</translation>
    </message>
    <message>
        <source>Signal chart</source>
        <translation>Graphique du signal</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Cascade</translation>
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
        <translation>occupé</translation>
    </message>
    <message>
        <source>Channel occupancy over time</source>
        <translation>Occupation des canaux dans le temps</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>%1 networks selected; the chart follows the first %2.</source>
        <translation>%1 réseaux choisis ; le graphique suit les %2 premiers.</translation>
    </message>
    <message numerus="yes">
        <source>Following %n selected network(s).</source>
        <translation>
            <numerusform>Suivi de %n réseau choisi.</numerusform>
            <numerusform>Suivi de %n réseaux choisis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy time from the radio&apos;s survey on %n channel(s); striped channels are estimated from the networks heard.</source>
        <translation>
            <numerusform>Temps occupé d’après la mesure de la radio sur %n canal ; les canaux rayés sont estimés d’après les réseaux entendus.</numerusform>
            <numerusform>Temps occupé d’après la mesure de la radio sur %n canaux ; les canaux rayés sont estimés d’après les réseaux entendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the networks heard and their load (striped): no survey measured this band yet.</source>
        <translation>Estimé d’après les réseaux entendus et leur charge (rayé) : aucune mesure n’a encore porté sur cette bande.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) with history</source>
        <translation>
            <numerusform>%n réseau avec historique</numerusform>
            <numerusform>%n réseaux avec historique</numerusform>
        </translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <source>Showing the connected network and the strongest access points. Select networks below (up to %1) to follow them instead.</source>
        <translation>Affichage du réseau connecté et des points d’accès les plus forts. Choisissez des réseaux ci-dessous (jusqu’à %1) pour les suivre à la place.</translation>
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
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>The newest standard of the rates it uses with this interface now.</source>
        <translation>La norme la plus récente des débits qu’elle utilise maintenant avec cette interface.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Of the last frame received.</source>
        <translation>De la dernière trame reçue.</translation>
    </message>
    <message>
        <source>Per antenna</source>
        <translation>Par antenne</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Average per antenna</source>
        <translation>Moyenne par antenne</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>The average signal of the access point&apos;s beacons.</source>
        <translation>Le signal moyen des balises du point d’accès.</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>Dernier acquittement</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Acquittements</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Expected throughput</source>
        <translation>Débit attendu</translation>
    </message>
    <message>
        <source>What the driver&apos;s rate control expects this link to carry.</source>
        <translation>Ce que le contrôle de débit du pilote attend de cette liaison.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Transmit retries</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>Transmit failures</source>
        <translation>Échecs d’émission</translation>
    </message>
    <message>
        <source>Frames given up after every retry.</source>
        <translation>Trames abandonnées après toutes les tentatives.</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Balises perdues</translation>
    </message>
    <message>
        <source>Times the access point&apos;s beacons stopped coming.</source>
        <translation>Nombre de fois où les balises du point d’accès ont cessé d’arriver.</translation>
    </message>
    <message>
        <source>Beacons received</source>
        <translation>Balises reçues</translation>
    </message>
    <message>
        <source>Received and dropped</source>
        <translation>Reçues puis rejetées</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Receive airtime</source>
        <translation>Temps d’antenne en réception</translation>
    </message>
    <message>
        <source>Transmit airtime</source>
        <translation>Temps d’antenne en émission</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inactif depuis</translation>
    </message>
    <message>
        <source>Since the last frame to or from it.</source>
        <translation>Depuis la dernière trame envoyée ou reçue.</translation>
    </message>
    <message>
        <source>Associated at</source>
        <translation>Associé à</translation>
    </message>
    <message>
        <source>Timing offset</source>
        <translation>Décalage temporel</translation>
    </message>
    <message>
        <source>Between its timer (TSF) and this radio&apos;s.</source>
        <translation>Entre son horloge (TSF) et celle de cette radio.</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Its keys are in place: data flows (802.1X or the 4-way handshake done).</source>
        <translation>Ses clés sont en place : les données passent (802.1X ou échange en 4 temps terminé).</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>short</source>
        <translation>court</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>WMM</source>
        <translation>WMM</translation>
    </message>
    <message>
        <source>QoS: traffic goes in four access categories.</source>
        <translation>QoS : le trafic passe par quatre catégories d’accès.</translation>
    </message>
    <message>
        <source>Protected management frames</source>
        <translation>Trames de gestion protégées</translation>
    </message>
    <message>
        <source>TDLS peer</source>
        <translation>Pair TDLS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>DTIM period</source>
        <translation>Période DTIM</translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s)</source>
        <translation>
            <numerusform>%n balise</numerusform>
            <numerusform>%n balises</numerusform>
        </translation>
    </message>
    <message>
        <source>Beacon interval</source>
        <translation>Intervalle des balises</translation>
    </message>
    <message>
        <source>%1 TU</source>
        <translation>%1 TU</translation>
    </message>
    <message>
        <source>CTS protection</source>
        <translation>Protection CTS</translation>
    </message>
    <message>
        <source>Short preamble</source>
        <translation>Préambule court</translation>
    </message>
    <message>
        <source>Short slot time</source>
        <translation>Intervalle court</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>Débit d’émission</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>Débit de réception</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>Airpane::StationsPage</name>
    <message>
        <source>Link and clients</source>
        <translation>Liaison et clients</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The connected interface whose link to follow, or the access point whose clients to show</source>
        <translation>L’interface connectée dont suivre la liaison, ou le point d’accès dont montrer les clients</translation>
    </message>
    <message>
        <source>How often the helper reads the driver&apos;s counters (never a scan)</source>
        <translation>À quelle fréquence l’assistant lit les compteurs du pilote (jamais un balayage)</translation>
    </message>
    <message>
        <source>10 updates a second</source>
        <translation>10 mises à jour par seconde</translation>
    </message>
    <message>
        <source>4 updates a second</source>
        <translation>4 mises à jour par seconde</translation>
    </message>
    <message>
        <source>1 update a second</source>
        <translation>1 mise à jour par seconde</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>Toutes les 5 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>How much of the past the chart shows</source>
        <translation>Quelle durée passée le graphique montre</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Freeze what is shown; the history keeps filling meanwhile</source>
        <translation>Figer l’affichage ; l’historique continue de se remplir</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphique de la liaison</translation>
    </message>
    <message>
        <source>No clients yet: stations that join appear here at once.</source>
        <translation>Aucun client pour l’instant : les stations qui se connectent apparaissent ici aussitôt.</translation>
    </message>
    <message>
        <source>Waiting for the first values…</source>
        <translation>En attente des premières valeurs…</translation>
    </message>
    <message>
        <source>The driver reports no counters per traffic identifier.</source>
        <translation>Le pilote ne fournit pas de compteurs par identifiant de trafic.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Per traffic identifier</source>
        <translation>Par identifiant de trafic</translation>
    </message>
    <message>
        <source>No connected station interface and no access point on this machine. Connect to a network, or create an access point on the Radios page, to follow its link or see its clients here.</source>
        <translation>Aucune interface station connectée ni aucun point d’accès sur cette machine. Connectez-vous à un réseau, ou créez un point d’accès sur la page Radios, pour suivre ici sa liaison ou voir ses clients.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>%1 · connected to “%2”</source>
        <translation>%1 · connecté à « %2 »</translation>
    </message>
    <message>
        <source>%1 · access point, not running</source>
        <translation>%1 · point d’accès, arrêté</translation>
    </message>
    <message>
        <source>%1 · P2P group “%2”</source>
        <translation>%1 · groupe P2P « %2 »</translation>
    </message>
    <message>
        <source>%1 · access point “%2”</source>
        <translation>%1 · point d’accès « %2 »</translation>
    </message>
    <message>
        <source> · %1 updates a second</source>
        <translation> · %1 mises à jour par seconde</translation>
    </message>
    <message>
        <source> · every %1 s</source>
        <translation> · toutes les %1 s</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>Rien à suivre</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on %1</source>
        <translation>
            <numerusform>%n client sur %1</numerusform>
            <numerusform>%n clients sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 connecté à %2</translation>
    </message>
    <message>
        <source>%1, waiting</source>
        <translation>%1, en attente</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Retries / failed</source>
        <translation>Retransmises / échouées</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>Balises perdues</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Transmit: %1</source>
        <translation>Émission : %1</translation>
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
        <translation>Catégorie d’accès</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Queued bytes</source>
        <translation>Octets en file</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>ECN marks</source>
        <translation>Marques ECN</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Hors limite</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>Collisions</translation>
    </message>
    <message>
        <source>Queue sent bytes</source>
        <translation>Octets envoyés par la file</translation>
    </message>
    <message>
        <source>Queue sent</source>
        <translation>Envoyés par la file</translation>
    </message>
</context>
<context>
    <name>Airpane::Waterfall</name>
    <message>
        <source>Channel occupancy appears here as scans come in.</source>
        <translation>L’occupation des canaux s’affiche ici à mesure qu’arrivent les balayages.</translation>
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
        <translation>Découvrir des pairs</translation>
    </message>
    <message>
        <source>Listen Only</source>
        <translation>Écoute seule</translation>
    </message>
    <message>
        <source>P2P devices</source>
        <translation>Périphériques P2P</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Select a radio to see whether it can do Wi-Fi Direct, and why.</source>
        <translation>Sélectionnez une radio pour voir si elle peut faire du Wi-Fi Direct, et pourquoi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Wi-Fi Direct available on %1 of %n radio(s)</source>
        <translation>
            <numerusform>Wi-Fi Direct disponible sur %1 radio sur %n</numerusform>
            <numerusform>Wi-Fi Direct disponible sur %1 radios sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n P2P device(s) run by other programs</source>
        <translation>
            <numerusform>%n périphérique P2P géré par d’autres programmes</numerusform>
            <numerusform>%n périphériques P2P gérés par d’autres programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a peer to see what it told about itself.</source>
        <translation>Sélectionnez un pair pour voir ce qu’il a dit de lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>Search for Wi-Fi Direct devices for %n minute(s), and be found by them</source>
        <translation>
            <numerusform>Chercher les appareils Wi-Fi Direct pendant %n minute, et être trouvé par eux</numerusform>
            <numerusform>Chercher les appareils Wi-Fi Direct pendant %n minutes, et être trouvé par eux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Be discoverable for %n minute(s) without searching</source>
        <translation>
            <numerusform>Être visible pendant %n minute sans chercher</numerusform>
            <numerusform>Être visible pendant %n minutes sans chercher</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop searching or listening</source>
        <translation>Arrêter de chercher ou d’écouter</translation>
    </message>
    <message>
        <source>searching on %1</source>
        <translation>recherche sur %1</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>écoute sur %1</translation>
    </message>
    <message>
        <source>P2P device ready on %1</source>
        <translation>appareil P2P prêt sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers appear here once the Airpane helper is connected.</source>
        <translation>Les pairs apparaissent ici une fois l’assistant Airpane connecté.</translation>
    </message>
    <message>
        <source>Searching… Wi-Fi Direct devices nearby appear here as they answer.</source>
        <translation>Recherche… Les appareils Wi-Fi Direct proches apparaissent ici quand ils répondent.</translation>
    </message>
    <message>
        <source>Listening… devices that search find this one; those that answer appear here.</source>
        <translation>Écoute… Les appareils qui cherchent trouvent celui-ci ; ceux qui répondent apparaissent ici.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct cannot run on the radio selected above: the diagnosis says why. Select a radio where it is available to discover peers.</source>
        <translation>Wi-Fi Direct ne peut pas fonctionner sur la radio sélectionnée ci-dessus : le diagnostic dit pourquoi. Sélectionnez une radio où il est disponible pour découvrir des pairs.</translation>
    </message>
    <message>
        <source>No peers yet. Discover Peers searches for Wi-Fi Direct devices nearby: phones, TVs, printers and displays.</source>
        <translation>Aucun pair pour l’instant. « Découvrir des pairs » cherche les appareils Wi-Fi Direct proches : téléphones, téléviseurs, imprimantes et écrans.</translation>
    </message>
    <message>
        <source>Wi-Fi Direct: %1</source>
        <translation>Wi-Fi Direct : %1</translation>
    </message>
    <message>
        <source>Frames Airpane&apos;s P2P device sends, such as its answers to searching devices, appear here with whether the receiver acknowledged them.</source>
        <translation>Les trames qu’envoie le périphérique P2P d’Airpane, comme ses réponses aux appareils qui cherchent, s’affichent ici, avec l’indication de leur acquittement par le destinataire.</translation>
    </message>
    <message>
        <source>Frames sent</source>
        <translation>Trames envoyées</translation>
    </message>
    <message numerus="yes">
        <source>Frames sent: %1 of %n acknowledged</source>
        <translation>
            <numerusform>Trames envoyées : %1 sur %n acquittée</numerusform>
            <numerusform>Trames envoyées : %1 sur %n acquittées</numerusform>
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
        <translation>Débits hérités · %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>The rates of 802.11a/b/g, which every device understands; beacons and management frames use them.</source>
        <translation>Les débits de 802.11a/b/g, que tout appareil comprend ; les balises et trames de gestion les utilisent.</translation>
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
        <translation>Types d’interface (%1)</translation>
    </message>
    <message>
        <source>Added in software, any number</source>
        <translation>Ajoutées par logiciel, en nombre illimité</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Ciphers (%1)</source>
        <translation>Chiffrements (%1)</translation>
    </message>
    <message>
        <source>Supported commands (%1)</source>
        <translation>Commandes prises en charge (%1)</translation>
    </message>
    <message>
        <source>Extended features (%1)</source>
        <translation>Fonctions étendues (%1)</translation>
    </message>
    <message>
        <source>Feature flags (%1)</source>
        <translation>Indicateurs de fonctions (%1)</translation>
    </message>
    <message>
        <source>Capability flags (%1)</source>
        <translation>Indicateurs de capacités (%1)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>SSIDs per scan</source>
        <translation>SSID par balayage</translation>
    </message>
    <message>
        <source>How many hidden networks one scan can look for by name.</source>
        <translation>Combien de réseaux masqués un balayage peut chercher par leur nom.</translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>Rester sur un canal</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The longest it listens on another channel, as Wi-Fi Direct discovery does.</source>
        <translation>La plus longue écoute sur un autre canal, comme le fait la découverte Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>Antennes</translation>
    </message>
    <message>
        <source>%1 transmit, %2 receive</source>
        <translation>%1 en émission, %2 en réception</translation>
    </message>
    <message>
        <source>The antennas the driver lets you choose from.</source>
        <translation>Les antennes parmi lesquelles le pilote laisse choisir.</translation>
    </message>
    <message>
        <source>Stations per access point</source>
        <translation>Stations par point d’accès</translation>
    </message>
    <message>
        <source>How many clients an access point on this radio can serve.</source>
        <translation>Combien de clients un point d’accès sur cette radio peut servir.</translation>
    </message>
</context>
<context>
    <name>ChannelRecommender</name>
    <message>
        <source>No-IR: the regulatory domain forbids starting an AP here</source>
        <translation>No-IR : le domaine réglementaire interdit de démarrer un AP ici</translation>
    </message>
    <message>
        <source>Indoor only</source>
        <translation>En intérieur seulement</translation>
    </message>
    <message>
        <source>DFS: radar was detected here; unavailable for now</source>
        <translation>DFS : un radar a été détecté ici ; indisponible pour l’instant</translation>
    </message>
    <message>
        <source>DFS: left out unless DFS channels are allowed</source>
        <translation>DFS : écarté tant que les canaux DFS ne sont pas autorisés</translation>
    </message>
    <message>
        <source>DFS: radar detection may move the AP</source>
        <translation>DFS : la détection d’un radar peut déplacer l’AP</translation>
    </message>
    <message numerus="yes">
        <source>DFS: the AP listens for radar for %n second(s) before it starts</source>
        <translation>
            <numerusform>DFS : l’AP guette les radars pendant %n seconde avant de démarrer</numerusform>
            <numerusform>DFS : l’AP guette les radars pendant %n secondes avant de démarrer</numerusform>
        </translation>
    </message>
    <message>
        <source>The regulatory domain forbids %1 MHz here</source>
        <translation>Le domaine réglementaire interdit %1 MHz ici</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping network(s)</source>
        <translation>
            <numerusform>%n réseau qui chevauche</numerusform>
            <numerusform>%n réseaux qui chevauchent</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlapping network</source>
        <translation>Aucun réseau qui chevauche</translation>
    </message>
    <message numerus="yes">
        <source>%n of them only partly, which interferes more than sharing the channel</source>
        <translation>
            <numerusform>%n d’entre eux seulement en partie, ce qui gêne davantage que de partager le canal</numerusform>
            <numerusform>%n d’entre eux seulement en partie, ce qui gêne davantage que de partager le canal</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest: %1 dBm, %2</source>
        <translation>Le plus fort : %1 dBm, %2</translation>
    </message>
    <message>
        <source>Busy %1% of the time</source>
        <translation>Occupé %1 % du temps</translation>
    </message>
    <message>
        <source>Left out: your own AP %1</source>
        <translation>Non compté : votre propre AP %1</translation>
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
        <translation>La radio n’a aucun canal %1 pouvant avoir %2 MHz de large.</translation>
    </message>
    <message>
        <source>No %1 channel allows starting an AP at %2 MHz; the list says why.</source>
        <translation>Aucun canal %1 ne permet de démarrer un AP à %2 MHz ; la liste indique pourquoi.</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band besides your own</source>
        <translation>%1 : aucun réseau entendu dans cette bande à part les vôtres</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band</source>
        <translation>%1 : aucun réseau entendu dans cette bande</translation>
    </message>
    <message>
        <source>%1: no network overlaps it</source>
        <translation>%1 : aucun réseau ne le chevauche</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it</source>
        <translation>
            <numerusform>%1 : %n réseau le chevauche</numerusform>
            <numerusform>%1 : %n réseaux le chevauchent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 weak network overlaps it (%2 dBm)</source>
        <translation>%1 : 1 réseau faible le chevauche (%2 dBm)</translation>
    </message>
    <message>
        <source>%1: 1 network overlaps it (%2 dBm)</source>
        <translation>%1 : 1 réseau le chevauche (%2 dBm)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, all weak (%2 dBm at most)</source>
        <translation>
            <numerusform>%1 : %n réseau le chevauche, faible (%2 dBm au plus)</numerusform>
            <numerusform>%1 : %n réseaux le chevauchent, tous faibles (%2 dBm au plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, the strongest at %2 dBm</source>
        <translation>
            <numerusform>%1 : %n réseau le chevauche, à %2 dBm</numerusform>
            <numerusform>%1 : %n réseaux le chevauchent, le plus fort à %2 dBm</numerusform>
        </translation>
    </message>
    <message>
        <source>busy %1% of the time</source>
        <translation>occupé %1 % du temps</translation>
    </message>
    <message>
        <source>radar detection may move the AP</source>
        <translation>la détection d’un radar peut déplacer l’AP</translation>
    </message>
    <message>
        <source>it stays, as %1 is only slightly better</source>
        <translation>il est conservé, car %1 n’est que légèrement meilleur</translation>
    </message>
    <message numerus="yes">
        <source>the next best, %1, has %n</source>
        <translation>
            <numerusform>le suivant, %1, en a %n</numerusform>
            <numerusform>le suivant, %1, en a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the next best is %1</source>
        <translation>le suivant est %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the clauses of a summary</comment>
        <translation>%1 ; %2</translation>
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
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Exported from Airpane</source>
        <translation>Exporté depuis Airpane</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 en PNG…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 en SVG…</translation>
    </message>
    <message>
        <source>Airpane: %1</source>
        <translation>Airpane : %1</translation>
    </message>
</context>
<context>
    <name>FeatureText</name>
    <message>
        <source>WEP with a 40-bit key: broken, only for very old networks.</source>
        <translation>WEP avec une clé de 40 bits : cassé, seulement pour de très vieux réseaux.</translation>
    </message>
    <message>
        <source>WEP with a 104-bit key: broken, only for very old networks.</source>
        <translation>WEP avec une clé de 104 bits : cassé, seulement pour de très vieux réseaux.</translation>
    </message>
    <message>
        <source>WPA&apos;s original cipher: deprecated, slow, limits the rate to 54 Mbit/s.</source>
        <translation>Le chiffrement d’origine de WPA : obsolète, lent, limite le débit à 54 Mbit/s.</translation>
    </message>
    <message>
        <source>AES in counter mode: the cipher of WPA2 and WPA3 networks.</source>
        <translation>AES en mode compteur : le chiffrement des réseaux WPA2 et WPA3.</translation>
    </message>
    <message>
        <source>AES-CCMP with a 256-bit key.</source>
        <translation>AES-CCMP avec une clé de 256 bits.</translation>
    </message>
    <message>
        <source>AES in Galois/counter mode: used by Wi-Fi 7 and 60 GHz networks.</source>
        <translation>AES en mode Galois/compteur : utilisé par les réseaux Wi-Fi 7 et 60 GHz.</translation>
    </message>
    <message>
        <source>AES-GCMP with a 256-bit key: WPA3-Enterprise 192-bit mode.</source>
        <translation>AES-GCMP avec une clé de 256 bits : WPA3-Entreprise en mode 192 bits.</translation>
    </message>
    <message>
        <source>Integrity for management frames (protected management frames, 802.11w).</source>
        <translation>Intégrité des trames de gestion (trames de gestion protégées, 802.11w).</translation>
    </message>
    <message>
        <source>Management frame integrity with a 256-bit key.</source>
        <translation>Intégrité des trames de gestion avec une clé de 256 bits.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC.</source>
        <translation>Intégrité des trames de gestion avec AES-GMAC.</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC and a 256-bit key.</source>
        <translation>Intégrité des trames de gestion avec AES-GMAC et une clé de 256 bits.</translation>
    </message>
    <message>
        <source>The WAPI cipher, used in China.</source>
        <translation>Le chiffrement WAPI, utilisé en Chine.</translation>
    </message>
    <message>
        <source>Create interfaces.</source>
        <translation>Créer des interfaces.</translation>
    </message>
    <message>
        <source>Change an interface&apos;s type and settings.</source>
        <translation>Changer le type et les réglages d’une interface.</translation>
    </message>
    <message>
        <source>Delete interfaces.</source>
        <translation>Supprimer des interfaces.</translation>
    </message>
    <message>
        <source>Install encryption keys.</source>
        <translation>Installer des clés de chiffrement.</translation>
    </message>
    <message>
        <source>Run an access point.</source>
        <translation>Faire fonctionner un point d’accès.</translation>
    </message>
    <message>
        <source>Add stations to an access point.</source>
        <translation>Ajouter des stations à un point d’accès.</translation>
    </message>
    <message>
        <source>Add mesh paths.</source>
        <translation>Ajouter des chemins de maillage.</translation>
    </message>
    <message>
        <source>Configure a mesh network.</source>
        <translation>Configurer un réseau maillé.</translation>
    </message>
    <message>
        <source>Change an access point&apos;s settings.</source>
        <translation>Changer les réglages d’un point d’accès.</translation>
    </message>
    <message>
        <source>Authenticate with an access point (userspace SME).</source>
        <translation>S’authentifier auprès d’un point d’accès (SME en espace utilisateur).</translation>
    </message>
    <message>
        <source>Associate with an access point (userspace SME).</source>
        <translation>S’associer à un point d’accès (SME en espace utilisateur).</translation>
    </message>
    <message>
        <source>End an authentication.</source>
        <translation>Mettre fin à une authentification.</translation>
    </message>
    <message>
        <source>End an association.</source>
        <translation>Mettre fin à une association.</translation>
    </message>
    <message>
        <source>Join or start an ad-hoc network.</source>
        <translation>Rejoindre ou lancer un réseau ad hoc.</translation>
    </message>
    <message>
        <source>Join a mesh network.</source>
        <translation>Rejoindre un réseau maillé.</translation>
    </message>
    <message>
        <source>Stay on another channel for a while: Wi-Fi Direct discovery and off-channel frames.</source>
        <translation>Rester un moment sur un autre canal : découverte Wi-Fi Direct et trames hors canal.</translation>
    </message>
    <message>
        <source>Limit the transmit rates.</source>
        <translation>Limiter les débits d’émission.</translation>
    </message>
    <message>
        <source>Send management frames: Wi-Fi Direct negotiation, ANQP, ...</source>
        <translation>Envoyer des trames de gestion : négociation Wi-Fi Direct, ANQP…</translation>
    </message>
    <message>
        <source>Stop waiting for the answer to a sent frame.</source>
        <translation>Cesser d’attendre la réponse à une trame envoyée.</translation>
    </message>
    <message>
        <source>Move the radio into another network namespace.</source>
        <translation>Déplacer la radio dans un autre espace de noms réseau.</translation>
    </message>
    <message>
        <source>Set the channel of monitor and other interfaces.</source>
        <translation>Régler le canal des interfaces moniteur et autres.</translation>
    </message>
    <message>
        <source>Send TDLS frames: direct links between stations.</source>
        <translation>Envoyer des trames TDLS : liaisons directes entre stations.</translation>
    </message>
    <message>
        <source>Set up and tear down TDLS links.</source>
        <translation>Établir et rompre des liaisons TDLS.</translation>
    </message>
    <message>
        <source>Check that a station is still there.</source>
        <translation>Vérifier qu’une station est toujours là.</translation>
    </message>
    <message>
        <source>Send without acknowledgements per traffic class.</source>
        <translation>Émettre sans accusés de réception par classe de trafic.</translation>
    </message>
    <message>
        <source>Receive the beacons of other networks.</source>
        <translation>Recevoir les balises d’autres réseaux.</translation>
    </message>
    <message>
        <source>Run a dedicated P2P device for Wi-Fi Direct.</source>
        <translation>Faire fonctionner un périphérique P2P dédié au Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Set the multicast rate of ad-hoc and mesh networks.</source>
        <translation>Régler le débit multicast des réseaux ad hoc et maillés.</translation>
    </message>
    <message>
        <source>Connect to a network in one step (driver SME).</source>
        <translation>Se connecter à un réseau en une étape (SME du pilote).</translation>
    </message>
    <message>
        <source>Disconnect from a network.</source>
        <translation>Se déconnecter d’un réseau.</translation>
    </message>
    <message>
        <source>Move a running network to another channel, with notice.</source>
        <translation>Déplacer un réseau en marche vers un autre canal, avec préavis.</translation>
    </message>
    <message>
        <source>Map IP priorities to Wi-Fi traffic classes.</source>
        <translation>Faire correspondre les priorités IP aux classes de trafic Wi-Fi.</translation>
    </message>
    <message>
        <source>Send multicast as unicast to each station.</source>
        <translation>Envoyer le multicast en unicast à chaque station.</translation>
    </message>
    <message>
        <source>Scan for networks.</source>
        <translation>Rechercher des réseaux.</translation>
    </message>
    <message>
        <source>Scan in the background on a schedule.</source>
        <translation>Balayer en arrière-plan selon un calendrier.</translation>
    </message>
    <message>
        <source>Run neighbour awareness networking.</source>
        <translation>Faire fonctionner le Neighbour Awareness Networking.</translation>
    </message>
    <message>
        <source>Measure the distance to peers (fine timing).</source>
        <translation>Mesurer la distance aux pairs (mesure fine du temps).</translation>
    </message>
    <message>
        <source>Opportunistic wireless encryption in the driver.</source>
        <translation>Chiffrement sans fil opportuniste dans le pilote.</translation>
    </message>
    <message>
        <source>SAE (WPA3) authentication in userspace.</source>
        <translation>Authentification SAE (WPA3) en espace utilisateur.</translation>
    </message>
    <message>
        <source>Hand the pairwise master key to the driver.</source>
        <translation>Transmettre la clé maîtresse par paire au pilote.</translation>
    </message>
    <message>
        <source>Protect a critical exchange such as DHCP.</source>
        <translation>Protéger un échange critique comme DHCP.</translation>
    </message>
    <message>
        <source>VHT rates in ad-hoc networks.</source>
        <translation>Débits VHT dans les réseaux ad hoc.</translation>
    </message>
    <message>
        <source>Radio resource measurement (802.11k): neighbour reports, beacon reports.</source>
        <translation>Mesure des ressources radio (802.11k) : rapports de voisinage, rapports de balises.</translation>
    </message>
    <message>
        <source>An access point&apos;s beacons at a chosen legacy rate.</source>
        <translation>Les balises d’un point d’accès à un débit hérité choisi.</translation>
    </message>
    <message>
        <source>Fast initial link setup as a station.</source>
        <translation>Établissement rapide de liaison (FILS) en station.</translation>
    </message>
    <message>
        <source>Signal strength alerts at several thresholds.</source>
        <translation>Alertes d’intensité du signal à plusieurs seuils.</translation>
    </message>
    <message>
        <source>EAPOL frames travel over nl80211 instead of the network device.</source>
        <translation>Les trames EAPOL passent par nl80211 au lieu du périphérique réseau.</translation>
    </message>
    <message>
        <source>Fair transmit queues per station (fewer latency spikes).</source>
        <translation>Files d’émission équitables par station (moins de pics de latence).</translation>
    </message>
    <message>
        <source>Random sequence numbers in probe requests: more privacy.</source>
        <translation>Numéros de séquence aléatoires dans les requêtes de sondage : plus de confidentialité.</translation>
    </message>
    <message>
        <source>Minimal probe requests: less to fingerprint.</source>
        <translation>Requêtes de sondage minimales : moins d’empreinte.</translation>
    </message>
    <message>
        <source>Replaces the unicast key safely while connected.</source>
        <translation>Remplace la clé unicast en toute sécurité pendant la connexion.</translation>
    </message>
    <message>
        <source>Answers fine timing measurements as an access point.</source>
        <translation>Répond aux mesures fines du temps en point d’accès.</translation>
    </message>
    <message>
        <source>Extended key IDs: rekeying without a gap.</source>
        <translation>Identifiants de clé étendus : changement de clé sans interruption.</translation>
    </message>
    <message>
        <source>Protected beacons: forged beacons are detected.</source>
        <translation>Balises protégées : les balises falsifiées sont détectées.</translation>
    </message>
    <message>
        <source>Keeps pre-authentication frames off the control port.</source>
        <translation>Tient les trames de pré-authentification à l’écart du port de contrôle.</translation>
    </message>
    <message>
        <source>Removes ad-hoc peers on request.</source>
        <translation>Retire les pairs ad hoc sur demande.</translation>
    </message>
    <message>
        <source>Several programs can receive the same frame types.</source>
        <translation>Plusieurs programmes peuvent recevoir les mêmes types de trames.</translation>
    </message>
    <message>
        <source>Scans frequencies given in kHz (Sub-1 GHz).</source>
        <translation>Balaie des fréquences données en kHz (moins de 1 GHz).</translation>
    </message>
    <message>
        <source>Reports whether EAPOL frames were delivered.</source>
        <translation>Indique si les trames EAPOL ont été remises.</translation>
    </message>
    <message>
        <source>BSS colouring (Wi-Fi 6): ignores overlapping networks sooner.</source>
        <translation>Coloration BSS (Wi-Fi 6) : ignore plus tôt les réseaux qui se chevauchent.</translation>
    </message>
    <message>
        <source>Changes its MAC address while the interface is up.</source>
        <translation>Change son adresse MAC alors que l’interface est active.</translation>
    </message>
    <message>
        <source>Uses radar channels next to another link that checked them.</source>
        <translation>Utilise les canaux radar à côté d’une autre liaison qui les a vérifiés.</translation>
    </message>
    <message>
        <source>Signalling and payload protected A-MSDUs.</source>
        <translation>A-MSDU à signalisation et charge utile protégées.</translation>
    </message>
    <message>
        <source>The driver runs WPA3&apos;s SAE handshake itself.</source>
        <translation>Le pilote effectue lui-même l’échange SAE de WPA3.</translation>
    </message>
    <message>
        <source>The driver runs the WPA handshake itself.</source>
        <translation>Le pilote effectue lui-même l’échange WPA.</translation>
    </message>
    <message>
        <source>Checks the channel against spoofing attacks.</source>
        <translation>Vérifie le canal contre les attaques par usurpation.</translation>
    </message>
    <message>
        <source>Reports the signal strength of acknowledgements.</source>
        <translation>Indique l’intensité du signal des accusés de réception.</translation>
    </message>
    <message>
        <source>Shares airtime fairly between stations.</source>
        <translation>Partage équitablement le temps d’antenne entre stations.</translation>
    </message>
    <message>
        <source>Protected management frames may be optional.</source>
        <translation>Les trames de gestion protégées peuvent être facultatives.</translation>
    </message>
    <message>
        <source>Quick scans over few channels.</source>
        <translation>Balayages rapides sur peu de canaux.</translation>
    </message>
    <message>
        <source>Scans that save power.</source>
        <translation>Balayages économes en énergie.</translation>
    </message>
    <message>
        <source>Scans that find more networks.</source>
        <translation>Balayages qui trouvent plus de réseaux.</translation>
    </message>
    <message>
        <source>Scans with a chosen time per channel.</source>
        <translation>Balayages avec une durée choisie par canal.</translation>
    </message>
    <message>
        <source>FILS discovery frames from an access point (6 GHz).</source>
        <translation>Trames de découverte FILS d’un point d’accès (6 GHz).</translation>
    </message>
    <message>
        <source>Unsolicited probe responses from an access point (6 GHz).</source>
        <translation>Réponses de sondage non sollicitées d’un point d’accès (6 GHz).</translation>
    </message>
    <message>
        <source>Reports whether each sent frame was acknowledged.</source>
        <translation>Indique si chaque trame envoyée a été acquittée.</translation>
    </message>
    <message>
        <source>HT rates in ad-hoc networks.</source>
        <translation>Débits HT dans les réseaux ad hoc.</translation>
    </message>
    <message>
        <source>WPA3 personal (SAE) with the authentication in userspace.</source>
        <translation>WPA3 Personnel (SAE) avec l’authentification en espace utilisateur.</translation>
    </message>
    <message>
        <source>Scans that yield to traffic.</source>
        <translation>Balayages qui cèdent la place au trafic.</translation>
    </message>
    <message>
        <source>Drops old scan results when a scan starts.</source>
        <translation>Supprime les anciens résultats au début d’un balayage.</translation>
    </message>
    <message>
        <source>Scans while running an access point.</source>
        <translation>Balaie tout en faisant fonctionner un point d’accès.</translation>
    </message>
    <message>
        <source>Transmit power per interface.</source>
        <translation>Puissance d’émission par interface.</translation>
    </message>
    <message>
        <source>Announces its channel limits to peers.</source>
        <translation>Annonce ses limites de canal aux pairs.</translation>
    </message>
    <message>
        <source>Keeps the full state of an access point&apos;s clients.</source>
        <translation>Conserve l’état complet des clients d’un point d’accès.</translation>
    </message>
    <message>
        <source>Mesh peering in userspace.</source>
        <translation>Appairage de maillage en espace utilisateur.</translation>
    </message>
    <message>
        <source>Monitor interfaces that acknowledge frames.</source>
        <translation>Interfaces moniteur qui acquittent les trames.</translation>
    </message>
    <message>
        <source>Changes an access point&apos;s channel width while running.</source>
        <translation>Change la largeur de canal d’un point d’accès en marche.</translation>
    </message>
    <message>
        <source>Static spatial-multiplexing power save.</source>
        <translation>Économie d’énergie statique du multiplexage spatial.</translation>
    </message>
    <message>
        <source>Dynamic spatial-multiplexing power save.</source>
        <translation>Économie d’énergie dynamique du multiplexage spatial.</translation>
    </message>
    <message>
        <source>Interfaces get their MAC address when they are created.</source>
        <translation>Les interfaces reçoivent leur adresse MAC à leur création.</translation>
    </message>
    <message>
        <source>Scans with a random MAC address: more privacy.</source>
        <translation>Balaie avec une adresse MAC aléatoire : plus de confidentialité.</translation>
    </message>
    <message>
        <source>Background scans with a random MAC address.</source>
        <translation>Balayages en arrière-plan avec une adresse MAC aléatoire.</translation>
    </message>
    <message>
        <source>Net-detect scans with a random MAC address.</source>
        <translation>Balayages net-detect avec une adresse MAC aléatoire.</translation>
    </message>
    <message>
        <source>TDLS links can move to another channel.</source>
        <translation>Les liaisons TDLS peuvent changer de canal.</translation>
    </message>
    <message>
        <source>Honours quiet periods that access points announce.</source>
        <translation>Respecte les périodes de silence annoncées par les points d’accès.</translation>
    </message>
    <message>
        <source>Inserts its transmit power into frames.</source>
        <translation>Insère sa puissance d’émission dans les trames.</translation>
    </message>
    <message>
        <source>Transmit power information in probe responses.</source>
        <translation>Informations de puissance d’émission dans les réponses de sondage.</translation>
    </message>
    <message>
        <source>Channel information in probe requests.</source>
        <translation>Informations de canal dans les requêtes de sondage.</translation>
    </message>
    <message>
        <source>The driver drops inactive stations itself.</source>
        <translation>Le pilote écarte lui-même les stations inactives.</translation>
    </message>
    <message>
        <source>Takes the country from the mobile network.</source>
        <translation>Prend le pays du réseau mobile.</translation>
    </message>
    <message>
        <source>A P2P device needs a channel of its own.</source>
        <translation>Un périphérique P2P a besoin de son propre canal.</translation>
    </message>
    <message>
        <source>Scans for overlapping networks before using 40 MHz.</source>
        <translation>Recherche les réseaux qui se chevauchent avant d’utiliser 40 MHz.</translation>
    </message>
    <message>
        <source>Client traffic windows as P2P group owner.</source>
        <translation>Fenêtres de trafic client en propriétaire de groupe P2P.</translation>
    </message>
    <message>
        <source>Opportunistic power save as P2P group owner.</source>
        <translation>Économie d’énergie opportuniste en propriétaire de groupe P2P.</translation>
    </message>
    <message>
        <source>Admission control for voice and video traffic.</source>
        <translation>Contrôle d’admission pour le trafic voix et vidéo.</translation>
    </message>
    <message>
        <source>Encrypted ad-hoc networks.</source>
        <translation>Réseaux ad hoc chiffrés.</translation>
    </message>
    <message>
        <source>Power save for an access point&apos;s clients (U-APSD).</source>
        <translation>Économie d’énergie pour les clients d’un point d’accès (U-APSD).</translation>
    </message>
    <message>
        <source>Direct links between stations of one network (TDLS).</source>
        <translation>Liaisons directes entre stations d’un même réseau (TDLS).</translation>
    </message>
    <message>
        <source>TDLS set up by userspace.</source>
        <translation>TDLS établi par l’espace utilisateur.</translation>
    </message>
    <message>
        <source>The driver roams between access points itself.</source>
        <translation>Le pilote passe lui-même d’un point d’accès à l’autre.</translation>
    </message>
    <message>
        <source>Sends frames on other channels than its own.</source>
        <translation>Envoie des trames sur d’autres canaux que le sien.</translation>
    </message>
    <message>
        <source>Secure mesh networks.</source>
        <translation>Réseaux maillés sécurisés.</translation>
    </message>
    <message>
        <source>Handles the EAPOL control port for userspace.</source>
        <translation>Gère le port de contrôle EAPOL pour l’espace utilisateur.</translation>
    </message>
    <message>
        <source>The driver keeps its own regulatory domain.</source>
        <translation>Le pilote gère son propre domaine réglementaire.</translation>
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
        <translation>Largeurs de canal</translation>
    </message>
    <message>
        <source>The channel widths the radio can use for HE in this band.</source>
        <translation>Les largeurs de canal que la radio peut utiliser en HE dans cette bande.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (≤ 80 MHz)</source>
        <translation>HE-MCS en réception (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 10 and 11 use 1024-QAM.</source>
        <translation>Schémas de modulation et de codage par flux spatial ; MCS 10 et 11 utilisent 1024-QAM.</translation>
    </message>
    <message>
        <source>Transmit HE-MCS (≤ 80 MHz)</source>
        <translation>HE-MCS en émission (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Ce qu’elle peut émettre, dans les mêmes termes.</translation>
    </message>
    <message>
        <source>Receive HE-MCS (160 MHz)</source>
        <translation>HE-MCS en réception (160 MHz)</translation>
    </message>
    <message>
        <source>The same for 160 MHz channels.</source>
        <translation>La même chose pour les canaux de 160 MHz.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>Codage LDPC</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>Codes LDPC : une réception plus robuste qu’avec le code de base.</translation>
    </message>
    <message>
        <source>STBC (≤ 80 MHz)</source>
        <translation>STBC (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Transmit and receive</source>
        <translation>Émission et réception</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>Le codage spatio-temporel en blocs émet un flux depuis plusieurs antennes pour la portée.</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>Formateur de faisceau SU</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Peut orienter son signal vers un récepteur, après avoir sondé le canal.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>Cible de faisceau SU</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Oui, jusqu’à %1 flux spatio-temporels</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Peut aider un formateur de faisceau à le viser en indiquant ce qu’il entend.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>Formateur de faisceau MU</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Peut servir plusieurs récepteurs à la fois avec des faisceaux distincts (MU-MIMO).</translation>
    </message>
    <message>
        <source>Uplink MU-MIMO</source>
        <translation>MU-MIMO montant</translation>
    </message>
    <message>
        <source>Several stations can send to the access point at the same time on the full channel.</source>
        <translation>Plusieurs stations peuvent émettre vers le point d’accès en même temps sur tout le canal.</translation>
    </message>
    <message>
        <source>Dual carrier modulation</source>
        <translation>Modulation à double porteuse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Sends the same data on two subcarriers: slower, but reaches farther.</source>
        <translation>Envoie les mêmes données sur deux sous-porteuses : plus lent, mais porte plus loin.</translation>
    </message>
    <message>
        <source>Doppler</source>
        <translation>Doppler</translation>
    </message>
    <message>
        <source>Midambles that keep reception steady with fast-moving devices.</source>
        <translation>Des midambules qui stabilisent la réception avec des appareils en mouvement rapide.</translation>
    </message>
    <message>
        <source>1024-QAM on small resource units</source>
        <translation>1024-QAM sur de petites unités de ressource</translation>
    </message>
    <message>
        <source>The densest modulation also on parts of a channel smaller than 242 subcarriers.</source>
        <translation>La modulation la plus dense aussi sur des parties de canal de moins de 242 sous-porteuses.</translation>
    </message>
    <message>
        <source>PPE thresholds</source>
        <translation>Seuils PPE</translation>
    </message>
    <message>
        <source>It declares how much padding it needs at the end of a packet.</source>
        <translation>Elle indique le remplissage dont elle a besoin en fin de paquet.</translation>
    </message>
    <message>
        <source>Target wake time</source>
        <translation>Target Wake Time</translation>
    </message>
    <message>
        <source>Requester and responder</source>
        <translation>Demandeur et répondeur</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Répondeur</translation>
    </message>
    <message>
        <source>Agreed wake-up times, so that battery devices sleep between transmissions.</source>
        <translation>Des heures de réveil convenues, pour que les appareils sur batterie dorment entre les transmissions.</translation>
    </message>
    <message>
        <source>Broadcast TWT</source>
        <translation>TWT diffusé</translation>
    </message>
    <message>
        <source>Wake-up schedules announced to many stations at once.</source>
        <translation>Des calendriers de réveil annoncés à de nombreuses stations à la fois.</translation>
    </message>
    <message>
        <source>+HTC-HE</source>
        <translation>+HTC-HE</translation>
    </message>
    <message>
        <source>Carries HE control information in data frames (link adaptation, power save).</source>
        <translation>Transporte des informations de contrôle HE dans les trames de données (adaptation de liaison, économie d’énergie).</translation>
    </message>
    <message>
        <source>Buffer status reports</source>
        <translation>Rapports d’état des tampons</translation>
    </message>
    <message>
        <source>Tells the access point how much data is waiting, for uplink scheduling.</source>
        <translation>Indique au point d’accès la quantité de données en attente, pour planifier la voie montante.</translation>
    </message>
    <message>
        <source>OM control</source>
        <translation>Contrôle OM</translation>
    </message>
    <message>
        <source>Changes its width or stream count on the fly, without reassociating.</source>
        <translation>Change sa largeur ou son nombre de flux à la volée, sans se réassocier.</translation>
    </message>
    <message>
        <source>OFDMA random access</source>
        <translation>Accès aléatoire OFDMA</translation>
    </message>
    <message>
        <source>Uses random-access resource units the access point offers.</source>
        <translation>Utilise les unités de ressource à accès aléatoire qu’offre le point d’accès.</translation>
    </message>
    <message>
        <source>All Ack</source>
        <translation>All Ack</translation>
    </message>
    <message>
        <source>One acknowledgement for everything received in a multi-user burst.</source>
        <translation>Un seul accusé de réception pour tout ce qui est reçu dans une rafale multi-utilisateur.</translation>
    </message>
    <message>
        <source>A-MSDU in A-MPDU</source>
        <translation>A-MSDU dans A-MPDU</translation>
    </message>
    <message>
        <source>Aggregates of packets inside aggregates of frames, without Block Ack agreement.</source>
        <translation>Des agrégats de paquets dans des agrégats de trames, sans accord Block Ack.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 octets</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 octets</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 octets</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>6 GHz: largest A-MPDU</source>
        <translation>6 GHz : plus grande A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives in the 6 GHz band.</source>
        <translation>La plus longue rafale de trames agrégées qu’elle reçoit dans la bande des 6 GHz.</translation>
    </message>
    <message>
        <source>6 GHz: largest MPDU</source>
        <translation>6 GHz : plus grande MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives in the 6 GHz band.</source>
        <translation>La plus longue trame isolée qu’elle reçoit dans la bande des 6 GHz.</translation>
    </message>
    <message>
        <source>320 MHz channels</source>
        <translation>Canaux de 320 MHz</translation>
    </message>
    <message>
        <source>Wi-Fi 7&apos;s widest channels, only in the 6 GHz band.</source>
        <translation>Les canaux les plus larges du Wi-Fi 7, uniquement dans la bande des 6 GHz.</translation>
    </message>
    <message>
        <source>Receive EHT-MCS</source>
        <translation>EHT-MCS en réception</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–9 sur %n flux spatial</numerusform>
            <numerusform>MCS 0–9 sur %n flux spatiaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes; MCS 12 and 13 use 4096-QAM, new in Wi-Fi 7.</source>
        <translation>Schémas de modulation et de codage ; MCS 12 et 13 utilisent 4096-QAM, nouveau en Wi-Fi 7.</translation>
    </message>
    <message>
        <source>Partial bandwidth uplink MU-MIMO</source>
        <translation>MU-MIMO montant sur bande partielle</translation>
    </message>
    <message>
        <source>Several stations send at once on part of the channel.</source>
        <translation>Plusieurs stations émettent à la fois sur une partie du canal.</translation>
    </message>
    <message>
        <source>Restricted TWT</source>
        <translation>TWT restreint</translation>
    </message>
    <message>
        <source>Protected service periods for latency-sensitive traffic.</source>
        <translation>Des périodes de service protégées pour le trafic sensible à la latence.</translation>
    </message>
    <message>
        <source>EPCS priority access</source>
        <translation>Accès prioritaire EPCS</translation>
    </message>
    <message>
        <source>Priority channel access for emergency preparedness services.</source>
        <translation>Accès prioritaire au canal pour les services d’urgence.</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>Plus grande MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>La plus longue trame isolée qu’elle reçoit.</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1</source>
        <translation>
            <numerusform>MCS 0–9 sur %n flux spatial, 4096-QAM (MCS 12–13) sur %1</numerusform>
            <numerusform>MCS 0–9 sur %n flux spatiaux, 4096-QAM (MCS 12–13) sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtDecoder</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–%1 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–%1 sur %n flux spatial</numerusform>
            <numerusform>MCS 0–%1 sur %n flux spatiaux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SS: none</source>
        <translation>%1 SS : aucun</translation>
    </message>
    <message>
        <source>%1 SS: MCS 0–%2</source>
        <translation>%1 SS : MCS 0–%2</translation>
    </message>
    <message>
        <source>Channel width</source>
        <translation>Largeur de canal</translation>
    </message>
    <message>
        <source>20 and 40 MHz</source>
        <translation>20 et 40 MHz</translation>
    </message>
    <message>
        <source>20 MHz only</source>
        <translation>20 MHz seulement</translation>
    </message>
    <message>
        <source>Whether the radio can bond two 20 MHz channels into one 40 MHz channel.</source>
        <translation>Si la radio peut réunir deux canaux de 20 MHz en un canal de 40 MHz.</translation>
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
        <translation>Intervalle de garde court</translation>
    </message>
    <message>
        <source>A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are short.</source>
        <translation>Une pause de 400 ns au lieu de 800 ns entre symboles : environ 11 % plus rapide là où les échos sont courts.</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>Codage LDPC</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>Codes LDPC : une réception plus robuste qu’avec le code de base.</translation>
    </message>
    <message>
        <source>Greenfield</source>
        <translation>Greenfield</translation>
    </message>
    <message>
        <source>A preamble without the legacy part: shorter, but older devices cannot read it.</source>
        <translation>Un préambule sans partie héritée : plus court, mais les anciens appareils ne peuvent pas le lire.</translation>
    </message>
    <message>
        <source>Transmit STBC</source>
        <translation>STBC en émission</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>Le codage spatio-temporel en blocs émet un flux depuis plusieurs antennes pour la portée.</translation>
    </message>
    <message>
        <source>Receive STBC</source>
        <translation>STBC en réception</translation>
    </message>
    <message numerus="yes">
        <source>%n spatial stream(s)</source>
        <translation>
            <numerusform>%n flux spatial</numerusform>
            <numerusform>%n flux spatiaux</numerusform>
        </translation>
    </message>
    <message>
        <source>How many space-time coded streams the radio can receive.</source>
        <translation>Combien de flux à codage spatio-temporel la radio peut recevoir.</translation>
    </message>
    <message>
        <source>Static: one receive chain</source>
        <translation>Statique : une chaîne de réception</translation>
    </message>
    <message>
        <source>Dynamic: chains wake on demand</source>
        <translation>Dynamique : les chaînes se réveillent à la demande</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Disabled: all chains on</source>
        <translation>Désactivé : toutes les chaînes actives</translation>
    </message>
    <message>
        <source>SM power save</source>
        <translation>Économie d’énergie SM</translation>
    </message>
    <message>
        <source>Whether the radio switches receive chains off to save power.</source>
        <translation>Si la radio coupe des chaînes de réception pour économiser l’énergie.</translation>
    </message>
    <message>
        <source>Largest A-MSDU</source>
        <translation>Plus grande A-MSDU</translation>
    </message>
    <message>
        <source>7935 bytes</source>
        <translation>7935 octets</translation>
    </message>
    <message>
        <source>3839 bytes</source>
        <translation>3839 octets</translation>
    </message>
    <message>
        <source>The most data it accepts in one aggregated frame of several packets.</source>
        <translation>Le plus de données qu’elle accepte dans une trame agrégée de plusieurs paquets.</translation>
    </message>
    <message>
        <source>Largest A-MPDU</source>
        <translation>Plus grande A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives, acknowledged at once.</source>
        <translation>La plus longue rafale de trames agrégées qu’elle reçoit, acquittée en une fois.</translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation>Aucune restriction</translation>
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
        <translation>Espacement minimal des MPDU</translation>
    </message>
    <message>
        <source>The gap the receiver needs between frames of an aggregate.</source>
        <translation>L’intervalle dont le récepteur a besoin entre les trames d’un agrégat.</translation>
    </message>
    <message>
        <source>DSSS/CCK in 40 MHz</source>
        <translation>DSSS/CCK en 40 MHz</translation>
    </message>
    <message>
        <source>Whether 802.11b rates stay usable while on a 40 MHz channel.</source>
        <translation>Si les débits 802.11b restent utilisables sur un canal de 40 MHz.</translation>
    </message>
    <message>
        <source>40 MHz intolerant</source>
        <translation>Intolérant au 40 MHz</translation>
    </message>
    <message>
        <source>Asks networks nearby not to use 40 MHz channels in the 2.4 GHz band.</source>
        <translation>Demande aux réseaux voisins de ne pas utiliser de canaux de 40 MHz dans la bande des 2,4 GHz.</translation>
    </message>
    <message>
        <source>L-SIG TXOP protection</source>
        <translation>Protection TXOP L-SIG</translation>
    </message>
    <message>
        <source>Protects HT transmissions from legacy devices through the legacy header.</source>
        <translation>Protège les transmissions HT des appareils hérités grâce à l’en-tête hérité.</translation>
    </message>
    <message>
        <source>Receive MCS</source>
        <translation>MCS en réception</translation>
    </message>
    <message numerus="yes">
        <source>MCS %1–%2 (%n spatial stream(s))</source>
        <translation>
            <numerusform>MCS %1–%2 (%n flux spatial)</numerusform>
            <numerusform>MCS %1–%2 (%n flux spatiaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes it receives; each group of eight adds a spatial stream.</source>
        <translation>Schémas de modulation et de codage reçus ; chaque groupe de huit ajoute un flux spatial.</translation>
    </message>
    <message>
        <source>Up to 80 MHz</source>
        <translation>Jusqu’à 80 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz</source>
        <translation>Jusqu’à 160 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz and 80+80 MHz</source>
        <translation>Jusqu’à 160 MHz et 80+80 MHz</translation>
    </message>
    <message>
        <source>Channel widths</source>
        <translation>Largeurs de canal</translation>
    </message>
    <message>
        <source>The widest channels the radio can use; 80+80 joins two separate 80 MHz blocks.</source>
        <translation>Les canaux les plus larges que la radio peut utiliser ; 80+80 réunit deux blocs de 80 MHz séparés.</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 8 and 9 use 256-QAM.</source>
        <translation>Schémas de modulation et de codage par flux spatial ; MCS 8 et 9 utilisent 256-QAM.</translation>
    </message>
    <message>
        <source>Transmit MCS</source>
        <translation>MCS en émission</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>Ce qu’elle peut émettre, dans les mêmes termes.</translation>
    </message>
    <message>
        <source>Highest receive rate</source>
        <translation>Débit de réception maximal</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>The fastest long-GI data rate it receives, as the radio declares it.</source>
        <translation>Le débit le plus rapide en intervalle de garde long qu’elle reçoit, tel que la radio le déclare.</translation>
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
        <translation>LDPC en réception</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>Formateur de faisceau SU</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>Peut orienter son signal vers un récepteur, après avoir sondé le canal.</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>Cible de faisceau SU</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>Oui, jusqu’à %1 flux spatio-temporels</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>Peut aider un formateur de faisceau à le viser en indiquant ce qu’il entend.</translation>
    </message>
    <message>
        <source>Sounding dimensions</source>
        <translation>Dimensions de sondage</translation>
    </message>
    <message>
        <source>How many antennas it sounds with when beamforming.</source>
        <translation>Avec combien d’antennes elle sonde pour la formation de faisceau.</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>Formateur de faisceau MU</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>Peut servir plusieurs récepteurs à la fois avec des faisceaux distincts (MU-MIMO).</translation>
    </message>
    <message>
        <source>MU beamformee</source>
        <translation>Cible de faisceau MU</translation>
    </message>
    <message>
        <source>Can be one of the receivers of a MU-MIMO transmission.</source>
        <translation>Peut être l’un des récepteurs d’une transmission MU-MIMO.</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 octets</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 octets</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 octets</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>Plus grande MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>La plus longue trame isolée qu’elle reçoit.</translation>
    </message>
    <message>
        <source>TXOP power save</source>
        <translation>Économie d’énergie TXOP</translation>
    </message>
    <message>
        <source>Sleeps during other stations&apos; transmissions to save power.</source>
        <translation>Dort pendant les transmissions des autres stations pour économiser l’énergie.</translation>
    </message>
    <message>
        <source>Unsolicited feedback</source>
        <translation>Retour non sollicité</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Link adaptation</source>
        <translation>Adaptation de liaison</translation>
    </message>
    <message>
        <source>Sends MCS feedback so that the other side picks the best rate.</source>
        <translation>Envoie un retour MCS pour que l’autre côté choisisse le meilleur débit.</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>Antenna pattern consistency</source>
        <translation>Cohérence du diagramme d’antenne</translation>
    </message>
    <message>
        <source>Its antenna pattern stays the same during an association.</source>
        <translation>Son diagramme d’antenne reste le même pendant une association.</translation>
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
        <translation>Utilisé par un autre programme</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>No Wi-Fi Direct in the driver</source>
        <translation>Pas de Wi-Fi Direct dans le pilote</translation>
    </message>
    <message>
        <source>The driver of %1 offers none of the P2P interface types: this radio cannot do Wi-Fi Direct.</source>
        <translation>Le pilote de %1 n’offre aucun des types d’interface P2P : cette radio ne peut pas faire de Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>No P2P device type</source>
        <translation>Pas de type périphérique P2P</translation>
    </message>
    <message>
        <source>The driver offers P2P groups but no dedicated P2P device, which discovery and negotiation run on. Older drivers make a station interface do both; Airpane needs the P2P device.</source>
        <translation>Le pilote offre des groupes P2P mais pas de périphérique P2P dédié, sur lequel se font la découverte et la négociation. Les anciens pilotes confient les deux à une interface station ; Airpane a besoin du périphérique P2P.</translation>
    </message>
    <message>
        <source>P2P device supported</source>
        <translation>Périphérique P2P pris en charge</translation>
    </message>
    <message>
        <source>The driver offers a dedicated P2P device for discovery, separate from the station interface.</source>
        <translation>Le pilote offre un périphérique P2P dédié à la découverte, distinct de l’interface station.</translation>
    </message>
    <message>
        <source>No P2P groups</source>
        <translation>Pas de groupes P2P</translation>
    </message>
    <message>
        <source>The driver cannot run a P2P group owner or client, so no connection can follow discovery.</source>
        <translation>Le pilote ne peut faire fonctionner ni propriétaire ni client de groupe P2P : aucune connexion ne peut suivre la découverte.</translation>
    </message>
    <message>
        <source>The P2P device cannot start</source>
        <translation>Le périphérique P2P ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The driver does not offer the command that starts a P2P device.</source>
        <translation>Le pilote n’offre pas la commande qui démarre un périphérique P2P.</translation>
    </message>
    <message>
        <source>No listening on other channels</source>
        <translation>Pas d’écoute sur d’autres canaux</translation>
    </message>
    <message>
        <source>The driver does not support remain-on-channel, which discovery needs to listen on the social channels 1, 6 and 11.</source>
        <translation>Le pilote ne prend pas en charge le remain-on-channel, dont la découverte a besoin pour écouter sur les canaux sociaux 1, 6 et 11.</translation>
    </message>
    <message>
        <source>Listens on other channels</source>
        <translation>Écoute sur d’autres canaux</translation>
    </message>
    <message>
        <source>Remain-on-channel for up to %1 ms, for discovery on the social channels.</source>
        <translation>Remain-on-channel jusqu’à %1 ms, pour la découverte sur les canaux sociaux.</translation>
    </message>
    <message>
        <source>No room for a P2P device</source>
        <translation>Pas de place pour un périphérique P2P</translation>
    </message>
    <message>
        <source>None of the radio&apos;s interface combinations allows a P2P device.</source>
        <translation>Aucune combinaison d’interfaces de la radio ne permet un périphérique P2P.</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow no P2P device next to what it runs now (%1). Removing an interface would make room.</source>
        <translation>Les combinaisons d’interfaces de la radio ne permettent aucun périphérique P2P à côté de ce qu’elle fait fonctionner (%1). Retirer une interface libérerait de la place.</translation>
    </message>
    <message>
        <source>No room for a P2P group</source>
        <translation>Pas de place pour un groupe P2P</translation>
    </message>
    <message>
        <source>Discovery can run, but the interface combinations leave no room for a P2P group next to %1.</source>
        <translation>La découverte peut se faire, mais les combinaisons d’interfaces ne laissent pas de place pour un groupe P2P à côté de %1.</translation>
    </message>
    <message>
        <source>Room for Wi-Fi Direct</source>
        <translation>De la place pour le Wi-Fi Direct</translation>
    </message>
    <message>
        <source>A P2P device and a P2P group fit next to the current interfaces, all on one channel: a group must use the channel the other interfaces use.</source>
        <translation>Un périphérique P2P et un groupe P2P tiennent à côté des interfaces actuelles, tous sur un canal : un groupe doit utiliser le canal des autres interfaces.</translation>
    </message>
    <message numerus="yes">
        <source>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Un périphérique P2P et un groupe P2P tiennent à côté des interfaces actuelles, sur jusqu’à %n canal.</numerusform>
            <numerusform>Un périphérique P2P et un groupe P2P tiennent à côté des interfaces actuelles, sur jusqu’à %n canaux différents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program owns the P2P device</source>
        <translation>Un autre programme détient le périphérique P2P</translation>
    </message>
    <message>
        <source>A P2P device (%1) already runs on %2, started by another program such as wpa_supplicant. A radio has one P2P device: Airpane can use Wi-Fi Direct here once that program lets it go.</source>
        <translation>Un périphérique P2P (%1) fonctionne déjà sur %2, lancé par un autre programme comme wpa_supplicant. Une radio n’a qu’un périphérique P2P : Airpane pourra utiliser le Wi-Fi Direct ici quand ce programme le libérera.</translation>
    </message>
    <message>
        <source>Radio down</source>
        <translation>Radio arrêtée</translation>
    </message>
    <message>
        <source>None of the radio&apos;s network interfaces is up; it may be switched off or blocked (rfkill).</source>
        <translation>Aucune interface réseau de la radio n’est active ; elle est peut-être éteinte ou bloquée (rfkill).</translation>
    </message>
    <message>
        <source>Used by Airpane</source>
        <translation>Utilisé par Airpane</translation>
    </message>
    <message>
        <source>Airpane&apos;s P2P device runs here</source>
        <translation>L’appareil P2P d’Airpane fonctionne ici</translation>
    </message>
    <message>
        <source>Airpane started the P2P device %1 on %2 for discovery; it goes when Airpane closes.</source>
        <translation>Airpane a démarré l’appareil P2P %1 sur %2 pour la découverte ; il disparaît à la fermeture d’Airpane.</translation>
    </message>
    <message>
        <source>Radio switched off</source>
        <translation>Radio éteinte</translation>
    </message>
    <message>
        <source>Radio blocked by a switch</source>
        <translation>Radio bloquée par un interrupteur</translation>
    </message>
    <message>
        <source>The helper sees a problem</source>
        <translation>L’assistant voit un problème</translation>
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
        <translation>%1 (%2) gère le périphérique P2P %3 de cette radio pour %4.</translation>
    </message>
    <message>
        <source>NetworkManager keeps %1 connected through it and uses it for its own Wi-Fi Direct, so Airpane leaves it alone: Airpane&apos;s discovery needs a radio whose P2P device is free.</source>
        <translation>NetworkManager garde %1 connecté par lui et s’en sert pour son propre Wi-Fi Direct ; Airpane n’y touche donc pas : la découverte d’Airpane a besoin d’une radio dont le périphérique P2P est libre.</translation>
    </message>
    <message>
        <source>A radio has one P2P device: Airpane can discover here once that program lets it go (p2p_disabled=1), or on a radio whose P2P device is free.</source>
        <translation>Une radio a un seul périphérique P2P : Airpane pourra découvrir ici quand ce programme le libérera (p2p_disabled=1), ou sur une radio dont le périphérique P2P est libre.</translation>
    </message>
    <message>
        <source>%1 owns the P2P device</source>
        <translation>%1 possède le périphérique P2P</translation>
    </message>
</context>
<context>
    <name>PeerNames</name>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>Périphérique d’entrée</translation>
    </message>
    <message>
        <source>Printer or scanner</source>
        <translation>Imprimante ou scanner</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation>Équipement réseau</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Multimedia device</source>
        <translation>Appareil multimédia</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>Console de jeu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>Appareil audio</translation>
    </message>
    <message>
        <source>Docking station</source>
        <translation>Station d’accueil</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Autre appareil</translation>
    </message>
    <message>
        <source>Shows a PIN</source>
        <translation>Affiche un code PIN</translation>
    </message>
    <message>
        <source>PIN entry</source>
        <translation>Saisie du code PIN</translation>
    </message>
    <message>
        <source>Push button</source>
        <translation>Bouton-poussoir</translation>
    </message>
    <message>
        <source>PIN on a label</source>
        <translation>Code PIN sur une étiquette</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>service discovery</source>
        <translation>découverte de services</translation>
    </message>
    <message>
        <source>client discoverability</source>
        <translation>découvrabilité des clients</translation>
    </message>
    <message>
        <source>concurrent operation</source>
        <translation>fonctionnement simultané</translation>
    </message>
    <message>
        <source>infrastructure managed</source>
        <translation>géré par l’infrastructure</translation>
    </message>
    <message>
        <source>device limit reached</source>
        <translation>limite d’appareils atteinte</translation>
    </message>
    <message>
        <source>invitation procedure</source>
        <translation>procédure d’invitation</translation>
    </message>
    <message>
        <source>group owner</source>
        <translation>propriétaire de groupe</translation>
    </message>
    <message>
        <source>persistent group</source>
        <translation>groupe persistant</translation>
    </message>
    <message>
        <source>group limit reached</source>
        <translation>limite du groupe atteinte</translation>
    </message>
    <message>
        <source>intra-BSS distribution</source>
        <translation>distribution intra-BSS</translation>
    </message>
    <message>
        <source>cross connection</source>
        <translation>connexion croisée</translation>
    </message>
    <message>
        <source>persistent reconnect</source>
        <translation>reconnexion persistante</translation>
    </message>
    <message>
        <source>group formation</source>
        <translation>formation de groupe</translation>
    </message>
    <message>
        <source>IP address allocation</source>
        <translation>attribution d’adresses IP</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type de périphérique</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Aussi</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>Adresse du périphérique</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>Se connecte par</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>Capacités de l’appareil</translation>
    </message>
    <message>
        <source>Group capabilities</source>
        <translation>Capacités de groupe</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>Écoute sur</translation>
    </message>
    <message>
        <source>Operates on</source>
        <translation>Fonctionne sur</translation>
    </message>
    <message>
        <source>Wi-Fi Display</source>
        <translation>Wi-Fi Display</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>Group clients</source>
        <translation>Clients du groupe</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Dernière écoute</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>only searching: it has not described itself yet</source>
        <translation>seulement en recherche : il ne s’est pas encore décrit</translation>
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
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
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
        <translation>GI court</translation>
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
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>Au mieux</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Non-QoS</source>
        <translation>Sans QoS</translation>
    </message>
    <message>
        <source>Traffic stream</source>
        <translation>Flux de trafic</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>associé</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
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
        <translation>Station</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Point d’accès</translation>
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
        <translation>Moniteur</translation>
    </message>
    <message>
        <source>Mesh point</source>
        <translation>Point de maillage</translation>
    </message>
    <message>
        <source>P2P client</source>
        <translation>Client P2P</translation>
    </message>
    <message>
        <source>P2P group owner</source>
        <translation>Propriétaire de groupe P2P</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>Périphérique P2P</translation>
    </message>
    <message>
        <source>OCB (outside a BSS)</source>
        <translation>OCB (hors BSS)</translation>
    </message>
    <message>
        <source>NAN</source>
        <translation>NAN</translation>
    </message>
    <message>
        <source>Joins a network of equals, without an access point.</source>
        <translation>Rejoint un réseau d’égaux, sans point d’accès.</translation>
    </message>
    <message>
        <source>Joins a network as a client.</source>
        <translation>Rejoint un réseau en tant que client.</translation>
    </message>
    <message>
        <source>Runs a network that others join.</source>
        <translation>Fait fonctionner un réseau que d’autres rejoignent.</translation>
    </message>
    <message>
        <source>Puts some of an access point&apos;s clients into their own VLAN.</source>
        <translation>Place certains clients d’un point d’accès dans leur propre VLAN.</translation>
    </message>
    <message>
        <source>A wireless bridge to another access point.</source>
        <translation>Un pont sans fil vers un autre point d’accès.</translation>
    </message>
    <message>
        <source>Captures the frames on a channel, for analysis.</source>
        <translation>Capture les trames d’un canal, pour analyse.</translation>
    </message>
    <message>
        <source>Joins an 802.11s mesh network.</source>
        <translation>Rejoint un réseau maillé 802.11s.</translation>
    </message>
    <message>
        <source>Joins a Wi-Fi Direct group.</source>
        <translation>Rejoint un groupe Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Runs a Wi-Fi Direct group that others join.</source>
        <translation>Fait fonctionner un groupe Wi-Fi Direct que d’autres rejoignent.</translation>
    </message>
    <message>
        <source>Finds Wi-Fi Direct peers and negotiates groups; it has no network device.</source>
        <translation>Trouve les pairs Wi-Fi Direct et négocie les groupes ; il n’a pas de périphérique réseau.</translation>
    </message>
    <message>
        <source>Talks outside any network, as vehicles do (802.11p).</source>
        <translation>Communique hors de tout réseau, comme les véhicules (802.11p).</translation>
    </message>
    <message>
        <source>Neighbour awareness networking: finds services nearby.</source>
        <translation>Neighbour Awareness Networking : trouve les services à proximité.</translation>
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
        <translation>Moins de 1 GHz</translation>
    </message>
    <message>
        <source>Light communication</source>
        <translation>Communication par la lumière</translation>
    </message>
    <message>
        <source>20 MHz (no HT)</source>
        <translation>20 MHz (sans HT)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>No initiating radiation</source>
        <translation>Pas d’émission à l’initiative</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>Détection radar</translation>
    </message>
    <message>
        <source>Indoors only</source>
        <translation>En intérieur seulement</translation>
    </message>
    <message>
        <source>No HT40−</source>
        <translation>Pas de HT40−</translation>
    </message>
    <message>
        <source>No HT40+</source>
        <translation>Pas de HT40+</translation>
    </message>
    <message>
        <source>No 80 MHz</source>
        <translation>Pas de 80 MHz</translation>
    </message>
    <message>
        <source>No 160 MHz</source>
        <translation>Pas de 160 MHz</translation>
    </message>
    <message>
        <source>No 320 MHz</source>
        <translation>Pas de 320 MHz</translation>
    </message>
    <message>
        <source>No HE</source>
        <translation>Pas de HE</translation>
    </message>
    <message>
        <source>No EHT</source>
        <translation>Pas d’EHT</translation>
    </message>
    <message>
        <source>No 20 MHz</source>
        <translation>Pas de 20 MHz</translation>
    </message>
    <message>
        <source>No 10 MHz</source>
        <translation>Pas de 10 MHz</translation>
    </message>
    <message>
        <source>Radiation with another link</source>
        <translation>Émission avec une autre liaison</translation>
    </message>
    <message>
        <source>DFS with another link</source>
        <translation>DFS avec une autre liaison</translation>
    </message>
    <message>
        <source>The radio may not start transmitting here on its own: no beacons, no probe requests, no access point. It may answer once it hears a network.</source>
        <translation>La radio ne peut pas émettre ici de sa propre initiative : ni balises, ni requêtes de sondage, ni point d’accès. Elle peut répondre dès qu’elle entend un réseau.</translation>
    </message>
    <message>
        <source>Radars use this channel: before transmitting, the radio must listen for them (channel availability check) and leave when it hears one.</source>
        <translation>Des radars utilisent ce canal : avant d’émettre, la radio doit les écouter (contrôle de disponibilité du canal) et partir quand elle en entend un.</translation>
    </message>
    <message>
        <source>The regulatory domain allows this channel indoors only.</source>
        <translation>Le domaine réglementaire n’autorise ce canal qu’en intérieur.</translation>
    </message>
    <message>
        <source>No 40 MHz channel with its secondary 20 MHz below (−) or above (+) this one.</source>
        <translation>Pas de canal de 40 MHz avec ses 20 MHz secondaires en dessous (−) ou au-dessus (+) de celui-ci.</translation>
    </message>
    <message>
        <source>Channels of this width may not include this one.</source>
        <translation>Les canaux de cette largeur ne peuvent pas inclure celui-ci.</translation>
    </message>
    <message>
        <source>Wi-Fi 6 (HE) or Wi-Fi 7 (EHT) operation is not allowed here.</source>
        <translation>Le fonctionnement Wi-Fi 6 (HE) ou Wi-Fi 7 (EHT) n’est pas autorisé ici.</translation>
    </message>
    <message>
        <source>Allowed when another interface of the radio already operates here under the rules.</source>
        <translation>Autorisé quand une autre interface de la radio fonctionne déjà ici dans les règles.</translation>
    </message>
    <message>
        <source>Usable after a check</source>
        <translation>Utilisable après contrôle</translation>
    </message>
    <message>
        <source>Available (checked)</source>
        <translation>Disponible (contrôlé)</translation>
    </message>
    <message>
        <source>Unavailable (radar seen)</source>
        <translation>Indisponible (radar détecté)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
        <translation>Atelier pour radios Wi-Fi, interfaces virtuelles et Wi-Fi Direct.</translation>
    </message>
    <message>
        <source>Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</source>
        <translation>Ouvrir PAGE : radios, scan, channels, signal, wifi-direct, capabilities, events.</translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation>Dessiner la fenêtre principale dans le fichier PNG FILE et quitter.</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (default 1280x800).</source>
        <translation>Taille de la fenêtre, WIDTHxHEIGHT (1280x800 par défaut).</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;</source>
        <translation>page inconnue « %1 »</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 320x240 and 8192x8192</source>
        <translation>--size attend WIDTHxHEIGHT entre 320x240 et 8192x8192</translation>
    </message>
    <message>
        <source>Mark the window as running on the virtual lab&apos;s SCENARIO.</source>
        <translation>Marquer la fenêtre comme fonctionnant sur le scénario SCENARIO du laboratoire virtuel.</translation>
    </message>
</context>
</TS>
