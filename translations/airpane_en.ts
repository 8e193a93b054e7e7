<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Airpane::BssModel</name>
    <message numerus="yes">
        <source>One of %n network(s) of the same access point</source>
        <translation>
            <numerusform>One of %n network of the same access point</numerusform>
            <numerusform>One of %n networks of the same access point</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilitiesPage</name>
    <message numerus="yes">
        <source>%1 · %2 · %n interface type(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n interface type</numerusform>
            <numerusform>%1 · %2 · %n interface types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cipher(s)</source>
        <translation>
            <numerusform>%n cipher</numerusform>
            <numerusform>%n ciphers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelPanel</name>
    <message numerus="yes">
        <source>%1 · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %n channel</numerusform>
            <numerusform>%1 · %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationPanel</name>
    <message numerus="yes">
        <source>Yes. Combination %1 allows it, on up to %n different channel(s).</source>
        <translation>
            <numerusform>Yes. Combination %1 allows it, on up to %n channel.</numerusform>
            <numerusform>Yes. Combination %1 allows it, on up to %n different channels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ElementInspector</name>
    <message numerus="yes">
        <source>%1 (%2): %n element(s)</source>
        <translation>
            <numerusform>%1 (%2): %n element</numerusform>
            <numerusform>%1 (%2): %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::EventsPage</name>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::RadioTreeModel</name>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n interface(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n interface</numerusform>
            <numerusform>%1  ·  %2  ·  %n interfaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::RadiosPage</name>
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
    <message numerus="yes">
        <source>Up to %1 interfaces on %n channel(s)</source>
        <translation>
            <numerusform>Up to %1 interfaces on %n channel</numerusform>
            <numerusform>Up to %1 interfaces on %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ScanPage</name>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s) shown</source>
        <translation>
            <numerusform>%1 of %n network shown</numerusform>
            <numerusform>%1 of %n networks shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::WifiDirectPage</name>
    <message numerus="yes">
        <source>Wi-Fi Direct available on %1 of %n radio(s)</source>
        <translation>
            <numerusform>Wi-Fi Direct available on %1 of %n radio</numerusform>
            <numerusform>Wi-Fi Direct available on %1 of %n radios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n P2P device(s) run by other programs</source>
        <translation>
            <numerusform>%n P2P device run by other programs</numerusform>
            <numerusform>%n P2P devices run by other programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search for Wi-Fi Direct devices for %n minute(s), and be found by them</source>
        <translation>
            <numerusform>Search for Wi-Fi Direct devices for %n minute, and be found by them</numerusform>
            <numerusform>Search for Wi-Fi Direct devices for %n minutes, and be found by them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Be discoverable for %n minute(s) without searching</source>
        <translation>
            <numerusform>Be discoverable for %n minute without searching</numerusform>
            <numerusform>Be discoverable for %n minutes without searching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeDecoder</name>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–9 on %n spatial stream</numerusform>
            <numerusform>MCS 0–9 on %n spatial streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1</source>
        <translation>
            <numerusform>MCS 0–9 on %n spatial stream, 4096-QAM (MCS 12–13) on %1</numerusform>
            <numerusform>MCS 0–9 on %n spatial streams, 4096-QAM (MCS 12–13) on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtDecoder</name>
    <message numerus="yes">
        <source>MCS 0–%1 on %n spatial stream(s)</source>
        <translation>
            <numerusform>MCS 0–%1 on %n spatial stream</numerusform>
            <numerusform>MCS 0–%1 on %n spatial streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spatial stream(s)</source>
        <translation>
            <numerusform>%n spatial stream</numerusform>
            <numerusform>%n spatial streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MCS %1–%2 (%n spatial stream(s))</source>
        <translation>
            <numerusform>MCS %1–%2 (%n spatial stream)</numerusform>
            <numerusform>MCS %1–%2 (%n spatial streams)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>P2pDiagnosis</name>
    <message numerus="yes">
        <source>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channel(s).</source>
        <translation>
            <numerusform>A P2P device and a P2P group fit next to the current interfaces, on up to %n channel.</numerusform>
            <numerusform>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channels.</numerusform>
        </translation>
    </message>
</context>
</TS>
