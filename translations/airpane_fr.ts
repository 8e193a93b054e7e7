<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Airpane</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Airpane::MainWindow</name>
    <message>
        <source>Radios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s Wi-Fi radios and the interfaces each one runs: stations, access points, monitors and P2P devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network in range, live, with everything each one advertises decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each network drawn over its real channel width, occupancy, and a channel recommendation that explains itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal strength over time for the networks you select, and a waterfall of channel occupancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, TVs, printers and displays around you that speak Wi-Fi Direct, and why P2P is unavailable when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and which interfaces it can run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live log of what the kernel&apos;s Wi-Fi stack reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airpane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the Airpane helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Airpane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Airpane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;A workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 320x240 and 8192x8192</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
