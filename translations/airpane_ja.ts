<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Airpane</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 を書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>Airpane::ActionHandler</name>
    <message>
        <source>You are not allowed to do this: the system&apos;s policy (polkit) refused.</source>
        <translation>この操作は許可されていません: システムのポリシー (polkit) が拒否しました。</translation>
    </message>
    <message>
        <source>This needs an administrator password, and no authentication agent is running to ask for it.</source>
        <translation>管理者パスワードが必要ですが、それを尋ねる認証エージェントが動いていません。</translation>
    </message>
    <message>
        <source>The Airpane helper went away before it answered; try again in a moment.</source>
        <translation>Airpane ヘルパーが応答前に終了しました。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>Airpane ヘルパーでエラーが発生しました。</translation>
    </message>
    <message>
        <source>Not connected to the Airpane helper; try again once it is back.</source>
        <translation>Airpane ヘルパーに接続していません。戻ったらもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>Airpane::AuthorizationMarker</name>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>管理者パスワードを求められます。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>この操作は許可されていません。</translation>
    </message>
</context>
<context>
    <name>Airpane::BssModel</name>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
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
            <numerusform>同じアクセスポイントの %n 個のネットワークの一つ</numerusform>
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
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>バンド</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilitiesPage</name>
    <message>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>無線機(&amp;R):</translation>
    </message>
    <message>
        <source>Bands &amp;&amp; channels</source>
        <translation>バンドとチャンネル</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>バンド(&amp;B):</translation>
    </message>
    <message>
        <source>HT · VHT · HE · EHT</source>
        <translation>HT · VHT · HE · EHT</translation>
    </message>
    <message>
        <source>Interface combinations</source>
        <translation>インターフェースの組み合わせ</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>暗号方式</translation>
    </message>
    <message>
        <source>Commands &amp;&amp; features</source>
        <translation>コマンドと機能</translation>
    </message>
    <message>
        <source>No radio to show</source>
        <translation>表示する無線機がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n interface type(s)</source>
        <translation>
            <numerusform>%1 · %2 · インターフェース種別 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cipher(s)</source>
        <translation>
            <numerusform>暗号方式 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>コマンド %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::CapabilityTreeModel</name>
    <message>
        <source>Capability</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelGraph</name>
    <message>
        <source>DFS (radar detection)</source>
        <translation>DFS (レーダー検出)</translation>
    </message>
    <message>
        <source>No transmitting first (no-IR)</source>
        <translation>先行送信禁止 (no-IR)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Busy time (survey)</source>
        <translation>使用中の時間 (測定)</translation>
    </message>
    <message>
        <source>Zoomed: double-click for the whole band</source>
        <translation>拡大中: ダブルクリックでバンド全体を表示</translation>
    </message>
    <message>
        <source>%1 (connected)</source>
        <translation>%1 (接続中)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <translation>無効</translation>
    </message>
    <message>
        <source>After a radar check</source>
        <translation>レーダー確認後</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>使用可</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Radar check (CAC) takes %1 s</source>
        <translation>レーダー確認 (CAC) に %1 秒かかります</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>周波数</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>最大出力</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DFS state</source>
        <translation>DFS 状態</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Passive only</source>
        <translation>パッシブのみ</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelPanel</name>
    <message>
        <source>Show disabled channels</source>
        <translation>無効なチャンネルも表示</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %n チャンネル</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulatory domain %1, DFS region %2. Max power is the domain&apos;s limit for each channel.</source>
        <translation>規制ドメイン %1、DFS 地域 %2。最大出力は各チャンネルに対するドメインの上限です。</translation>
    </message>
    <message>
        <source>Max power is the regulatory domain&apos;s limit for each channel.</source>
        <translation>最大出力は各チャンネルに対する規制ドメインの上限です。</translation>
    </message>
</context>
<context>
    <name>Airpane::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
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
        <translation>ネットワークをクリックすると強調表示されます。</translation>
    </message>
    <message>
        <source>%1 on 2.4 GHz, %2 on 5 GHz, %3 on 6 GHz</source>
        <translation>2.4 GHz に %1、5 GHz に %2、6 GHz に %3</translation>
    </message>
    <message>
        <source>%1 (%2): channel %3, %4 MHz wide around %5 MHz, %6 dBm</source>
        <translation>%1 (%2): チャンネル %3、%5 MHz を中心に幅 %4 MHz、%6 dBm</translation>
    </message>
    <message>
        <source>Allow DFS channels</source>
        <translation>DFS チャンネルを許可</translation>
    </message>
    <message>
        <source>%1 MHz AP</source>
        <translation>%1 MHz の AP</translation>
    </message>
    <message>
        <source>The width of the AP the recommendation plans for (2.4 GHz: at most 40 MHz)</source>
        <translation>推奨の前提とする AP の幅 (2.4 GHz では最大 40 MHz)</translation>
    </message>
    <message>
        <source>Consider channels that need radar detection; an AP there waits a minute before starting and must leave when radar appears</source>
        <translation>レーダー検出が必要なチャンネルも候補にします。そこでは AP は開始前に 1 分待ち、レーダーが現れたらチャンネルを離れなければなりません</translation>
    </message>
    <message>
        <source>Channel graphs</source>
        <translation>チャンネルグラフ</translation>
    </message>
    <message>
        <source>No radio of this machine can use this band.</source>
        <translation>このマシンの無線機はどれもこのバンドを使えません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommendation:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;推奨なし:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for %1: %2.&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1 への推奨: %2。&lt;/b&gt; %3 &lt;span style=&quot;opacity:0.8&quot;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推奨: %1</translation>
    </message>
    <message>
        <source>no radio</source>
        <translation>無線機なし</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>推奨なし</translation>
    </message>
    <message>
        <source>recommended %1</source>
        <translation>推奨: %1</translation>
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
        <translation>(非公開)</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationMatrixModel</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>A station, an access point and a P2P group (with its P2P device) run together under this combination.</source>
        <translation>この組み合わせでは、ステーション、アクセスポイント、P2P グループ (とその P2P デバイス) を同時に動かせます。</translation>
    </message>
    <message>
        <source>This combination cannot run a station, an access point and a P2P group together.</source>
        <translation>この組み合わせでは、ステーション、アクセスポイント、P2P グループを同時に動かせません。</translation>
    </message>
    <message>
        <source>At most this many interfaces at once, of any type.</source>
        <translation>種類を問わず、同時に使えるインターフェースの上限です。</translation>
    </message>
    <message>
        <source>All interfaces share one channel.</source>
        <translation>すべてのインターフェースが 1 つのチャンネルを共有します。</translation>
    </message>
    <message>
        <source>The interfaces may use up to %1 different channels at once.</source>
        <translation>インターフェースは同時に最大 %1 個の異なるチャンネルを使えます。</translation>
    </message>
    <message>
        <source>Channel widths on which it can check for radars (DFS) under this combination.</source>
        <translation>この組み合わせでレーダー検出 (DFS) ができるチャンネル幅です。</translation>
    </message>
    <message>
        <source>20 (no HT)</source>
        <translation>20 (HT なし)</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>shares a limit of %1 with %2</source>
        <translation>%2 と上限 %1 を共有</translation>
    </message>
    <message>
        <source>Not in this combination</source>
        <translation>この組み合わせにはありません</translation>
    </message>
    <message>
        <source>Up to %1 at once</source>
        <translation>同時に最大 %1</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>一度に 1 つ</translation>
    </message>
    <message>
        <source>The driver reports no combinations: one interface at a time.</source>
        <translation>ドライバーは組み合わせを報告していません: 一度に 1 つのインターフェースです。</translation>
    </message>
    <message>
        <source>Combination %1</source>
        <translation>組み合わせ %1</translation>
    </message>
    <message>
        <source>Interfaces at once</source>
        <translation>同時インターフェース数</translation>
    </message>
    <message>
        <source>Different channels</source>
        <translation>異なるチャンネル数</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>レーダー検出</translation>
    </message>
    <message>
        <source>Station + AP + P2P</source>
        <translation>ステーション + AP + P2P</translation>
    </message>
