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
    <name>Airpane::SignalPage</name>
    <message numerus="yes">
        <source>Following %n selected network(s).</source>
        <translation>
            <numerusform>Following %n selected network.</numerusform>
            <numerusform>Following %n selected networks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy time from the radio&apos;s survey on %n channel(s); striped channels are estimated from the networks heard.</source>
        <translation>
            <numerusform>Busy time from the radio&apos;s survey on %n channel; striped channels are estimated from the networks heard.</numerusform>
            <numerusform>Busy time from the radio&apos;s survey on %n channels; striped channels are estimated from the networks heard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) with history</source>
        <translation>
            <numerusform>%n network with history</numerusform>
            <numerusform>%n networks with history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::StationDetailsModel</name>
    <message numerus="yes">
        <source>%n beacon(s)</source>
        <translation>
            <numerusform>%n beacon</numerusform>
            <numerusform>%n beacons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::StationsPage</name>
    <message numerus="yes">
        <source>%n client(s) on %1</source>
        <translation>
            <numerusform>%n client on %1</numerusform>
            <numerusform>%n clients on %1</numerusform>
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
    <message numerus="yes">
        <source>Frames sent: %1 of %n acknowledged</source>
        <translation>
            <numerusform>Frames sent: %1 of %n acknowledged</numerusform>
            <numerusform>Frames sent: %1 of %n acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelRecommender</name>
    <message numerus="yes">
        <source>DFS: the AP listens for radar for %n second(s) before it starts</source>
        <translation>
            <numerusform>DFS: the AP listens for radar for %n second before it starts</numerusform>
            <numerusform>DFS: the AP listens for radar for %n seconds before it starts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping network(s)</source>
        <translation>
            <numerusform>%n overlapping network</numerusform>
            <numerusform>%n overlapping networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them only partly, which interferes more than sharing the channel</source>
        <translation>
            <numerusform>%n of them only partly, which interferes more than sharing the channel</numerusform>
            <numerusform>%n of them only partly, which interferes more than sharing the channel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it</source>
        <translation>
            <numerusform>%1: %n network overlap it</numerusform>
            <numerusform>%1: %n networks overlap it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, all weak (%2 dBm at most)</source>
        <translation>
            <numerusform>%1: %n network overlap it, all weak (%2 dBm at most)</numerusform>
            <numerusform>%1: %n networks overlap it, all weak (%2 dBm at most)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, the strongest at %2 dBm</source>
        <translation>
            <numerusform>%1: %n network overlap it, the strongest at %2 dBm</numerusform>
            <numerusform>%1: %n networks overlap it, the strongest at %2 dBm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next best, %1, has %n</source>
        <translation>
            <numerusform>the next best, %1, has %n</numerusform>
            <numerusform>the next best, %1, has %n</numerusform>
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
<context>
    <name>StationText</name>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
</context>
</TS>