</context>
<context>
    <name>Airpane::CombinationPanel</name>
    <message>
        <source>Can this radio run at once:</source>
        <translation>この無線機で同時に動かせるか:</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Access points</source>
        <translation>アクセスポイント</translation>
    </message>
    <message>
        <source>P2P groups</source>
        <translation>P2P グループ</translation>
    </message>
    <message>
        <source>Mesh points</source>
        <translation>メッシュポイント</translation>
    </message>
    <message>
        <source>a P2P device</source>
        <translation>P2P デバイス</translation>
    </message>
    <message>
        <source>Wi-Fi Direct discovery runs on a P2P device next to the group.</source>
        <translation>Wi-Fi Direct の探索は、グループとは別の P2P デバイスで行います。</translation>
    </message>
    <message>
        <source>Choose a radio.</source>
        <translation>無線機を選んでください。</translation>
    </message>
    <message>
        <source>The P2P groups can only join others, as clients.</source>
        <translation>P2P グループはクライアントとして参加することしかできません。</translation>
    </message>
    <message>
        <source>Only %1 of the P2P groups can be group owner.</source>
        <translation>グループオーナーになれる P2P グループは %1 個だけです。</translation>
    </message>
    <message>
        <source>No. None of the radio&apos;s interface combinations allows these interfaces at once.</source>
        <translation>いいえ。この無線機のどの組み合わせでも、これらのインターフェースを同時には動かせません。</translation>
    </message>
    <message>
        <source>No. The radio has no %1 at all.</source>
        <translation>いいえ。この無線機には %1 がまったくありません。</translation>
    </message>
    <message>
        <source>Yes. The radio runs one interface at a time, and that is enough.</source>
        <translation>はい。この無線機は一度に 1 つのインターフェースを動かし、それで足ります。</translation>
    </message>
    <message>
        <source>Yes. Combination %1 allows it; all of them share one channel.</source>
        <translation>はい。組み合わせ %1 で可能です。すべてが 1 つのチャンネルを共有します。</translation>
    </message>
    <message numerus="yes">
        <source>Yes. Combination %1 allows it, on up to %n different channel(s).</source>
        <translation>
            <numerusform>はい。組み合わせ %1 で可能です。最大 %n 個の異なるチャンネルを使えます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ConnectionIndicator</name>
    <message>
        <source>Not connected to the Airpane helper</source>
        <translation>Airpane ヘルパーに接続していません</translation>
    </message>
    <message>
        <source>Connecting to the Airpane helper…</source>
        <translation>Airpane ヘルパーに接続しています…</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper</source>
        <translation>Airpane ヘルパーに接続しました</translation>
    </message>
    <message>
        <source>airpane-helper %1, live</source>
        <translation>airpane-helper %1、ライブ</translation>
    </message>
    <message>
        <source>The helper restarted; reconnecting…</source>
        <translation>ヘルパーが再起動しました。再接続しています…</translation>
    </message>
    <message>
        <source>What you see is the last state the helper reported.</source>
        <translation>表示されているのは、ヘルパーが最後に報告した状態です。</translation>
    </message>
    <message>
        <source>Helper unavailable: %1</source>
        <translation>ヘルパーを利用できません: %1</translation>
    </message>
    <message>
        <source>Airpane keeps trying to reach it.</source>
        <translation>Airpane は接続を試み続けます。</translation>
    </message>
    <message>
        <source>Connected to the Airpane helper; reading the radios…</source>
        <translation>Airpane ヘルパーに接続しました。無線機を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>Airpane::ElementInspector</name>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>ネットワークを選ぶと、その要素が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n element(s)</source>
        <translation>
            <numerusform>%1 (%2): %n 個の要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Airpane::ElementTreeModel</name>
    <message>
        <source>ID %1, extension %2</source>
        <translation>ID %1、拡張 %2</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (malformed: %2)</source>
        <translation>%1 (不正: %2)</translation>
    </message>
    <message>
        <source>Element or field</source>
        <translation>要素またはフィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Airpane::EventModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>無線機</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>nl80211 command</source>
        <translation>nl80211 コマンド</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Airpane::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop receiving events; the helper sends none until you resume (%1)</source>
        <translation>イベントの受信を止めます。再開するまでヘルパーは何も送りません (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Forget the events shown (%1)</source>
        <translation>表示中のイベントを消去します (%1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>すべてのインターフェース</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>イベントを検索</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>無線機(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>インターフェース(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>規制</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>keeps the newest %1</source>
        <translation>最新の %1 件を保持</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>フィルターに一致するイベントはありません。</translation>
    </message>
    <message>
        <source>Paused: no events arrive until you resume.</source>
        <translation>一時停止中: 再開するまでイベントは届きません。</translation>
    </message>
    <message>
        <source>No events yet. They appear here as the kernel reports them.</source>
        <translation>まだイベントはありません。カーネルが報告するとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Airpane::HelperClient</name>
    <message>
        <source>The Airpane helper is not installed.</source>
        <translation>Airpane ヘルパーがインストールされていません。</translation>
    </message>
    <message>
        <source>The system bus is not running, so the Airpane helper cannot be reached.</source>
        <translation>システムバスが動いていないため、Airpane ヘルパーに接続できません。</translation>
    </message>
    <message>
        <source>The Airpane helper could not be started.</source>
        <translation>Airpane ヘルパーを起動できませんでした。</translation>
    </message>
    <message>
        <source>The system bus does not let you reach the Airpane helper.</source>
        <translation>システムバスが Airpane ヘルパーへの接続を許可していません。</translation>
    </message>
    <message>
        <source>You are not allowed to watch the Wi-Fi radios.</source>
        <translation>Wi-Fi 無線機の監視は許可されていません。</translation>
    </message>
    <message>
        <source>Watching the Wi-Fi radios needs a password, and no authentication agent is running.</source>
        <translation>Wi-Fi 無線機の監視にはパスワードが必要ですが、認証エージェントが動いていません。</translation>
    </message>
    <message>
        <source>Too many Airpane windows are open; close one.</source>
        <translation>Airpane のウィンドウが多すぎます。1 つ閉じてください。</translation>
    </message>
    <message>
        <source>The Airpane helper does not answer.</source>
        <translation>Airpane ヘルパーが応答しません。</translation>
    </message>
    <message>
        <source>The Airpane helper failed.</source>
        <translation>Airpane ヘルパーでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>Airpane::InterfaceDialog</name>
    <message>
        <source>New Interface</source>
        <translation>新しいインターフェース</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>%1 の種別を変更</translation>
    </message>
    <message>
        <source>&amp;Radio:</source>
        <translation>無線機(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種別(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>変更(&amp;H)</translation>
    </message>
    <message>
        <source>Asks for an administrator password.</source>
        <translation>管理者パスワードを求められます。</translation>
    </message>
    <message>
        <source>This radio offers no interface type Airpane can create.</source>
        <translation>この無線機には Airpane が作成できるインターフェース種別がありません。</translation>
    </message>
    <message>
        <source>The interface must be down. The helper checks the radio&apos;s interface combinations when you change it, and says so if they do not allow it.</source>
        <translation>インターフェースは停止している必要があります。変更時にヘルパーが無線機のインターフェースの組み合わせを確認し、許されない場合は知らせます。</translation>
    </message>
    <message>
        <source>Checking whether %1 has room for one more %2…</source>
        <translation>%1 に %2 をもう一つ追加できるか確認しています…</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow it.</source>
        <translation>無線機のインターフェースの組み合わせで可能です。</translation>
    </message>
    <message>
        <source>Allowed. %1</source>
        <translation>可能です。%1</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations do not allow it.</source>
        <translation>無線機のインターフェースの組み合わせでは不可能です。</translation>
    </message>
    <message>
        <source>Not possible now: %1</source>
        <translation>現在は不可能です: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>Changing the type…</source>
        <translation>種別を変更しています…</translation>
    </message>
</context>
<context>
    <name>Airpane::LinkChart</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>信号 (dBm)</translation>
    </message>
    <message>
        <source>Rate (Mb/s)</source>
        <translation>レート (Mb/s)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>送信レート</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>受信レート</translation>
    </message>
</context>
<context>
    <name>Airpane::MainWindow</name>
    <message>
        <source>Radios</source>
        <translation>無線機</translation>
    </message>
    <message>
        <source>The machine&apos;s Wi-Fi radios and the interfaces each one runs: stations, access points, monitors and P2P devices.</source>
        <translation>このマシンの Wi-Fi 無線機と、それぞれが動かすインターフェース (ステーション、アクセスポイント、モニター、P2P デバイス)。</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Every network in range, live, with everything each one advertises decoded.</source>
        <translation>範囲内のすべてのネットワークを、通知内容をすべて解読してライブで表示します。</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Each network drawn over its real channel width, occupancy, and a channel recommendation that explains itself.</source>
        <translation>各ネットワークを実際のチャンネル幅で描き、占有率と理由付きのチャンネル推奨を示します。</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Signal strength over time for the networks you select, and a waterfall of channel occupancy.</source>
        <translation>選んだネットワークの信号強度の推移と、チャンネル占有のウォーターフォール。</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>Phones, TVs, printers and displays around you that speak Wi-Fi Direct, and why P2P is unavailable when it is.</source>
        <translation>周囲の Wi-Fi Direct 対応の電話、テレビ、プリンター、ディスプレイと、P2P が使えないときの理由。</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>What each radio can do: bands and channels, HT/VHT/HE/EHT, ciphers, and which interfaces it can run at once.</source>
        <translation>各無線機にできること: バンドとチャンネル、HT/VHT/HE/EHT、暗号方式、同時に動かせるインターフェース。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>A live log of what the kernel&apos;s Wi-Fi stack reports.</source>
        <translation>カーネルの Wi-Fi スタックが報告する内容のライブログ。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Airpane</source>
        <translation>Airpane について(&amp;A)</translation>
    </message>
    <message>
        <source>About Airpane</source>
        <translation>Airpane について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;A workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airpane %1&lt;/h3&gt;&lt;p&gt;Wi-Fi 無線機、仮想インターフェース、Wi-Fi Direct のためのワークベンチ。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual lab</source>
        <translation>仮想ラボ</translation>
    </message>
    <message>
        <source>The radios, access points and Wi-Fi Direct peers are simulated: mac80211_hwsim in a virtual machine running Debian&apos;s kernel.</source>
        <translation>無線機、アクセスポイント、Wi-Fi Direct の相手はシミュレーションです: Debian のカーネルを動かす仮想マシン内の mac80211_hwsim。</translation>
    </message>
    <message>
        <source>Virtual lab · scenario “%1”</source>
        <translation>仮想ラボ · シナリオ「%1」</translation>
    </message>
    <message>
        <source>Link and clients</source>
        <translation>リンクとクライアント</translation>
    </message>
    <message>
        <source>Your connection live, many times a second, and who is connected to the access points on this machine; without scanning.</source>
        <translation>あなたの接続を毎秒何回もライブで、このマシンのアクセスポイントに誰が接続しているかも表示します。スキャンはしません。</translation>
    </message>
</context>
<context>
    <name>Airpane::P2pStatusModel</name>
    <message>
        <source>Running (%1)</source>
        <translation>動作中 (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>無線機</translation>
    </message>
    <message>
        <source>Wi-Fi Direct</source>
        <translation>Wi-Fi Direct</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>P2P デバイス</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>デバイスアドレス</translation>
    </message>
    <message>
        <source>Airpane&apos;s (%1)</source>
        <translation>Airpane のもの (%1)</translation>
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
        <translation>検索中の信号のみ受信: まだ自身の説明を返していません。</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>デバイスの種類</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>デバイスアドレス</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioListModel</name>
    <message>
        <source>All radios</source>
        <translation>すべての無線機</translation>
    </message>
</context>
<context>
    <name>Airpane::RadioTreeModel</name>
    <message>
        <source>No network device</source>
        <translation>ネットワークデバイスなし</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>Up, not connected</source>
        <translation>稼働、未接続</translation>
    </message>
    <message>
        <source>Up, no link</source>
        <translation>稼働、リンクなし</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n interface(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  インターフェース %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>A P2P device has no network device; the kernel knows it by its wdev id %1.</source>
        <translation>P2P デバイスにはネットワークデバイスがありません。カーネルは wdev ID %1 で識別します。</translation>
    </message>
    <message>
        <source>Primary channel %1 MHz</source>
        <translation>プライマリチャンネル %1 MHz</translation>
    </message>
    <message>
        <source>Centre frequency %1 MHz</source>
        <translation>中心周波数 %1 MHz</translation>
    </message>
    <message>
        <source>Second centre frequency %1 MHz</source>
        <translation>第 2 中心周波数 %1 MHz</translation>
    </message>
    <message>
        <source>Operational state reported by the kernel: %1</source>
        <translation>カーネルが報告した動作状態: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>wdev %1</source>
        <translation>wdev %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>送信出力</translation>
    </message>
</context>
<context>
    <name>Airpane::RadiosPage</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Radios &amp; interfaces</source>
        <translation>無線機とインターフェース</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Show the radios and interfaces whose text contains this (%1)</source>
        <translation>この文字列を含む無線機とインターフェースを表示します (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read every radio and interface again</source>
        <translation>すべての無線機とインターフェースを読み直します</translation>
    </message>
    <message>
        <source>New Interface…</source>
        <translation>新しいインターフェース…</translation>
    </message>
    <message>
        <source>Select a radio or an interface to see its details.</source>
        <translation>詳細を見るには無線機かインターフェースを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n radio(s)</source>
        <translation>
            <numerusform>無線機 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interface(s)</source>
        <translation>
            <numerusform>インターフェース %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the Airpane helper…</source>
        <translation>Airpane ヘルパーを待っています…</translation>
    </message>
    <message>
        <source>The Airpane helper is unavailable: %1</source>
        <translation>Airpane ヘルパーを利用できません: %1</translation>
    </message>
    <message>
        <source>This machine has no Wi-Fi radios.</source>
        <translation>このマシンには Wi-Fi 無線機がありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Radio %1</source>
        <translation>無線機 %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>バンド</translation>
    </message>
    <message>
        <source>Interface types</source>
        <translation>インターフェースの種類</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同時</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 interfaces on %n channel(s)</source>
        <translation>
            <numerusform>%n チャンネルで最大 %1 インターフェース</numerusform>
        </translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>チャンネル滞在</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Regulatory domain</source>
        <translation>規制ドメイン</translation>
    </message>
    <message>
        <source>Own regulatory domain</source>
        <translation>独自の規制ドメイン</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, carrier %2, operational state “%3”</source>
        <translation>%1、キャリア %2、動作状態「%3」</translation>
    </message>
    <message>
        <source>up</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>on</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>off</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>送信出力</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>4-address mode</source>
        <translation>4 アドレスモード</translation>
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
        <translation>%1、%2、中心 %3 MHz</translation>
    </message>
    <message>
        <source>Create an interface on the radio selected (%1)</source>
        <translation>選択した無線機にインターフェースを作成 (%1)</translation>
    </message>
    <message>
        <source>Change Type…</source>
        <translation>種別を変更…</translation>
    </message>
    <message>
        <source>Make the interface selected a station, an access point, a monitor, …</source>
        <translation>選択したインターフェースをステーション、アクセスポイント、モニターなどに変更</translation>
    </message>
    <message>
        <source>Delete Interface</source>
        <translation>インターフェースを削除</translation>
    </message>
    <message>
        <source>Delete the interface selected</source>
        <translation>選択したインターフェースを削除</translation>
    </message>
    <message>
        <source>Delete the %1 %2 on %3? Programs using it lose it at once.</source>
        <translation>%3 の %1 %2 を削除しますか? 使っているプログラムはすぐに使えなくなります。</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanControls</name>
    <message>
        <source>&amp;Live</source>
        <translation>連続(&amp;L)</translation>
    </message>
    <message>
        <source>Pass&amp;ive</source>
        <translation>パッシブ(&amp;I)</translation>
    </message>
    <message>
        <source>The interface that scans</source>
        <translation>スキャンするインターフェース</translation>
    </message>
    <message>
        <source>Scan again and again; when off, only the results of other programs&apos; scans are read</source>
        <translation>繰り返しスキャンします。オフのときは他のプログラムのスキャン結果だけを読みます</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time between scans; while the interface is connected, at least 10 s and only on its own channel, other channels every 5 minutes</source>
        <translation>スキャンの間隔。インターフェースが接続中は 10 秒以上で自分のチャンネルのみ、ほかのチャンネルは 5 分ごと</translation>
    </message>
    <message>
        <source>Only listen for beacons: send no probe requests</source>
        <translation>ビーコンを聞くだけ: プローブ要求を送りません</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop scanning; what was heard stays</source>
        <translation>スキャンを止めます。検出済みのものは残ります</translation>
    </message>
    <message>
        <source>Scan now</source>
        <translation>今すぐスキャン</translation>
    </message>
    <message>
        <source>A scan is running</source>
        <translation>スキャン中です</translation>
    </message>
    <message>
        <source>Sc&amp;an with:</source>
        <translation>スキャンに使う(&amp;A):</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
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
        <translation>スキャンできるインターフェースがありません: ステーションのインターフェースが必要です。</translation>
    </message>
    <message>
        <source>Showing the results of another program&apos;s scan.</source>
        <translation>他のプログラムのスキャン結果を表示しています。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中。</translation>
    </message>
</context>
<context>
    <name>Airpane::ScanPage</name>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Hide &amp;hidden</source>
        <translation>非公開を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Group by access point</source>
        <translation>アクセスポイントでまとめる(&amp;G)</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>Mi&amp;nimum signal:</source>
        <translation>最小信号(&amp;N):</translation>
    </message>
    <message>
        <source>Search networks, vendors, security</source>
        <translation>ネットワーク・ベンダー・セキュリティを検索</translation>
    </message>
    <message>
        <source>SSID or BSSID regular expression</source>
        <translation>SSID または BSSID の正規表現</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>すべてのバンド</translation>
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
        <translation>すべてのセキュリティ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>WEP or WPA</source>
        <translation>WEP または WPA</translation>
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
        <translation>エンタープライズ</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Keep the networks of one physical access point together, strongest first</source>
        <translation>物理的に同じアクセスポイントのネットワークをまとめ、強い順に並べます</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>表示する列を選びます</translation>
    </message>
    <message>
        <source>Not a valid regular expression</source>
        <translation>正しい正規表現ではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n 個のネットワーク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n network(s) shown</source>
        <translation>
            <numerusform>%n 個中 %1 個のネットワークを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>No networks heard yet. Scanning needs a station interface that is up.</source>
        <translation>まだネットワークを検出していません。スキャンには起動中のステーションのインターフェースが必要です。</translation>
    </message>
    <message>
        <source>No network matches the filters.</source>
        <translation>フィルターに合うネットワークはありません。</translation>
    </message>
    <message>
        <source>Select a network to see its elements.</source>
        <translation>ネットワークを選ぶと、その要素が表示されます。</translation>
    </message>
    <message>
        <source>Reading the elements of %1…</source>
        <translation>%1 の要素を読み込んでいます…</translation>
    </message>
    <message>
        <source>Save the table as shown (filtered, sorted, the visible columns) as CSV or JSON</source>
        <translation>表示どおりの表 (フィルター、並べ替え、表示中の列) を CSV または JSON で保存します</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>表を CSV で保存…</translation>
    </message>
    <message>
        <source>Table as JSON…</source>
        <translation>表を JSON で保存…</translation>
    </message>
</context>
<context>
    <name>Airpane::SentFrameModel</name>
    <message>
        <source>Waiting for the radio</source>
        <translation>無線機を待っています</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認応答あり</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>確認応答なし</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>The receiver did not acknowledge the frame: it may have left the channel, or not heard it.</source>
        <translation>受信側がフレームに確認応答を返しませんでした。チャンネルを離れたか、フレームを受信できなかった可能性があります。</translation>
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
        <translation>送信時刻</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>TX status after</source>
        <translation>TX ステータスまで</translation>
    </message>
</context>
<context>
    <name>Airpane::SignalChart</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>信号 (dBm)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1、接続中</translation>
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
        <translation>信号</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Freeze the chart and the waterfall; the history keeps filling meanwhile</source>
        <translation>グラフとウォーターフォールを止めます。その間も履歴は記録され続けます</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>直近 1 分</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>直近 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>How much of the past the chart and the waterfall show</source>
        <translation>グラフとウォーターフォールに表示する期間</translation>
    </message>
    <message>
        <source>Signal chart</source>
        <translation>信号グラフ</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>ウォーターフォール</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
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
        <translation>空き</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Channel occupancy over time</source>
        <translation>チャンネル占有の推移</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>%1 networks selected; the chart follows the first %2.</source>
        <translation>%1 個のネットワークを選択中。グラフは最初の %2 個を追跡します。</translation>
    </message>
    <message numerus="yes">
        <source>Following %n selected network(s).</source>
        <translation>
            <numerusform>選択した %n 個のネットワークを追跡しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Busy time from the radio&apos;s survey on %n channel(s); striped channels are estimated from the networks heard.</source>
        <translation>
            <numerusform>%n 個のチャンネルの使用中時間は無線機の測定によるものです。縞模様のチャンネルは受信したネットワークからの推定です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the networks heard and their load (striped): no survey measured this band yet.</source>
        <translation>受信したネットワークとその負荷からの推定です (縞模様)。このバンドはまだ測定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) with history</source>
        <translation>
            <numerusform>履歴のあるネットワーク %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source>Showing the connected network and the strongest access points. Select networks below (up to %1) to follow them instead.</source>
        <translation>接続中のネットワークと最も強いアクセスポイントを表示しています。代わりに追跡するには、下でネットワークを選んでください (最大 %1 個)。</translation>
    </message>
</context>
<context>
    <name>Airpane::StationDetailsModel</name>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>The newest standard of the rates it uses with this interface now.</source>
        <translation>このインターフェースと現在使っているレートの最も新しい規格。</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Of the last frame received.</source>
        <translation>最後に受信したフレームの値。</translation>
    </message>
    <message>
        <source>Per antenna</source>
        <translation>アンテナごと</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Average per antenna</source>
        <translation>アンテナごとの平均</translation>
    </message>
    <message>
        <source>Beacons</source>
        <translation>ビーコン</translation>
    </message>
    <message>
        <source>The average signal of the access point&apos;s beacons.</source>
        <translation>アクセスポイントのビーコンの平均信号。</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>最後の確認応答</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>確認応答</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Expected throughput</source>
        <translation>期待スループット</translation>
    </message>
    <message>
        <source>What the driver&apos;s rate control expects this link to carry.</source>
        <translation>ドライバーのレート制御がこのリンクに期待する転送量。</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Transmit retries</source>
        <translation>送信の再試行</translation>
    </message>
    <message>
        <source>Transmit failures</source>
        <translation>送信失敗</translation>
    </message>
    <message>
        <source>Frames given up after every retry.</source>
        <translation>すべての再試行の後にあきらめたフレーム。</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>失われたビーコン</translation>
    </message>
    <message>
        <source>Times the access point&apos;s beacons stopped coming.</source>
        <translation>アクセスポイントのビーコンが途絶えた回数。</translation>
    </message>
    <message>
        <source>Beacons received</source>
        <translation>受信したビーコン</translation>
    </message>
    <message>
        <source>Received and dropped</source>
        <translation>受信後に破棄</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>受信パケット</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Packets sent</source>
        <translation>送信パケット</translation>
    </message>
    <message>
        <source>Receive airtime</source>
        <translation>受信の通信時間</translation>
    </message>
    <message>
        <source>Transmit airtime</source>
        <translation>送信の通信時間</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>接続時間</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>非アクティブ時間</translation>
    </message>
    <message>
        <source>Since the last frame to or from it.</source>
        <translation>最後に送受信したフレームからの時間。</translation>
    </message>
    <message>
        <source>Associated at</source>
        <translation>関連付けの時刻</translation>
    </message>
    <message>
        <source>Timing offset</source>
        <translation>タイミングオフセット</translation>
    </message>
    <message>
        <source>Between its timer (TSF) and this radio&apos;s.</source>
        <translation>相手のタイマー (TSF) とこの無線機のタイマーの差。</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>認可済み</translation>
    </message>
    <message>
        <source>Its keys are in place: data flows (802.1X or the 4-way handshake done).</source>
        <translation>鍵が設定済みでデータが流れます (802.1X または 4-way ハンドシェイク完了)。</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>認証済み</translation>
    </message>
    <message>
        <source>Associated</source>
        <translation>関連付け済み</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>プリアンブル</translation>
    </message>
    <message>
        <source>short</source>
        <translation>ショート</translation>
    </message>
    <message>
        <source>long</source>
        <translation>ロング</translation>
    </message>
    <message>
        <source>WMM</source>
        <translation>WMM</translation>
    </message>
    <message>
        <source>QoS: traffic goes in four access categories.</source>
        <translation>QoS: トラフィックを 4 つのアクセスカテゴリーで送ります。</translation>
    </message>
    <message>
        <source>Protected management frames</source>
        <translation>保護された管理フレーム</translation>
    </message>
    <message>
        <source>TDLS peer</source>
        <translation>TDLS ピア</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>DTIM period</source>
        <translation>DTIM 周期</translation>
    </message>
    <message numerus="yes">
        <source>%n beacon(s)</source>
        <translation>
            <numerusform>%n ビーコン</numerusform>
        </translation>
    </message>
    <message>
        <source>Beacon interval</source>
        <translation>ビーコン間隔</translation>
    </message>
    <message>
        <source>%1 TU</source>
        <translation>%1 TU</translation>
    </message>
    <message>
        <source>CTS protection</source>
        <translation>CTS 保護</translation>
    </message>
    <message>
        <source>Short preamble</source>
        <translation>ショートプリアンブル</translation>
    </message>
    <message>
        <source>Short slot time</source>
        <translation>ショートスロットタイム</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Airpane::StationModel</name>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Transmit rate</source>
        <translation>送信レート</translation>
    </message>
    <message>
        <source>Receive rate</source>
        <translation>受信レート</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続時間</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Packets in</source>
        <translation>受信パケット</translation>
    </message>
    <message>
        <source>Packets out</source>
        <translation>送信パケット</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Airpane::StationsPage</name>
    <message>
        <source>Link and clients</source>
        <translation>リンクとクライアント</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>The connected interface whose link to follow, or the access point whose clients to show</source>
        <translation>リンクを追う接続中のインターフェース、またはクライアントを表示するアクセスポイント</translation>
    </message>
    <message>
        <source>How often the helper reads the driver&apos;s counters (never a scan)</source>
        <translation>ヘルパーがドライバーのカウンターを読む頻度 (スキャンはしません)</translation>
    </message>
    <message>
        <source>10 updates a second</source>
        <translation>毎秒 10 回更新</translation>
    </message>
    <message>
        <source>4 updates a second</source>
        <translation>毎秒 4 回更新</translation>
    </message>
    <message>
        <source>1 update a second</source>
        <translation>毎秒 1 回更新</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>5 秒ごと</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <source>How much of the past the chart shows</source>
        <translation>グラフに表示する過去の範囲</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>直近 1 分</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>直近 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Freeze what is shown; the history keeps filling meanwhile</source>
        <translation>表示を止めます。履歴はその間も記録されます</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>リンクのグラフ</translation>
    </message>
    <message>
        <source>No clients yet: stations that join appear here at once.</source>
        <translation>まだクライアントはいません。接続したステーションはすぐにここに表示されます。</translation>
    </message>
    <message>
        <source>Waiting for the first values…</source>
        <translation>最初の値を待っています…</translation>
    </message>
    <message>
        <source>The driver reports no counters per traffic identifier.</source>
        <translation>ドライバーはトラフィック識別子ごとのカウンターを報告しません。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Per traffic identifier</source>
        <translation>トラフィック識別子ごと</translation>
    </message>
    <message>
        <source>No connected station interface and no access point on this machine. Connect to a network, or create an access point on the Radios page, to follow its link or see its clients here.</source>
        <translation>このマシンには接続中のステーションインターフェースもアクセスポイントもありません。ネットワークに接続するか、「無線機」ページでアクセスポイントを作成すると、ここでリンクを追ったりクライアントを見たりできます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>%1 · connected to “%2”</source>
        <translation>%1 · 「%2」に接続中</translation>
    </message>
    <message>
        <source>%1 · access point, not running</source>
        <translation>%1 · アクセスポイント、停止中</translation>
    </message>
    <message>
        <source>%1 · P2P group “%2”</source>
        <translation>%1 · P2P グループ「%2」</translation>
    </message>
    <message>
        <source>%1 · access point “%2”</source>
        <translation>%1 · アクセスポイント「%2」</translation>
    </message>
    <message>
        <source> · %1 updates a second</source>
        <translation> · 毎秒 %1 回更新</translation>
    </message>
    <message>
        <source> · every %1 s</source>
        <translation> · %1 秒ごと</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>追う対象なし</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on %1</source>
        <translation>
            <numerusform>%1 のクライアント %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected to %2</source>
        <translation>%1 は %2 に接続中</translation>
    </message>
    <message>
        <source>%1, waiting</source>
        <translation>%1、待機中</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Retries / failed</source>
        <translation>再試行 / 失敗</translation>
    </message>
    <message>
        <source>Beacons lost</source>
        <translation>失われたビーコン</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Transmit: %1</source>
        <translation>送信: %1</translation>
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
        <translation>アクセスカテゴリー</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Queued bytes</source>
        <translation>キュー内のバイト</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー内</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>ECN marks</source>
        <translation>ECN マーク</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>Collisions</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Queue sent bytes</source>
        <translation>キューから送信したバイト</translation>
    </message>
    <message>
        <source>Queue sent</source>
        <translation>キューから送信</translation>
    </message>
</context>
<context>
    <name>Airpane::Waterfall</name>
    <message>
        <source>Channel occupancy appears here as scans come in.</source>
        <translation>スキャン結果が届くと、ここにチャンネル占有が表示されます。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
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
        <translation>ピアを探索</translation>
    </message>
    <message>
        <source>Listen Only</source>
        <translation>待ち受けのみ</translation>
    </message>
    <message>
        <source>P2P devices</source>
        <translation>P2P デバイス</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Select a radio to see whether it can do Wi-Fi Direct, and why.</source>
        <translation>無線機を選ぶと、Wi-Fi Direct が使えるかどうかとその理由を表示します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wi-Fi Direct available on %1 of %n radio(s)</source>
        <translation>
            <numerusform>%n 台中 %1 台で Wi-Fi Direct を利用可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n P2P device(s) run by other programs</source>
        <translation>
            <numerusform>他のプログラムが動かす P2P デバイス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a peer to see what it told about itself.</source>
        <translation>ピアを選択すると、そのピアが自身について伝えた内容を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>Search for Wi-Fi Direct devices for %n minute(s), and be found by them</source>
        <translation>
            <numerusform>%n 分間 Wi-Fi Direct デバイスを検索し、相手からも見つけられるようにします</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Be discoverable for %n minute(s) without searching</source>
        <translation>
            <numerusform>検索せずに %n 分間見つけられる状態にします</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop searching or listening</source>
        <translation>検索または待ち受けを停止</translation>
    </message>
    <message>
        <source>searching on %1</source>
        <translation>%1 で検索中</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>P2P device ready on %1</source>
        <translation>%1 の P2P デバイス準備完了</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>ピア %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Peers appear here once the Airpane helper is connected.</source>
        <translation>Airpane ヘルパーに接続すると、ここにピアが表示されます。</translation>
    </message>
    <message>
        <source>Searching… Wi-Fi Direct devices nearby appear here as they answer.</source>
        <translation>検索中… 近くの Wi-Fi Direct デバイスが応答するとここに表示されます。</translation>
    </message>
    <message>
        <source>Listening… devices that search find this one; those that answer appear here.</source>
        <translation>待ち受け中… 検索中のデバイスがこのデバイスを見つけ、応答したものがここに表示されます。</translation>
    </message>
    <message>
        <source>Wi-Fi Direct cannot run on the radio selected above: the diagnosis says why. Select a radio where it is available to discover peers.</source>
        <translation>上で選択した無線機では Wi-Fi Direct を使えません。理由は診断に表示されています。ピアを探すには使える無線機を選択してください。</translation>
    </message>
    <message>
        <source>No peers yet. Discover Peers searches for Wi-Fi Direct devices nearby: phones, TVs, printers and displays.</source>
        <translation>まだピアはありません。「ピアを検出」で近くの Wi-Fi Direct デバイス (電話、テレビ、プリンター、ディスプレイ) を検索します。</translation>
    </message>
    <message>
        <source>Wi-Fi Direct: %1</source>
        <translation>Wi-Fi Direct: %1</translation>
    </message>
    <message>
        <source>Frames Airpane&apos;s P2P device sends, such as its answers to searching devices, appear here with whether the receiver acknowledged them.</source>
        <translation>Airpane の P2P デバイスが送信したフレーム (検索中のデバイスへの応答など) が、受信側の確認応答の有無とともにここに表示されます。</translation>
    </message>
    <message>
        <source>Frames sent</source>
        <translation>送信したフレーム</translation>
    </message>
    <message numerus="yes">
        <source>Frames sent: %1 of %n acknowledged</source>
        <translation>
            <numerusform>送信したフレーム: %n 個中 %1 個に確認応答あり</numerusform>
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
        <translation>レガシーレート · %1</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>The rates of 802.11a/b/g, which every device understands; beacons and management frames use them.</source>
        <translation>どの機器も理解する 802.11a/b/g のレート。ビーコンや管理フレームで使われます。</translation>
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
        <translation>インターフェースの種類 (%1)</translation>
    </message>
    <message>
        <source>Added in software, any number</source>
        <translation>ソフトウェアで追加、個数制限なし</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Ciphers (%1)</source>
        <translation>暗号方式 (%1)</translation>
    </message>
    <message>
        <source>Supported commands (%1)</source>
        <translation>対応コマンド (%1)</translation>
    </message>
    <message>
        <source>Extended features (%1)</source>
        <translation>拡張機能 (%1)</translation>
    </message>
    <message>
        <source>Feature flags (%1)</source>
        <translation>機能フラグ (%1)</translation>
    </message>
    <message>
        <source>Capability flags (%1)</source>
        <translation>能力フラグ (%1)</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>SSIDs per scan</source>
        <translation>スキャンあたりの SSID 数</translation>
    </message>
    <message>
        <source>How many hidden networks one scan can look for by name.</source>
        <translation>1 回のスキャンで名前を指定して探せる非公開ネットワークの数。</translation>
    </message>
    <message>
        <source>Remain on channel</source>
        <translation>チャンネル滞在</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The longest it listens on another channel, as Wi-Fi Direct discovery does.</source>
        <translation>Wi-Fi Direct の探索のように、別のチャンネルで待ち受けられる最長時間。</translation>
    </message>
    <message>
        <source>Antennas</source>
        <translation>アンテナ</translation>
    </message>
    <message>
        <source>%1 transmit, %2 receive</source>
        <translation>送信 %1、受信 %2</translation>
    </message>
    <message>
        <source>The antennas the driver lets you choose from.</source>
        <translation>ドライバーで選択できるアンテナ。</translation>
    </message>
    <message>
        <source>Stations per access point</source>
        <translation>アクセスポイントあたりのステーション数</translation>
    </message>
    <message>
        <source>How many clients an access point on this radio can serve.</source>
        <translation>この無線機のアクセスポイントが収容できるクライアント数。</translation>
    </message>
</context>
<context>
    <name>ChannelRecommender</name>
    <message>
        <source>No-IR: the regulatory domain forbids starting an AP here</source>
        <translation>No-IR: 規制ドメインによりここでは AP を開始できません</translation>
    </message>
    <message>
        <source>Indoor only</source>
        <translation>屋内のみ</translation>
    </message>
    <message>
        <source>DFS: radar was detected here; unavailable for now</source>
        <translation>DFS: ここでレーダーが検出されました。当面は使えません</translation>
    </message>
    <message>
        <source>DFS: left out unless DFS channels are allowed</source>
        <translation>DFS: DFS チャンネルを許可しない限り除外します</translation>
    </message>
    <message>
        <source>DFS: radar detection may move the AP</source>
        <translation>DFS: レーダーを検出すると AP が移動することがあります</translation>
    </message>
    <message numerus="yes">
        <source>DFS: the AP listens for radar for %n second(s) before it starts</source>
        <translation>
            <numerusform>DFS: AP は開始前に %n 秒間レーダーを監視します</numerusform>
        </translation>
    </message>
    <message>
        <source>The regulatory domain forbids %1 MHz here</source>
        <translation>規制ドメインによりここでは %1 MHz を使えません</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping network(s)</source>
        <translation>
            <numerusform>重なるネットワーク %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlapping network</source>
        <translation>重なるネットワークなし</translation>
    </message>
    <message numerus="yes">
        <source>%n of them only partly, which interferes more than sharing the channel</source>
        <translation>
            <numerusform>うち %n 個は一部だけ重なっており、チャンネルを共有するより干渉が大きくなります</numerusform>
        </translation>
    </message>
    <message>
        <source>Strongest: %1 dBm, %2</source>
        <translation>最も強いもの: %1 dBm、%2</translation>
    </message>
    <message>
        <source>Busy %1% of the time</source>
        <translation>%1% の時間が使用中</translation>
    </message>
    <message>
        <source>Left out: your own AP %1</source>
        <translation>除外: 自分の AP %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>チャンネル %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>チャンネル %1</translation>
    </message>
    <message>
        <source>The radio has no %1 channel that can be %2 MHz wide.</source>
        <translation>この無線機には、幅 %2 MHz にできる %1 のチャンネルがありません。</translation>
    </message>
    <message>
        <source>No %1 channel allows starting an AP at %2 MHz; the list says why.</source>
        <translation>%2 MHz で AP を開始できる %1 のチャンネルはありません。理由は一覧を参照してください。</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band besides your own</source>
        <translation>%1: このバンドでは自分のもの以外のネットワークを受信していません</translation>
    </message>
    <message>
        <source>%1: no networks heard in this band</source>
        <translation>%1: このバンドではネットワークを受信していません</translation>
    </message>
    <message>
        <source>%1: no network overlaps it</source>
        <translation>%1: 重なるネットワークはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it</source>
        <translation>
            <numerusform>%1: %n 個のネットワークが重なっています</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 1 weak network overlaps it (%2 dBm)</source>
        <translation>%1: 弱いネットワークが 1 個重なっています (%2 dBm)</translation>
    </message>
    <message>
        <source>%1: 1 network overlaps it (%2 dBm)</source>
        <translation>%1: ネットワークが 1 個重なっています (%2 dBm)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, all weak (%2 dBm at most)</source>
        <translation>
            <numerusform>%1: %n 個のネットワークが重なっていますが、すべて弱いものです (最大 %2 dBm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n network(s) overlap it, the strongest at %2 dBm</source>
        <translation>
            <numerusform>%1: %n 個のネットワークが重なっており、最も強いものは %2 dBm です</numerusform>
        </translation>
    </message>
    <message>
        <source>busy %1% of the time</source>
        <translation>%1% の時間が使用中です</translation>
    </message>
    <message>
        <source>radar detection may move the AP</source>
        <translation>レーダーを検出すると AP が移動することがあります</translation>
    </message>
    <message>
        <source>it stays, as %1 is only slightly better</source>
        <translation>%1 のほうがわずかに良いだけなので、このまま維持します</translation>
    </message>
    <message numerus="yes">
        <source>the next best, %1, has %n</source>
        <translation>
            <numerusform>次点の %1 では %n 個です</numerusform>
        </translation>
    </message>
    <message>
        <source>the next best is %1</source>
        <translation>次点は %1 です</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins the clauses of a summary</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>ends a summary</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 を書き込めません: %2。</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>Exported from Airpane</source>
        <translation>Airpane からエクスポート</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>%1 as PNG…</source>
        <translation>%1 を PNG で保存…</translation>
    </message>
    <message>
        <source>%1 as SVG…</source>
        <translation>%1 を SVG で保存…</translation>
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
        <translation>40 ビット鍵の WEP: 破られており、非常に古いネットワーク専用です。</translation>
    </message>
    <message>
        <source>WEP with a 104-bit key: broken, only for very old networks.</source>
        <translation>104 ビット鍵の WEP: 破られており、非常に古いネットワーク専用です。</translation>
    </message>
    <message>
        <source>WPA&apos;s original cipher: deprecated, slow, limits the rate to 54 Mbit/s.</source>
        <translation>WPA 本来の暗号方式: 非推奨で遅く、速度が 54 Mbit/s に制限されます。</translation>
    </message>
    <message>
        <source>AES in counter mode: the cipher of WPA2 and WPA3 networks.</source>
        <translation>カウンターモードの AES: WPA2 と WPA3 ネットワークの暗号方式。</translation>
    </message>
    <message>
        <source>AES-CCMP with a 256-bit key.</source>
        <translation>256 ビット鍵の AES-CCMP。</translation>
    </message>
    <message>
        <source>AES in Galois/counter mode: used by Wi-Fi 7 and 60 GHz networks.</source>
        <translation>ガロア/カウンターモードの AES: Wi-Fi 7 と 60 GHz のネットワークで使われます。</translation>
    </message>
    <message>
        <source>AES-GCMP with a 256-bit key: WPA3-Enterprise 192-bit mode.</source>
        <translation>256 ビット鍵の AES-GCMP: WPA3-Enterprise の 192 ビットモード。</translation>
    </message>
    <message>
        <source>Integrity for management frames (protected management frames, 802.11w).</source>
        <translation>管理フレームの完全性 (保護された管理フレーム、802.11w)。</translation>
    </message>
    <message>
        <source>Management frame integrity with a 256-bit key.</source>
        <translation>256 ビット鍵による管理フレームの完全性。</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC.</source>
        <translation>AES-GMAC による管理フレームの完全性。</translation>
    </message>
    <message>
        <source>Management frame integrity with AES-GMAC and a 256-bit key.</source>
        <translation>AES-GMAC と 256 ビット鍵による管理フレームの完全性。</translation>
    </message>
    <message>
        <source>The WAPI cipher, used in China.</source>
        <translation>中国で使われる WAPI の暗号方式。</translation>
    </message>
    <message>
        <source>Create interfaces.</source>
        <translation>インターフェースを作成します。</translation>
    </message>
    <message>
        <source>Change an interface&apos;s type and settings.</source>
        <translation>インターフェースの種類と設定を変更します。</translation>
    </message>
    <message>
        <source>Delete interfaces.</source>
        <translation>インターフェースを削除します。</translation>
    </message>
    <message>
        <source>Install encryption keys.</source>
        <translation>暗号鍵を設定します。</translation>
    </message>
    <message>
        <source>Run an access point.</source>
        <translation>アクセスポイントを動かします。</translation>
    </message>
    <message>
        <source>Add stations to an access point.</source>
        <translation>アクセスポイントにステーションを追加します。</translation>
    </message>
    <message>
        <source>Add mesh paths.</source>
        <translation>メッシュ経路を追加します。</translation>
    </message>
    <message>
        <source>Configure a mesh network.</source>
        <translation>メッシュネットワークを設定します。</translation>
    </message>
    <message>
        <source>Change an access point&apos;s settings.</source>
        <translation>アクセスポイントの設定を変更します。</translation>
    </message>
    <message>
        <source>Authenticate with an access point (userspace SME).</source>
        <translation>アクセスポイントと認証します (ユーザー空間の SME)。</translation>
    </message>
    <message>
        <source>Associate with an access point (userspace SME).</source>
        <translation>アクセスポイントとアソシエーションします (ユーザー空間の SME)。</translation>
    </message>
    <message>
        <source>End an authentication.</source>
        <translation>認証を終了します。</translation>
    </message>
    <message>
        <source>End an association.</source>
        <translation>アソシエーションを終了します。</translation>
    </message>
    <message>
        <source>Join or start an ad-hoc network.</source>
        <translation>アドホックネットワークに参加、または開始します。</translation>
    </message>
    <message>
        <source>Join a mesh network.</source>
        <translation>メッシュネットワークに参加します。</translation>
    </message>
    <message>
        <source>Stay on another channel for a while: Wi-Fi Direct discovery and off-channel frames.</source>
        <translation>しばらく別のチャンネルに留まります: Wi-Fi Direct の探索やチャンネル外のフレーム。</translation>
    </message>
    <message>
        <source>Limit the transmit rates.</source>
        <translation>送信レートを制限します。</translation>
    </message>
    <message>
        <source>Send management frames: Wi-Fi Direct negotiation, ANQP, ...</source>
        <translation>管理フレームを送信します: Wi-Fi Direct のネゴシエーション、ANQP など。</translation>
    </message>
    <message>
        <source>Stop waiting for the answer to a sent frame.</source>
        <translation>送信したフレームへの応答待ちをやめます。</translation>
    </message>
    <message>
        <source>Move the radio into another network namespace.</source>
        <translation>無線機を別のネットワーク名前空間に移します。</translation>
    </message>
    <message>
        <source>Set the channel of monitor and other interfaces.</source>
        <translation>モニターなどのインターフェースのチャンネルを設定します。</translation>
    </message>
    <message>
        <source>Send TDLS frames: direct links between stations.</source>
        <translation>TDLS フレームを送信します: ステーション間の直接リンク。</translation>
    </message>
    <message>
        <source>Set up and tear down TDLS links.</source>
        <translation>TDLS リンクを確立、解除します。</translation>
    </message>
    <message>
        <source>Check that a station is still there.</source>
        <translation>ステーションがまだいるか確認します。</translation>
    </message>
    <message>
        <source>Send without acknowledgements per traffic class.</source>
        <translation>トラフィッククラスごとに確認応答なしで送信します。</translation>
    </message>
    <message>
        <source>Receive the beacons of other networks.</source>
        <translation>他のネットワークのビーコンを受信します。</translation>
    </message>
    <message>
        <source>Run a dedicated P2P device for Wi-Fi Direct.</source>
        <translation>Wi-Fi Direct 専用の P2P デバイスを動かします。</translation>
    </message>
    <message>
        <source>Set the multicast rate of ad-hoc and mesh networks.</source>
        <translation>アドホックとメッシュのマルチキャストレートを設定します。</translation>
    </message>
    <message>
        <source>Connect to a network in one step (driver SME).</source>
        <translation>1 ステップでネットワークに接続します (ドライバーの SME)。</translation>
    </message>
    <message>
        <source>Disconnect from a network.</source>
        <translation>ネットワークから切断します。</translation>
    </message>
    <message>
        <source>Move a running network to another channel, with notice.</source>
        <translation>動作中のネットワークを予告付きで別チャンネルに移します。</translation>
    </message>
    <message>
        <source>Map IP priorities to Wi-Fi traffic classes.</source>
        <translation>IP の優先度を Wi-Fi のトラフィッククラスに対応付けます。</translation>
    </message>
    <message>
        <source>Send multicast as unicast to each station.</source>
        <translation>マルチキャストを各ステーションへのユニキャストとして送ります。</translation>
    </message>
    <message>
        <source>Scan for networks.</source>
        <translation>ネットワークをスキャンします。</translation>
    </message>
    <message>
        <source>Scan in the background on a schedule.</source>
        <translation>スケジュールに従いバックグラウンドでスキャンします。</translation>
    </message>
    <message>
        <source>Run neighbour awareness networking.</source>
        <translation>NAN (近隣認識ネットワーク) を動かします。</translation>
    </message>
    <message>
        <source>Measure the distance to peers (fine timing).</source>
        <translation>ピアまでの距離を測ります (ファインタイミング)。</translation>
    </message>
    <message>
        <source>Opportunistic wireless encryption in the driver.</source>
        <translation>ドライバー内の日和見的ワイヤレス暗号化 (OWE)。</translation>
    </message>
    <message>
        <source>SAE (WPA3) authentication in userspace.</source>
        <translation>ユーザー空間での SAE (WPA3) 認証。</translation>
    </message>
    <message>
        <source>Hand the pairwise master key to the driver.</source>
        <translation>ペアワイズマスターキーをドライバーに渡します。</translation>
    </message>
    <message>
        <source>Protect a critical exchange such as DHCP.</source>
        <translation>DHCP のような重要なやり取りを保護します。</translation>
    </message>
    <message>
        <source>VHT rates in ad-hoc networks.</source>
        <translation>アドホックネットワークでの VHT レート。</translation>
    </message>
    <message>
        <source>Radio resource measurement (802.11k): neighbour reports, beacon reports.</source>
        <translation>無線リソース測定 (802.11k): 近隣レポート、ビーコンレポート。</translation>
    </message>
    <message>
        <source>An access point&apos;s beacons at a chosen legacy rate.</source>
        <translation>アクセスポイントのビーコンを選んだレガシーレートで送ります。</translation>
    </message>
    <message>
        <source>Fast initial link setup as a station.</source>
        <translation>ステーションとしての高速初期リンク設定 (FILS)。</translation>
    </message>
    <message>
        <source>Signal strength alerts at several thresholds.</source>
        <translation>複数のしきい値での信号強度通知。</translation>
    </message>
    <message>
        <source>EAPOL frames travel over nl80211 instead of the network device.</source>
        <translation>EAPOL フレームをネットワークデバイスではなく nl80211 経由でやり取りします。</translation>
    </message>
    <message>
        <source>Fair transmit queues per station (fewer latency spikes).</source>
        <translation>ステーションごとの公平な送信キュー (遅延の急増が減ります)。</translation>
    </message>
    <message>
        <source>Random sequence numbers in probe requests: more privacy.</source>
        <translation>プローブ要求のシーケンス番号をランダムにします: プライバシー向上。</translation>
    </message>
    <message>
        <source>Minimal probe requests: less to fingerprint.</source>
        <translation>最小限のプローブ要求: 識別されにくくなります。</translation>
    </message>
    <message>
        <source>Replaces the unicast key safely while connected.</source>
        <translation>接続中にユニキャスト鍵を安全に交換します。</translation>
    </message>
    <message>
        <source>Answers fine timing measurements as an access point.</source>
        <translation>アクセスポイントとしてファインタイミング測定に応答します。</translation>
    </message>
    <message>
        <source>Extended key IDs: rekeying without a gap.</source>
        <translation>拡張キー ID: 途切れない鍵の更新。</translation>
    </message>
    <message>
        <source>Protected beacons: forged beacons are detected.</source>
        <translation>保護されたビーコン: 偽造ビーコンを検出します。</translation>
    </message>
    <message>
        <source>Keeps pre-authentication frames off the control port.</source>
        <translation>事前認証フレームを制御ポートに通しません。</translation>
    </message>
    <message>
        <source>Removes ad-hoc peers on request.</source>
        <translation>要求に応じてアドホックのピアを削除します。</translation>
    </message>
    <message>
        <source>Several programs can receive the same frame types.</source>
        <translation>複数のプログラムが同じ種類のフレームを受信できます。</translation>
    </message>
    <message>
        <source>Scans frequencies given in kHz (Sub-1 GHz).</source>
        <translation>kHz 単位で指定した周波数をスキャンします (1 GHz 未満)。</translation>
    </message>
    <message>
        <source>Reports whether EAPOL frames were delivered.</source>
        <translation>EAPOL フレームが届いたかを報告します。</translation>
    </message>
    <message>
        <source>BSS colouring (Wi-Fi 6): ignores overlapping networks sooner.</source>
        <translation>BSS カラーリング (Wi-Fi 6): 重なるネットワークを早めに無視します。</translation>
    </message>
    <message>
        <source>Changes its MAC address while the interface is up.</source>
        <translation>インターフェース稼働中に MAC アドレスを変更できます。</translation>
    </message>
    <message>
        <source>Uses radar channels next to another link that checked them.</source>
        <translation>確認済みの別リンクと並んでレーダーチャンネルを使います。</translation>
    </message>
    <message>
        <source>Signalling and payload protected A-MSDUs.</source>
        <translation>シグナリングとペイロードが保護された A-MSDU。</translation>
    </message>
    <message>
        <source>The driver runs WPA3&apos;s SAE handshake itself.</source>
        <translation>ドライバーが WPA3 の SAE ハンドシェイクを自ら行います。</translation>
    </message>
    <message>
        <source>The driver runs the WPA handshake itself.</source>
        <translation>ドライバーが WPA ハンドシェイクを自ら行います。</translation>
    </message>
    <message>
        <source>Checks the channel against spoofing attacks.</source>
        <translation>なりすまし攻撃に対してチャンネルを検証します。</translation>
    </message>
    <message>
        <source>Reports the signal strength of acknowledgements.</source>
        <translation>確認応答の信号強度を報告します。</translation>
    </message>
    <message>
        <source>Shares airtime fairly between stations.</source>
        <translation>ステーション間で通信時間を公平に分けます。</translation>
    </message>
    <message>
        <source>Protected management frames may be optional.</source>
        <translation>保護された管理フレームを任意にできます。</translation>
    </message>
    <message>
        <source>Quick scans over few channels.</source>
        <translation>少数チャンネルの高速スキャン。</translation>
    </message>
    <message>
        <source>Scans that save power.</source>
        <translation>省電力スキャン。</translation>
    </message>
    <message>
        <source>Scans that find more networks.</source>
        <translation>より多くのネットワークを見つけるスキャン。</translation>
    </message>
    <message>
        <source>Scans with a chosen time per channel.</source>
        <translation>チャンネルごとの時間を指定したスキャン。</translation>
    </message>
    <message>
        <source>FILS discovery frames from an access point (6 GHz).</source>
        <translation>アクセスポイントからの FILS 探索フレーム (6 GHz)。</translation>
    </message>
    <message>
        <source>Unsolicited probe responses from an access point (6 GHz).</source>
        <translation>アクセスポイントからの要求なしのプローブ応答 (6 GHz)。</translation>
    </message>
    <message>
        <source>Reports whether each sent frame was acknowledged.</source>
        <translation>送信した各フレームに確認応答があったかを報告します。</translation>
    </message>
    <message>
        <source>HT rates in ad-hoc networks.</source>
        <translation>アドホックネットワークでの HT レート。</translation>
    </message>
    <message>
        <source>WPA3 personal (SAE) with the authentication in userspace.</source>
        <translation>ユーザー空間で認証する WPA3 パーソナル (SAE)。</translation>
    </message>
    <message>
        <source>Scans that yield to traffic.</source>
        <translation>通信を優先するスキャン。</translation>
    </message>
    <message>
        <source>Drops old scan results when a scan starts.</source>
        <translation>スキャン開始時に古い結果を破棄します。</translation>
    </message>
    <message>
        <source>Scans while running an access point.</source>
        <translation>アクセスポイント動作中にスキャンします。</translation>
    </message>
    <message>
        <source>Transmit power per interface.</source>
        <translation>インターフェースごとの送信出力。</translation>
    </message>
    <message>
        <source>Announces its channel limits to peers.</source>
        <translation>チャンネルの制限をピアに通知します。</translation>
    </message>
    <message>
        <source>Keeps the full state of an access point&apos;s clients.</source>
        <translation>アクセスポイントのクライアントの状態をすべて保持します。</translation>
    </message>
    <message>
        <source>Mesh peering in userspace.</source>
        <translation>ユーザー空間でのメッシュピアリング。</translation>
    </message>
    <message>
        <source>Monitor interfaces that acknowledge frames.</source>
        <translation>フレームに確認応答を返すモニターインターフェース。</translation>
    </message>
    <message>
        <source>Changes an access point&apos;s channel width while running.</source>
        <translation>動作中のアクセスポイントのチャンネル幅を変更します。</translation>
    </message>
    <message>
        <source>Static spatial-multiplexing power save.</source>
        <translation>静的な空間多重省電力。</translation>
    </message>
    <message>
        <source>Dynamic spatial-multiplexing power save.</source>
        <translation>動的な空間多重省電力。</translation>
    </message>
    <message>
        <source>Interfaces get their MAC address when they are created.</source>
        <translation>インターフェースは作成時に MAC アドレスを受け取ります。</translation>
    </message>
    <message>
        <source>Scans with a random MAC address: more privacy.</source>
        <translation>ランダムな MAC アドレスでスキャンします: プライバシー向上。</translation>
    </message>
    <message>
        <source>Background scans with a random MAC address.</source>
        <translation>ランダムな MAC アドレスでのバックグラウンドスキャン。</translation>
    </message>
    <message>
        <source>Net-detect scans with a random MAC address.</source>
        <translation>ランダムな MAC アドレスでの net-detect スキャン。</translation>
    </message>
    <message>
        <source>TDLS links can move to another channel.</source>
        <translation>TDLS リンクを別のチャンネルに移せます。</translation>
    </message>
    <message>
        <source>Honours quiet periods that access points announce.</source>
        <translation>アクセスポイントが通知する静止期間を守ります。</translation>
    </message>
    <message>
        <source>Inserts its transmit power into frames.</source>
        <translation>送信出力をフレームに書き込みます。</translation>
    </message>
    <message>
        <source>Transmit power information in probe responses.</source>
        <translation>プローブ応答に送信出力の情報を含めます。</translation>
    </message>
    <message>
        <source>Channel information in probe requests.</source>
        <translation>プローブ要求にチャンネル情報を含めます。</translation>
    </message>
    <message>
        <source>The driver drops inactive stations itself.</source>
        <translation>ドライバーが非アクティブなステーションを自ら切り離します。</translation>
    </message>
    <message>
        <source>Takes the country from the mobile network.</source>
        <translation>国をモバイルネットワークから取得します。</translation>
    </message>
    <message>
        <source>A P2P device needs a channel of its own.</source>
        <translation>P2P デバイスには専用のチャンネルが必要です。</translation>
    </message>
    <message>
        <source>Scans for overlapping networks before using 40 MHz.</source>
        <translation>40 MHz を使う前に重なるネットワークをスキャンします。</translation>
    </message>
    <message>
        <source>Client traffic windows as P2P group owner.</source>
        <translation>P2P グループオーナーとしてのクライアントトラフィックウィンドウ。</translation>
    </message>
    <message>
        <source>Opportunistic power save as P2P group owner.</source>
        <translation>P2P グループオーナーとしての日和見的省電力。</translation>
    </message>
    <message>
        <source>Admission control for voice and video traffic.</source>
        <translation>音声と映像のトラフィックに対する受付制御。</translation>
    </message>
    <message>
        <source>Encrypted ad-hoc networks.</source>
        <translation>暗号化されたアドホックネットワーク。</translation>
    </message>
    <message>
        <source>Power save for an access point&apos;s clients (U-APSD).</source>
        <translation>アクセスポイントのクライアント向け省電力 (U-APSD)。</translation>
    </message>
    <message>
        <source>Direct links between stations of one network (TDLS).</source>
        <translation>同じネットワークのステーション間の直接リンク (TDLS)。</translation>
    </message>
    <message>
        <source>TDLS set up by userspace.</source>
        <translation>ユーザー空間が確立する TDLS。</translation>
    </message>
    <message>
        <source>The driver roams between access points itself.</source>
        <translation>ドライバーが自らアクセスポイント間をローミングします。</translation>
    </message>
    <message>
        <source>Sends frames on other channels than its own.</source>
        <translation>自分以外のチャンネルでフレームを送信します。</translation>
    </message>
    <message>
        <source>Secure mesh networks.</source>
        <translation>セキュアなメッシュネットワーク。</translation>
    </message>
    <message>
        <source>Handles the EAPOL control port for userspace.</source>
        <translation>ユーザー空間のために EAPOL 制御ポートを扱います。</translation>
    </message>
    <message>
        <source>The driver keeps its own regulatory domain.</source>
        <translation>ドライバーが独自の規制ドメインを持ちます。</translation>
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
        <translation>チャンネル幅</translation>
    </message>
    <message>
        <source>The channel widths the radio can use for HE in this band.</source>
        <translation>このバンドで無線機が HE に使えるチャンネル幅。</translation>
    </message>
    <message>
        <source>Receive HE-MCS (≤ 80 MHz)</source>
        <translation>受信 HE-MCS (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 10 and 11 use 1024-QAM.</source>
        <translation>空間ストリームごとの変調・符号化方式。MCS 10 と 11 は 1024-QAM です。</translation>
    </message>
    <message>
        <source>Transmit HE-MCS (≤ 80 MHz)</source>
        <translation>送信 HE-MCS (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>送信できる内容を同じ形式で示します。</translation>
    </message>
    <message>
        <source>Receive HE-MCS (160 MHz)</source>
        <translation>受信 HE-MCS (160 MHz)</translation>
    </message>
    <message>
        <source>The same for 160 MHz channels.</source>
        <translation>160 MHz チャンネルについて同様です。</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>LDPC 符号化</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>低密度パリティ検査符号: 基本の符号より受信が安定します。</translation>
    </message>
    <message>
        <source>STBC (≤ 80 MHz)</source>
        <translation>STBC (≤ 80 MHz)</translation>
    </message>
    <message>
        <source>Transmit and receive</source>
        <translation>送信と受信</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>時空間ブロック符号化は 1 つのストリームを複数のアンテナから送り、到達距離を伸ばします。</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>SU ビームフォーマー</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>チャンネルを測定したうえで、信号を 1 台の受信機に向けられます。</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>SU ビームフォーミー</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>はい、最大 %1 時空間ストリーム</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>受信状況を報告して、ビームフォーマーが自分に向けるのを助けます。</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>MU ビームフォーマー</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>別々のビームで複数の受信機に同時に送れます (MU-MIMO)。</translation>
    </message>
    <message>
        <source>Uplink MU-MIMO</source>
        <translation>アップリンク MU-MIMO</translation>
    </message>
    <message>
        <source>Several stations can send to the access point at the same time on the full channel.</source>
        <translation>複数のステーションがチャンネル全体で同時にアクセスポイントへ送信できます。</translation>
    </message>
    <message>
        <source>Dual carrier modulation</source>
        <translation>デュアルキャリア変調</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Sends the same data on two subcarriers: slower, but reaches farther.</source>
        <translation>同じデータを 2 つのサブキャリアで送ります: 遅くなりますが遠くまで届きます。</translation>
    </message>
    <message>
        <source>Doppler</source>
        <translation>ドップラー</translation>
    </message>
    <message>
        <source>Midambles that keep reception steady with fast-moving devices.</source>
        <translation>高速で動く機器でも受信を安定させるミッドアンブル。</translation>
    </message>
    <message>
        <source>1024-QAM on small resource units</source>
        <translation>小さなリソースユニットでの 1024-QAM</translation>
    </message>
    <message>
        <source>The densest modulation also on parts of a channel smaller than 242 subcarriers.</source>
        <translation>242 サブキャリア未満のチャンネルの一部でも最も密な変調を使えます。</translation>
    </message>
    <message>
        <source>PPE thresholds</source>
        <translation>PPE しきい値</translation>
    </message>
    <message>
        <source>It declares how much padding it needs at the end of a packet.</source>
        <translation>パケット末尾に必要なパディング量を宣言します。</translation>
    </message>
    <message>
        <source>Target wake time</source>
        <translation>ターゲットウェイクタイム</translation>
    </message>
    <message>
        <source>Requester and responder</source>
        <translation>リクエスターとレスポンダー</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>リクエスター</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>レスポンダー</translation>
    </message>
    <message>
        <source>Agreed wake-up times, so that battery devices sleep between transmissions.</source>
        <translation>取り決めた起床時刻により、バッテリー機器が送信の合間に眠れます。</translation>
    </message>
    <message>
        <source>Broadcast TWT</source>
        <translation>ブロードキャスト TWT</translation>
    </message>
    <message>
        <source>Wake-up schedules announced to many stations at once.</source>
        <translation>多数のステーションに一度に通知する起床スケジュール。</translation>
    </message>
    <message>
        <source>+HTC-HE</source>
        <translation>+HTC-HE</translation>
    </message>
    <message>
        <source>Carries HE control information in data frames (link adaptation, power save).</source>
        <translation>データフレームで HE 制御情報を運びます (リンク適応、省電力)。</translation>
    </message>
    <message>
        <source>Buffer status reports</source>
        <translation>バッファ状態レポート</translation>
    </message>
    <message>
        <source>Tells the access point how much data is waiting, for uplink scheduling.</source>
        <translation>アップリンクの計画のため、待機中のデータ量をアクセスポイントに伝えます。</translation>
    </message>
    <message>
        <source>OM control</source>
        <translation>OM 制御</translation>
    </message>
    <message>
        <source>Changes its width or stream count on the fly, without reassociating.</source>
        <translation>再アソシエーションなしで幅やストリーム数をその場で変えられます。</translation>
    </message>
    <message>
        <source>OFDMA random access</source>
        <translation>OFDMA ランダムアクセス</translation>
    </message>
    <message>
        <source>Uses random-access resource units the access point offers.</source>
        <translation>アクセスポイントが提供するランダムアクセス用リソースユニットを使います。</translation>
    </message>
    <message>
        <source>All Ack</source>
        <translation>All Ack</translation>
    </message>
    <message>
        <source>One acknowledgement for everything received in a multi-user burst.</source>
        <translation>マルチユーザーバーストで受信したすべてに 1 回の確認応答で答えます。</translation>
    </message>
    <message>
        <source>A-MSDU in A-MPDU</source>
        <translation>A-MPDU 内の A-MSDU</translation>
    </message>
    <message>
        <source>Aggregates of packets inside aggregates of frames, without Block Ack agreement.</source>
        <translation>Block Ack の取り決めなしで、フレームの集約の中にパケットの集約を入れます。</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 バイト</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 バイト</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 バイト</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>6 GHz: largest A-MPDU</source>
        <translation>6 GHz: 最大 A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives in the 6 GHz band.</source>
        <translation>6 GHz 帯で受信できる集約フレームの最長バースト。</translation>
    </message>
    <message>
        <source>6 GHz: largest MPDU</source>
        <translation>6 GHz: 最大 MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives in the 6 GHz band.</source>
        <translation>6 GHz 帯で受信できる単一フレームの最大長。</translation>
    </message>
    <message>
        <source>320 MHz channels</source>
        <translation>320 MHz チャンネル</translation>
    </message>
    <message>
        <source>Wi-Fi 7&apos;s widest channels, only in the 6 GHz band.</source>
        <translation>Wi-Fi 7 の最も広いチャンネル。6 GHz 帯のみです。</translation>
    </message>
    <message>
        <source>Receive EHT-MCS</source>
        <translation>受信 EHT-MCS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s)</source>
        <translation>
            <numerusform>%n 空間ストリームで MCS 0–9</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes; MCS 12 and 13 use 4096-QAM, new in Wi-Fi 7.</source>
        <translation>変調・符号化方式。MCS 12 と 13 は Wi-Fi 7 で新しい 4096-QAM です。</translation>
    </message>
    <message>
        <source>Partial bandwidth uplink MU-MIMO</source>
        <translation>部分帯域アップリンク MU-MIMO</translation>
    </message>
    <message>
        <source>Several stations send at once on part of the channel.</source>
        <translation>複数のステーションがチャンネルの一部で同時に送信します。</translation>
    </message>
    <message>
        <source>Restricted TWT</source>
        <translation>制限付き TWT</translation>
    </message>
    <message>
        <source>Protected service periods for latency-sensitive traffic.</source>
        <translation>遅延に敏感なトラフィック向けの保護されたサービス期間。</translation>
    </message>
    <message>
        <source>EPCS priority access</source>
        <translation>EPCS 優先アクセス</translation>
    </message>
    <message>
        <source>Priority channel access for emergency preparedness services.</source>
        <translation>緊急対応サービスのための優先チャンネルアクセス。</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>最大 MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>受信できる単一フレームの最大長。</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1</source>
        <translation>
            <numerusform>%n 空間ストリームで MCS 0–9、%1 ストリームで 4096-QAM (MCS 12–13)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtDecoder</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>MCS 0–%1 on %n spatial stream(s)</source>
        <translation>
            <numerusform>%n 空間ストリームで MCS 0–%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SS: none</source>
        <translation>%1 SS: なし</translation>
    </message>
    <message>
        <source>%1 SS: MCS 0–%2</source>
        <translation>%1 SS: MCS 0–%2</translation>
    </message>
    <message>
        <source>Channel width</source>
        <translation>チャンネル幅</translation>
    </message>
    <message>
        <source>20 and 40 MHz</source>
        <translation>20 と 40 MHz</translation>
    </message>
    <message>
        <source>20 MHz only</source>
        <translation>20 MHz のみ</translation>
    </message>
    <message>
        <source>Whether the radio can bond two 20 MHz channels into one 40 MHz channel.</source>
        <translation>無線機が 20 MHz チャンネル 2 つを 40 MHz チャンネル 1 つに束ねられるか。</translation>
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
        <translation>ショートガードインターバル</translation>
    </message>
    <message>
        <source>A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are short.</source>
        <translation>シンボル間の間隔を 800 ns ではなく 400 ns にします: 反射が短い環境で約 11 % 高速です。</translation>
    </message>
    <message>
        <source>LDPC coding</source>
        <translation>LDPC 符号化</translation>
    </message>
    <message>
        <source>Low-density parity-check codes: more robust reception than the basic code.</source>
        <translation>低密度パリティ検査符号: 基本の符号より受信が安定します。</translation>
    </message>
    <message>
        <source>Greenfield</source>
        <translation>グリーンフィールド</translation>
    </message>
    <message>
        <source>A preamble without the legacy part: shorter, but older devices cannot read it.</source>
        <translation>レガシー部分のないプリアンブル: 短くなりますが、古い機器は読めません。</translation>
    </message>
    <message>
        <source>Transmit STBC</source>
        <translation>送信 STBC</translation>
    </message>
    <message>
        <source>Space-time block coding sends one stream from several antennas for range.</source>
        <translation>時空間ブロック符号化は 1 つのストリームを複数のアンテナから送り、到達距離を伸ばします。</translation>
    </message>
    <message>
        <source>Receive STBC</source>
        <translation>受信 STBC</translation>
    </message>
    <message numerus="yes">
        <source>%n spatial stream(s)</source>
        <translation>
            <numerusform>%n 空間ストリーム</numerusform>
        </translation>
    </message>
    <message>
        <source>How many space-time coded streams the radio can receive.</source>
        <translation>無線機が受信できる時空間符号化ストリームの数。</translation>
    </message>
    <message>
        <source>Static: one receive chain</source>
        <translation>静的: 受信チェーン 1 本</translation>
    </message>
    <message>
        <source>Dynamic: chains wake on demand</source>
        <translation>動的: 必要に応じてチェーンが起動</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Disabled: all chains on</source>
        <translation>無効: すべてのチェーンが稼働</translation>
    </message>
    <message>
        <source>SM power save</source>
        <translation>SM 省電力</translation>
    </message>
    <message>
        <source>Whether the radio switches receive chains off to save power.</source>
        <translation>無線機が省電力のために受信チェーンを止めるかどうか。</translation>
    </message>
    <message>
        <source>Largest A-MSDU</source>
        <translation>最大 A-MSDU</translation>
    </message>
    <message>
        <source>7935 bytes</source>
        <translation>7935 バイト</translation>
    </message>
    <message>
        <source>3839 bytes</source>
        <translation>3839 バイト</translation>
    </message>
    <message>
        <source>The most data it accepts in one aggregated frame of several packets.</source>
        <translation>複数パケットを集約した 1 フレームで受け付ける最大データ量。</translation>
    </message>
    <message>
        <source>Largest A-MPDU</source>
        <translation>最大 A-MPDU</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>The longest burst of aggregated frames it receives, acknowledged at once.</source>
        <translation>一度に確認応答する、受信可能な集約フレームの最長バースト。</translation>
    </message>
    <message>
        <source>No restriction</source>
        <translation>制限なし</translation>
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
        <translation>MPDU の最小間隔</translation>
    </message>
    <message>
        <source>The gap the receiver needs between frames of an aggregate.</source>
        <translation>受信側が集約内のフレーム間に必要とする間隔。</translation>
    </message>
    <message>
        <source>DSSS/CCK in 40 MHz</source>
        <translation>40 MHz での DSSS/CCK</translation>
    </message>
    <message>
        <source>Whether 802.11b rates stay usable while on a 40 MHz channel.</source>
        <translation>40 MHz チャンネル上で 802.11b のレートを使えるかどうか。</translation>
    </message>
    <message>
        <source>40 MHz intolerant</source>
        <translation>40 MHz 非許容</translation>
    </message>
    <message>
        <source>Asks networks nearby not to use 40 MHz channels in the 2.4 GHz band.</source>
        <translation>近くのネットワークに 2.4 GHz 帯で 40 MHz チャンネルを使わないよう求めます。</translation>
    </message>
    <message>
        <source>L-SIG TXOP protection</source>
        <translation>L-SIG TXOP 保護</translation>
    </message>
    <message>
        <source>Protects HT transmissions from legacy devices through the legacy header.</source>
        <translation>レガシーヘッダーを使い、HT の送信を古い機器から保護します。</translation>
    </message>
    <message>
        <source>Receive MCS</source>
        <translation>受信 MCS</translation>
    </message>
    <message numerus="yes">
        <source>MCS %1–%2 (%n spatial stream(s))</source>
        <translation>
            <numerusform>MCS %1–%2 (%n 空間ストリーム)</numerusform>
        </translation>
    </message>
    <message>
        <source>Modulation and coding schemes it receives; each group of eight adds a spatial stream.</source>
        <translation>受信できる変調・符号化方式。8 個ごとに空間ストリームが 1 つ増えます。</translation>
    </message>
    <message>
        <source>Up to 80 MHz</source>
        <translation>最大 80 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz</source>
        <translation>最大 160 MHz</translation>
    </message>
    <message>
        <source>Up to 160 MHz and 80+80 MHz</source>
        <translation>最大 160 MHz と 80+80 MHz</translation>
    </message>
    <message>
        <source>Channel widths</source>
        <translation>チャンネル幅</translation>
    </message>
    <message>
        <source>The widest channels the radio can use; 80+80 joins two separate 80 MHz blocks.</source>
        <translation>無線機が使える最も広いチャンネル。80+80 は離れた 80 MHz ブロック 2 つを結びます。</translation>
    </message>
    <message>
        <source>Modulation and coding schemes per spatial stream; MCS 8 and 9 use 256-QAM.</source>
        <translation>空間ストリームごとの変調・符号化方式。MCS 8 と 9 は 256-QAM です。</translation>
    </message>
    <message>
        <source>Transmit MCS</source>
        <translation>送信 MCS</translation>
    </message>
    <message>
        <source>What it can send, in the same terms.</source>
        <translation>送信できる内容を同じ形式で示します。</translation>
    </message>
    <message>
        <source>Highest receive rate</source>
        <translation>最大受信レート</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>The fastest long-GI data rate it receives, as the radio declares it.</source>
        <translation>無線機が申告する、ロング GI での最速受信データレート。</translation>
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
        <translation>受信 LDPC</translation>
    </message>
    <message>
        <source>SU beamformer</source>
        <translation>SU ビームフォーマー</translation>
    </message>
    <message>
        <source>Can steer its signal towards one receiver, after sounding the channel.</source>
        <translation>チャンネルを測定したうえで、信号を 1 台の受信機に向けられます。</translation>
    </message>
    <message>
        <source>SU beamformee</source>
        <translation>SU ビームフォーミー</translation>
    </message>
    <message>
        <source>Yes, up to %1 space-time streams</source>
        <translation>はい、最大 %1 時空間ストリーム</translation>
    </message>
    <message>
        <source>Can help a beamformer steer towards it by reporting what it hears.</source>
        <translation>受信状況を報告して、ビームフォーマーが自分に向けるのを助けます。</translation>
    </message>
    <message>
        <source>Sounding dimensions</source>
        <translation>サウンディング次元</translation>
    </message>
    <message>
        <source>How many antennas it sounds with when beamforming.</source>
        <translation>ビームフォーミングで測定に使うアンテナの数。</translation>
    </message>
    <message>
        <source>MU beamformer</source>
        <translation>MU ビームフォーマー</translation>
    </message>
    <message>
        <source>Can serve several receivers at once with separate beams (MU-MIMO).</source>
        <translation>別々のビームで複数の受信機に同時に送れます (MU-MIMO)。</translation>
    </message>
    <message>
        <source>MU beamformee</source>
        <translation>MU ビームフォーミー</translation>
    </message>
    <message>
        <source>Can be one of the receivers of a MU-MIMO transmission.</source>
        <translation>MU-MIMO 送信の受信機の 1 つになれます。</translation>
    </message>
    <message>
        <source>3895 bytes</source>
        <translation>3895 バイト</translation>
    </message>
    <message>
        <source>7991 bytes</source>
        <translation>7991 バイト</translation>
    </message>
    <message>
        <source>11454 bytes</source>
        <translation>11454 バイト</translation>
    </message>
    <message>
        <source>Largest MPDU</source>
        <translation>最大 MPDU</translation>
    </message>
    <message>
        <source>The longest single frame it receives.</source>
        <translation>受信できる単一フレームの最大長。</translation>
    </message>
    <message>
        <source>TXOP power save</source>
        <translation>TXOP 省電力</translation>
    </message>
    <message>
        <source>Sleeps during other stations&apos; transmissions to save power.</source>
        <translation>他のステーションの送信中は眠って電力を節約します。</translation>
    </message>
    <message>
        <source>Unsolicited feedback</source>
        <translation>要求なしのフィードバック</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>Link adaptation</source>
        <translation>リンク適応</translation>
    </message>
    <message>
        <source>Sends MCS feedback so that the other side picks the best rate.</source>
        <translation>相手が最適なレートを選べるよう MCS のフィードバックを送ります。</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Antenna pattern consistency</source>
        <translation>アンテナパターンの一貫性</translation>
    </message>
    <message>
        <source>Its antenna pattern stays the same during an association.</source>
        <translation>アソシエーション中はアンテナパターンが変わりません。</translation>
    </message>
</context>
<context>
    <name>P2pDiagnosis</name>
    <message>
        <source>%1 × %2</source>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>In use by another program</source>
        <translation>他のプログラムが使用中</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>No Wi-Fi Direct in the driver</source>
        <translation>ドライバーに Wi-Fi Direct がありません</translation>
    </message>
    <message>
        <source>The driver of %1 offers none of the P2P interface types: this radio cannot do Wi-Fi Direct.</source>
        <translation>%1 のドライバーには P2P インターフェースの種類が 1 つもありません: この無線機は Wi-Fi Direct を使えません。</translation>
    </message>
    <message>
        <source>No P2P device type</source>
        <translation>P2P デバイスの種類がありません</translation>
    </message>
    <message>
        <source>The driver offers P2P groups but no dedicated P2P device, which discovery and negotiation run on. Older drivers make a station interface do both; Airpane needs the P2P device.</source>
        <translation>ドライバーには P2P グループはありますが、探索とネゴシエーションを行う専用の P2P デバイスがありません。古いドライバーはステーションインターフェースで両方を行いますが、Airpane には P2P デバイスが必要です。</translation>
    </message>
    <message>
        <source>P2P device supported</source>
        <translation>P2P デバイスに対応</translation>
    </message>
    <message>
        <source>The driver offers a dedicated P2P device for discovery, separate from the station interface.</source>
        <translation>ドライバーは、ステーションインターフェースとは別の探索専用 P2P デバイスを提供します。</translation>
    </message>
    <message>
        <source>No P2P groups</source>
        <translation>P2P グループがありません</translation>
    </message>
    <message>
        <source>The driver cannot run a P2P group owner or client, so no connection can follow discovery.</source>
        <translation>ドライバーは P2P グループオーナーもクライアントも動かせないため、探索の後に接続できません。</translation>
    </message>
    <message>
        <source>The P2P device cannot start</source>
        <translation>P2P デバイスを起動できません</translation>
    </message>
    <message>
        <source>The driver does not offer the command that starts a P2P device.</source>
        <translation>ドライバーに P2P デバイスを起動するコマンドがありません。</translation>
    </message>
    <message>
        <source>No listening on other channels</source>
        <translation>他のチャンネルで待ち受けできません</translation>
    </message>
    <message>
        <source>The driver does not support remain-on-channel, which discovery needs to listen on the social channels 1, 6 and 11.</source>
        <translation>ドライバーは remain-on-channel に対応していません。探索でソーシャルチャンネル 1、6、11 を待ち受けるのに必要です。</translation>
    </message>
    <message>
        <source>Listens on other channels</source>
        <translation>他のチャンネルで待ち受け可能</translation>
    </message>
    <message>
        <source>Remain-on-channel for up to %1 ms, for discovery on the social channels.</source>
        <translation>ソーシャルチャンネルでの探索のため、最大 %1 ms の remain-on-channel が可能です。</translation>
    </message>
    <message>
        <source>No room for a P2P device</source>
        <translation>P2P デバイスの余地がありません</translation>
    </message>
    <message>
        <source>None of the radio&apos;s interface combinations allows a P2P device.</source>
        <translation>この無線機のどの組み合わせでも P2P デバイスは使えません。</translation>
    </message>
    <message>
        <source>The radio&apos;s interface combinations allow no P2P device next to what it runs now (%1). Removing an interface would make room.</source>
        <translation>この無線機の組み合わせでは、現在動いているもの (%1) に加えて P2P デバイスは使えません。インターフェースを 1 つ外せば余地ができます。</translation>
    </message>
    <message>
        <source>No room for a P2P group</source>
        <translation>P2P グループの余地がありません</translation>
    </message>
    <message>
        <source>Discovery can run, but the interface combinations leave no room for a P2P group next to %1.</source>
        <translation>探索はできますが、組み合わせ上 %1 に加えて P2P グループを動かす余地がありません。</translation>
    </message>
    <message>
        <source>Room for Wi-Fi Direct</source>
        <translation>Wi-Fi Direct の余地あり</translation>
    </message>
    <message>
        <source>A P2P device and a P2P group fit next to the current interfaces, all on one channel: a group must use the channel the other interfaces use.</source>
        <translation>現在のインターフェースに加えて P2P デバイスと P2P グループを動かせますが、すべて 1 つのチャンネル上です: グループは他のインターフェースと同じチャンネルを使う必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>A P2P device and a P2P group fit next to the current interfaces, on up to %n different channel(s).</source>
        <translation>
            <numerusform>現在のインターフェースに加えて P2P デバイスと P2P グループを、最大 %n 個の異なるチャンネルで動かせます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program owns the P2P device</source>
        <translation>別のプログラムが P2P デバイスを所有しています</translation>
    </message>
    <message>
        <source>A P2P device (%1) already runs on %2, started by another program such as wpa_supplicant. A radio has one P2P device: Airpane can use Wi-Fi Direct here once that program lets it go.</source>
        <translation>%2 では別のプログラム (wpa_supplicant など) が起動した P2P デバイス (%1) がすでに動いています。無線機の P2P デバイスは 1 つだけです: そのプログラムが手放せば、Airpane はここで Wi-Fi Direct を使えます。</translation>
    </message>
    <message>
        <source>Radio down</source>
        <translation>無線機が停止</translation>
    </message>
    <message>
        <source>None of the radio&apos;s network interfaces is up; it may be switched off or blocked (rfkill).</source>
        <translation>この無線機のネットワークインターフェースはどれも稼働していません。電源が切れているか、ブロックされている (rfkill) かもしれません。</translation>
    </message>
    <message>
        <source>Used by Airpane</source>
        <translation>Airpane が使用中</translation>
    </message>
    <message>
        <source>Airpane&apos;s P2P device runs here</source>
        <translation>Airpane の P2P デバイスがここで動作中</translation>
    </message>
    <message>
        <source>Airpane started the P2P device %1 on %2 for discovery; it goes when Airpane closes.</source>
        <translation>Airpane が検出のために %2 で P2P デバイス %1 を起動しました。Airpane を閉じると消えます。</translation>
    </message>
    <message>
        <source>Radio switched off</source>
        <translation>無線機がオフです</translation>
    </message>
    <message>
        <source>Radio blocked by a switch</source>
        <translation>無線機がスイッチでブロックされています</translation>
    </message>
    <message>
        <source>The helper sees a problem</source>
        <translation>ヘルパーが問題を検出しました</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s %1</source>
        <translation>NetworkManager の %1</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>PID %1, %2</source>
        <translation>PID %1、%2</translation>
    </message>
    <message>
        <source>%1 (%2) runs this radio&apos;s P2P device %3 for %4.</source>
        <translation>%1 (%2) がこの無線機の P2P デバイス %3 を %4 のために動かしています。</translation>
    </message>
    <message>
        <source>NetworkManager keeps %1 connected through it and uses it for its own Wi-Fi Direct, so Airpane leaves it alone: Airpane&apos;s discovery needs a radio whose P2P device is free.</source>
        <translation>NetworkManager はこれを通じて %1 を接続し続け、自身の Wi-Fi Direct に使っているため、Airpane は触れません。Airpane の検出には P2P デバイスが空いている無線機が必要です。</translation>
    </message>
    <message>
        <source>A radio has one P2P device: Airpane can discover here once that program lets it go (p2p_disabled=1), or on a radio whose P2P device is free.</source>
        <translation>無線機の P2P デバイスは 1 つだけです。そのプログラムが手放せば (p2p_disabled=1) ここで検出できます。または P2P デバイスが空いている無線機を使ってください。</translation>
    </message>
    <message>
        <source>%1 owns the P2P device</source>
        <translation>%1 が P2P デバイスを使用中</translation>
    </message>
</context>
<context>
    <name>PeerNames</name>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Input device</source>
        <translation>入力デバイス</translation>
    </message>
    <message>
        <source>Printer or scanner</source>
        <translation>プリンターまたはスキャナー</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Network equipment</source>
        <translation>ネットワーク機器</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <source>Multimedia device</source>
        <translation>マルチメディア機器</translation>
    </message>
    <message>
        <source>Game console</source>
        <translation>ゲーム機</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>オーディオ機器</translation>
    </message>
    <message>
        <source>Docking station</source>
        <translation>ドッキングステーション</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>その他のデバイス</translation>
    </message>
    <message>
        <source>Shows a PIN</source>
        <translation>PIN を表示</translation>
    </message>
    <message>
        <source>PIN entry</source>
        <translation>PIN 入力</translation>
    </message>
    <message>
        <source>Push button</source>
        <translation>プッシュボタン</translation>
    </message>
    <message>
        <source>PIN on a label</source>
        <translation>ラベルの PIN</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>service discovery</source>
        <translation>サービス検出</translation>
    </message>
    <message>
        <source>client discoverability</source>
        <translation>クライアント発見可能性</translation>
    </message>
    <message>
        <source>concurrent operation</source>
        <translation>同時動作</translation>
    </message>
    <message>
        <source>infrastructure managed</source>
        <translation>インフラ管理</translation>
    </message>
    <message>
        <source>device limit reached</source>
        <translation>デバイス上限到達</translation>
    </message>
    <message>
        <source>invitation procedure</source>
        <translation>招待手順</translation>
    </message>
    <message>
        <source>group owner</source>
        <translation>グループオーナー</translation>
    </message>
    <message>
        <source>persistent group</source>
        <translation>永続グループ</translation>
    </message>
    <message>
        <source>group limit reached</source>
        <translation>グループ上限到達</translation>
    </message>
    <message>
        <source>intra-BSS distribution</source>
        <translation>BSS 内転送</translation>
    </message>
    <message>
        <source>cross connection</source>
        <translation>クロス接続</translation>
    </message>
    <message>
        <source>persistent reconnect</source>
        <translation>永続再接続</translation>
    </message>
    <message>
        <source>group formation</source>
        <translation>グループ形成</translation>
    </message>
    <message>
        <source>IP address allocation</source>
        <translation>IP アドレス割り当て</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>チャンネル %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>デバイスの種類</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Device address</source>
        <translation>デバイスアドレス</translation>
    </message>
    <message>
        <source>Connects by</source>
        <translation>接続方法</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Device capabilities</source>
        <translation>デバイス機能</translation>
    </message>
    <message>
        <source>Group capabilities</source>
        <translation>グループ機能</translation>
    </message>
    <message>
        <source>Listens on</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <source>Operates on</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Wi-Fi Display</source>
        <translation>Wi-Fi Display</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>はい (%1)</translation>
    </message>
    <message>
        <source>Group clients</source>
        <translation>グループのクライアント</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>最終受信</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>only searching: it has not described itself yet</source>
        <translation>検索中のみ: まだ自身を説明していません</translation>
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
            <numerusform>%n ストリーム</numerusform>
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
        <translation>ショート GI</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
        <translation>バックグラウンド</translation>
    </message>
    <message>
        <source>Best effort</source>
        <translation>ベストエフォート</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Non-QoS</source>
        <translation>QoS なし</translation>
    </message>
    <message>
        <source>Traffic stream</source>
        <translation>トラフィックストリーム</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>認可済み</translation>
    </message>
    <message>
        <source>associated</source>
        <translation>関連付け済み</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 を書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>WifiNames</name>
    <message>
        <source>Ad-hoc (IBSS)</source>
        <translation>アドホック (IBSS)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>アクセスポイント</translation>
    </message>
    <message>
        <source>AP VLAN</source>
        <translation>AP VLAN</translation>
    </message>
    <message>
        <source>WDS</source>
        <translation>WDS</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>Mesh point</source>
        <translation>メッシュポイント</translation>
    </message>
    <message>
        <source>P2P client</source>
        <translation>P2P クライアント</translation>
    </message>
    <message>
        <source>P2P group owner</source>
        <translation>P2P グループオーナー</translation>
    </message>
    <message>
        <source>P2P device</source>
        <translation>P2P デバイス</translation>
    </message>
    <message>
        <source>OCB (outside a BSS)</source>
        <translation>OCB (BSS 外)</translation>
    </message>
    <message>
        <source>NAN</source>
        <translation>NAN</translation>
    </message>
    <message>
        <source>Joins a network of equals, without an access point.</source>
        <translation>アクセスポイントなしの対等なネットワークに参加します。</translation>
    </message>
    <message>
        <source>Joins a network as a client.</source>
        <translation>クライアントとしてネットワークに参加します。</translation>
    </message>
    <message>
        <source>Runs a network that others join.</source>
        <translation>他の機器が参加するネットワークを動かします。</translation>
    </message>
    <message>
        <source>Puts some of an access point&apos;s clients into their own VLAN.</source>
        <translation>アクセスポイントの一部のクライアントを専用の VLAN に入れます。</translation>
    </message>
    <message>
        <source>A wireless bridge to another access point.</source>
        <translation>別のアクセスポイントへの無線ブリッジ。</translation>
    </message>
    <message>
        <source>Captures the frames on a channel, for analysis.</source>
        <translation>解析のため、チャンネル上のフレームを取り込みます。</translation>
    </message>
    <message>
        <source>Joins an 802.11s mesh network.</source>
        <translation>802.11s メッシュネットワークに参加します。</translation>
    </message>
    <message>
        <source>Joins a Wi-Fi Direct group.</source>
        <translation>Wi-Fi Direct グループに参加します。</translation>
    </message>
    <message>
        <source>Runs a Wi-Fi Direct group that others join.</source>
        <translation>他の機器が参加する Wi-Fi Direct グループを動かします。</translation>
    </message>
    <message>
        <source>Finds Wi-Fi Direct peers and negotiates groups; it has no network device.</source>
        <translation>Wi-Fi Direct のピアを見つけてグループを交渉します。ネットワークデバイスはありません。</translation>
    </message>
    <message>
        <source>Talks outside any network, as vehicles do (802.11p).</source>
        <translation>車両のように、どのネットワークにも属さずに通信します (802.11p)。</translation>
    </message>
    <message>
        <source>Neighbour awareness networking: finds services nearby.</source>
        <translation>近隣認識ネットワーク: 近くのサービスを見つけます。</translation>
    </message>
    <message>
        <source>2.4 GHz</source>
        <translation>2.4 GHz</translation>
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
        <translation>1 GHz 未満</translation>
    </message>
    <message>
        <source>Light communication</source>
        <translation>光通信</translation>
    </message>
    <message>
        <source>20 MHz (no HT)</source>
        <translation>20 MHz (HT なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>No initiating radiation</source>
        <translation>自発的な送信不可</translation>
    </message>
    <message>
        <source>Radar detection</source>
        <translation>レーダー検出</translation>
    </message>
    <message>
        <source>Indoors only</source>
        <translation>屋内のみ</translation>
    </message>
    <message>
        <source>No HT40−</source>
        <translation>HT40− 不可</translation>
    </message>
    <message>
        <source>No HT40+</source>
        <translation>HT40+ 不可</translation>
    </message>
    <message>
        <source>No 80 MHz</source>
        <translation>80 MHz 不可</translation>
    </message>
    <message>
        <source>No 160 MHz</source>
        <translation>160 MHz 不可</translation>
    </message>
    <message>
        <source>No 320 MHz</source>
        <translation>320 MHz 不可</translation>
    </message>
    <message>
        <source>No HE</source>
        <translation>HE 不可</translation>
    </message>
    <message>
        <source>No EHT</source>
        <translation>EHT 不可</translation>
    </message>
    <message>
        <source>No 20 MHz</source>
        <translation>20 MHz 不可</translation>
    </message>
    <message>
        <source>No 10 MHz</source>
        <translation>10 MHz 不可</translation>
    </message>
    <message>
        <source>Radiation with another link</source>
        <translation>別リンクと併用で送信可</translation>
    </message>
    <message>
        <source>DFS with another link</source>
        <translation>別リンクと併用で DFS</translation>
    </message>
    <message>
        <source>The radio may not start transmitting here on its own: no beacons, no probe requests, no access point. It may answer once it hears a network.</source>
        <translation>ここでは無線機が自発的に送信できません: ビーコン、プローブ要求、アクセスポイントは不可です。ネットワークを受信した後なら応答できます。</translation>
    </message>
    <message>
        <source>Radars use this channel: before transmitting, the radio must listen for them (channel availability check) and leave when it hears one.</source>
        <translation>このチャンネルはレーダーが使います: 送信前にレーダーを待ち受け (チャンネル可用性確認)、検出したら離れる必要があります。</translation>
    </message>
    <message>
        <source>The regulatory domain allows this channel indoors only.</source>
        <translation>規制ドメインはこのチャンネルを屋内でのみ許可しています。</translation>
    </message>
    <message>
        <source>No 40 MHz channel with its secondary 20 MHz below (−) or above (+) this one.</source>
        <translation>このチャンネルの下 (−) または上 (+) に副 20 MHz を置く 40 MHz チャンネルは使えません。</translation>
    </message>
    <message>
        <source>Channels of this width may not include this one.</source>
        <translation>この幅のチャンネルにはこのチャンネルを含められません。</translation>
    </message>
    <message>
        <source>Wi-Fi 6 (HE) or Wi-Fi 7 (EHT) operation is not allowed here.</source>
        <translation>ここでは Wi-Fi 6 (HE) や Wi-Fi 7 (EHT) の動作は許可されていません。</translation>
    </message>
    <message>
        <source>Allowed when another interface of the radio already operates here under the rules.</source>
        <translation>無線機の別のインターフェースがここで規則に従ってすでに動作していれば許可されます。</translation>
    </message>
    <message>
        <source>Usable after a check</source>
        <translation>確認後に使用可</translation>
    </message>
    <message>
        <source>Available (checked)</source>
        <translation>利用可能 (確認済み)</translation>
    </message>
    <message>
        <source>Unavailable (radar seen)</source>
        <translation>利用不可 (レーダー検出)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>無線機</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>規制</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
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
        <translation>Wi-Fi 無線機、仮想インターフェース、Wi-Fi Direct のためのワークベンチ。</translation>
    </message>
    <message>
        <source>Open PAGE: radios, scan, channels, signal, wifi-direct, capabilities, events.</source>
        <translation>PAGE を開きます: radios、scan、channels、signal、wifi-direct、capabilities、events。</translation>
    </message>
    <message>
        <source>Render the main window to the PNG file FILE and exit.</source>
        <translation>メインウィンドウを PNG ファイル FILE に描画して終了します。</translation>
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT (default 1280x800).</source>
        <translation>ウィンドウサイズ WIDTHxHEIGHT (既定は 1280x800)。</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;</source>
        <translation>不明なページ「%1」</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT between 320x240 and 8192x8192</source>
        <translation>--size には 320x240 から 8192x8192 までの WIDTHxHEIGHT を指定してください</translation>
    </message>
    <message>
        <source>Mark the window as running on the virtual lab&apos;s SCENARIO.</source>
        <translation>ウィンドウに仮想ラボのシナリオ SCENARIO で動作中と表示します。</translation>
    </message>
</context>
</TS>
