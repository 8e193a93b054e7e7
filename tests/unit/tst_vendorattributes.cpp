// SPDX-License-Identifier: GPL-3.0-or-later
// Every WPS attribute (big-endian type and length) and every P2P attribute (ID, little-endian
// length) the inspector decodes, each wrapped in its vendor element; and their malformed forms.
#include "elementtesting.h"

#include <QTest>

using namespace Airpane;
using namespace Airpane::Testing;

namespace {

struct Attribute
{
    int type;
    const char *value; // hex
    const char *key;
    const char *expected; // the decoded value; nullptr: the value's hex
};

const char *const uuid = "00112233445566778899aabbccddeeff";

const Attribute wps[] = {
    {0x1001, "0006", "apChannel", "6"},
    {0x1002, "0001", "associationState", "1 (connection success)"},
    {0x1003, "0020", "authenticationType", "WPA2-Personal"},
    {0x1004, "0023", "authenticationTypeFlags", "open, WPA-Personal, WPA2-Personal"},
    {0x1005, "0011223344556677", "authenticator", nullptr},
    {0x1008, "0188", "configMethods", "display, push button, keypad"},
    {0x1009, "0012", "configurationError", "18"},
    {0x100a, "687474703a2f2f61", "confirmationUrl4", "http://a"},
    {0x100b, "687474703a2f2f62", "confirmationUrl6", "http://b"},
    {0x100c, "01", "connectionType", "ESS"},
    {0x100d, "03", "connectionTypeFlags", "ESS, IBSS"},
    {0x100e, "104a000110", "credential", nullptr},
    {0x100f, "0008", "encryptionType", "AES"},
    {0x1010, "000c", "encryptionTypeFlags", "TKIP, AES"},
    {0x1011, "5456", "deviceName", "TV"},
    {0x1012, "0004", "devicePasswordId", "4 (push button)"},
    {0x1014, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "eHash1", nullptr},
    {0x1015, "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", "eHash2", nullptr},
    {0x1016, uuid, "eSnonce1", nullptr},
    {0x1017, uuid, "eSnonce2", nullptr},
    {0x1018, "aabbcc", "encryptedSettings", nullptr},
    {0x101a, uuid, "enrolleeNonce", nullptr},
    {0x101b, "00000102", "featureId", "258"},
    {0x101c, "6964", "identity", "id"},
    {0x101d, "0102", "identityProof", nullptr},
    {0x101e, "0011223344556677", "keyWrapAuthenticator", nullptr},
    {0x101f, uuid, "keyIdentifier", nullptr},
    {0x1020, "020000000100", "macAddress", "02:00:00:00:01:00"},
    {0x1021, "41697270616e65", "manufacturer", "Airpane"},
    {0x1022, "04", "messageType", "4"},
    {0x1023, "4c6162", "modelName", "Lab"},
    {0x1024, "3432", "modelNumber", "42"},
    {0x1026, "01", "networkIndex", "1"},
    {0x1027, "6b6579", "networkKey", nullptr},
    {0x1028, "01", "networkKeyIndex", "1"},
    {0x1029, "4e6577", "newDeviceName", "New"},
    {0x102a, "7077", "newPassword", nullptr},
    {0x102c, "0102", "oobDevicePassword", nullptr},
    {0x102d, "80000001", "osVersion", "2147483649"},
    {0x102f, "05", "powerLevel", "5"},
    {0x1030, "01", "pskCurrent", "1"},
    {0x1031, "02", "pskMax", "2"},
    {0x1033, "01", "radioEnabled", "yes"},
    {0x1034, "00", "reboot", "no"},
    {0x1035, "01", "registrarCurrent", "1"},
    {0x1036, "01", "registrarEstablished", "yes"},
    {0x1037, "0102", "registrarList", nullptr},
    {0x1038, "03", "registrarMax", "3"},
    {0x1039, uuid, "registrarNonce", nullptr},
    {0x103a, "01", "requestType", "1 (enrollee, open 802.1X)"},
    {0x103b, "03", "responseType", "3 (AP)"},
    {0x103c, "03", "rfBands", "2.4 GHz, 5 GHz"},
    {0x103d, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "rHash1", nullptr},
    {0x103e, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "rHash2", nullptr},
    {0x103f, uuid, "rSnonce1", nullptr},
    {0x1040, uuid, "rSnonce2", nullptr},
    {0x1041, "01", "selectedRegistrar", "yes"},
    {0x1042, "31323334", "serialNumber", "1234"},
    {0x1044, "02", "wpsState", "2 (configured)"},
    {0x1045, "6c6162", "ssid", "lab"},
    {0x1046, "01", "totalNetworks", "1"},
    {0x1047, uuid, "uuidE", "00112233-4455-6677-8899-aabbccddeeff"},
    {0x1048, uuid, "uuidR", "00112233-4455-6677-8899-aabbccddeeff"},
    {0x1049, "00372a000120", "vendorExtension", "00-37-2a"},
    {0x104a, "10", "version", "1.0"},
    {0x104b, "3082", "x509CertificateRequest", nullptr},
    {0x104c, "3082", "x509Certificate", nullptr},
    {0x104d, "57464120", "eapIdentity", "WFA "},
    {0x104e, "0000000000000001", "messageCounter", nullptr},
    {0x104f, "00112233445566778899aabbccddeeff00112233", "publicKeyHash", nullptr},
    {0x1050, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "rekeyKey", nullptr},
    {0x1051, "00000e10", "keyLifetime", "3600"},
    {0x1052, "0080", "permittedConfigMethods", "push button"},
    {0x1053, "0008", "selectedRegistrarConfigMethods", "display"},
    {0x1054, "00070050f2040004", "primaryDeviceType", "7-0050F204-4"},
    {0x1055, "00030050f204000100070050f2040001", "secondaryDeviceTypes", "3-0050F204-1, 7-0050F204-1"},
    {0x1056, "01", "portableDevice", "yes"},
    {0x1057, "01", "apSetupLocked", "yes"},
    {0x1058, "0102", "applicationExtension", nullptr},
    {0x1059, "0d", "eapType", nullptr},
    {0x1060, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "initializationVector",
     nullptr},
    {0x1061, "01", "keyProvidedAutomatically", "yes"},
    {0x1062, "00", "ieee8021xEnabled", "no"},
    {0x1063, "0102", "appSessionKey", nullptr},
    {0x1064, "01", "wepTransmitKey", "1"},
    {0x1065, "00010050f2040001", "requestedDeviceType", "1-0050F204-1"},
    {0x10ff, "aa", "attribute10ff", nullptr},
};

const Attribute p2p[] = {
    {0, "00", "status", "0 (success)"},
    {1, "01", "minorReasonCode", "1"},
    {2, "250b", "capability", "0x25 0x0b"},
    {3, "020000000400", "deviceId", "02:00:00:00:04:00"},
    {4, "0f", "groupOwnerIntent", "7"},
    {5, "640a", "configurationTimeout", "group owner 1000 ms, client 100 ms"},
    {6, "5553045106", "listenChannel", "channel 6, class 81, US"},
    {7, "020000000500", "groupBssid", "02:00:00:00:05:00"},
    {8, "f401e803", "extendedListenTiming", "available 500 ms every 1000 ms"},
    {9, "020000000600", "intendedInterfaceAddress", "02:00:00:00:06:00"},
    {10, "01", "manageability", "0x01"},
    {11, "55530451030106 0b 730124", "channelList", "81: 1 6 11; 115: 36"},
    {12, "018a 01 10270000 a0860100 00000000", "noticeOfAbsence", "1 absences"},
    {13, "020000000400 0188 00070050f2040004 00 1011 0002 5456", "deviceInfo", "TV"},
    {14, "1e 020000000400 020000000401 25 0188 00070050f2040004 00 1011 0002 5456", "groupInfo", "1 clients"},
    {15, "020000000400 4449524543542d6162", "groupId", "DIRECT-ab"},
    {16, "020000000400 01 020000000401", "interface", "02:00:00:00:04:00: 02:00:00:00:04:01"},
    {17, "5553045106", "operatingChannel", "channel 6, class 81, US"},
    {18, "01", "invitationFlags", "join an active group"},
    {19, "555304510601", "oobGoNegotiationChannel", "channel 6, class 81, US, role 1"},
    {21, "aabbccddeeff", "serviceHash", nullptr},
    {22, "0102", "sessionInformation", nullptr},
    {23, "01", "connectionCapability", "0x01"},
    {24, "01000000 020000000400", "advertisementId", "1, 02:00:00:00:04:00"},
    {25, "0102", "advertisedService", nullptr},
    {26, "02000000 020000000400", "sessionId", "2, 02:00:00:00:04:00"},
    {27, "0100", "featureCapability", "0x0001"},
    {28, "020000000400 4449524543542d6162", "persistentGroup", "DIRECT-ab"},
    {221, "001122aabb", "vendorSpecific", "00-11-22 aabb"},
    {99, "aa", "attribute99", nullptr},
};

QByteArray element(const QByteArray &oui, const QByteArray &body)
{
    const QByteArray content = QByteArray::fromHex(oui) + body;
    return QByteArray(1, char(221)) + QByteArray(1, char(content.size())) + content;
}

QByteArray wpsAttribute(int type, const QByteArray &value)
{
    const QByteArray header = QByteArray::fromHex(QStringLiteral("%1%2")
                                                      .arg(type, 4, 16, QLatin1Char('0'))
                                                      .arg(value.size(), 4, 16, QLatin1Char('0'))
                                                      .toLatin1());
    return header + value;
}

QByteArray p2pAttribute(int id, const QByteArray &value)
{
    return QByteArray(1, char(id)) + QByteArray(1, char(value.size())) +
           QByteArray(1, char(value.size() >> 8)) + value;
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

} // namespace

class TestVendorAttributes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attributes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        for (const Attribute &a : wps) {
            // A second attribute after it shows that its length is honoured.
            const QByteArray data =
                element("0050f204", wpsAttribute(a.type, hex(a.value)) + hex("104a000110"));
            QTest::addRow("WPS %04x %s", a.type, a.key)
                << data << QStringLiteral("wps") << QString::fromLatin1(a.key)
                << (a.expected ? QString::fromUtf8(a.expected) : QString::fromLatin1(hex(a.value).toHex()));
        }
        for (const Attribute &a : p2p) {
            const QByteArray data =
                element("506f9a09", p2pAttribute(a.type, hex(a.value)) + hex("000100 00"));
            QTest::addRow("P2P %d %s", a.type, a.key)
                << data << QStringLiteral("p2p") << QString::fromLatin1(a.key)
                << (a.expected ? QString::fromUtf8(a.expected) : QString::fromLatin1(hex(a.value).toHex()));
        }
    }

    void attributes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, element);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QList<Elements::DecodedElement> decoded = inspectBytes(data);
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(decoded[0].key, element);
        QVERIFY2(decoded[0].error.isEmpty(),
                 qPrintable(decoded[0].error + QLatin1Char('\n') + describe(decoded[0])));
        QVERIFY2(offsetProblems(decoded[0]).isEmpty(), qPrintable(offsetProblems(decoded[0])));
        QVERIFY2(unexplained(decoded[0]).isEmpty(), qPrintable(unexplained(decoded[0]).join(u' ')));
        const Elements::Field *field = findField(decoded[0], key);
        QVERIFY2(field, qPrintable(describe(decoded[0])));
        QCOMPARE(field->value, expected);
        // The attribute's header and value, and the one after it.
        QCOMPARE(decoded[0].fields.size(), 4);
    }

    void structure_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("WPS Version2") << element("0050f204", wpsAttribute(0x1049, hex("00372a000120")))
                                      << QStringLiteral("vendorExtension/version2") << QStringLiteral("2.0");
        QTest::newRow("WPS authorized MACs")
            << element("0050f204", wpsAttribute(0x1049, hex("00372a 0106 020000000400")))
            << QStringLiteral("vendorExtension/authorizedMacs") << QStringLiteral("02:00:00:00:04:00");
        QTest::newRow("P2P service discovery")
            << element("506f9a09", p2pAttribute(2, hex("250b")))
            << QStringLiteral("capability/deviceCapability/serviceDiscovery") << QStringLiteral("yes");
        QTest::newRow("P2P group owner")
            << element("506f9a09", p2pAttribute(2, hex("250b")))
            << QStringLiteral("capability/groupCapability/groupOwner") << QStringLiteral("yes");
        QTest::newRow("P2P tie breaker")
            << element("506f9a09", p2pAttribute(4, hex("0f")))
            << QStringLiteral("groupOwnerIntent/tieBreaker") << QStringLiteral("yes");
        QTest::newRow("P2P device type")
            << element("506f9a09",
                       p2pAttribute(13, hex("020000000400 0188 00070050f2040004 00 1011 0002 5456")))
            << QStringLiteral("deviceInfo/primaryDeviceType") << QStringLiteral("7-0050F204-4");
        QTest::newRow("P2P config methods")
            << element("506f9a09",
                       p2pAttribute(13, hex("020000000400 0188 00070050f2040004 00 1011 0002 5456")))
            << QStringLiteral("deviceInfo/configMethods") << QStringLiteral("display, push button, keypad");
        QTest::newRow("P2P client's device address")
            << element("506f9a09",
                       p2pAttribute(14, hex("1e 020000000400 020000000401 25 0188 00070050f2040004 00 "
                                            "1011 0002 5456")))
            << QStringLiteral("groupInfo/client/deviceAddress") << QStringLiteral("02:00:00:00:04:00");
        QTest::newRow("P2P client's interface")
            << element("506f9a09",
                       p2pAttribute(14, hex("1e 020000000400 020000000401 25 0188 00070050f2040004 00 "
                                            "1011 0002 5456")))
            << QStringLiteral("groupInfo/client/interfaceAddress") << QStringLiteral("02:00:00:00:04:01");
        QTest::newRow("P2P opportunistic power save")
            << element("506f9a09", p2pAttribute(12, hex("018a 01 10270000 a0860100 00000000")))
            << QStringLiteral("noticeOfAbsence/oppPs") << QStringLiteral("yes");
    }

    void structure()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QList<Elements::DecodedElement> decoded = inspectBytes(data);
        QCOMPARE(decoded.size(), 1);
        QVERIFY2(decoded[0].error.isEmpty(), qPrintable(decoded[0].error));
        const Elements::Field *field = findField(decoded[0], path);
        QVERIFY2(field, qPrintable(describe(decoded[0])));
        QCOMPARE(field->value, expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("WPS attribute of the wrong size")
            << element("0050f204", wpsAttribute(0x1012, hex("04"))) << QStringLiteral("expected");
        QTest::newRow("WPS lying length")
            << element("0050f204", hex("10110010 5456")) << QStringLiteral("cut short");
        QTest::newRow("WPS cut header") << element("0050f204", hex("1011 00")) << QStringLiteral("cut short");
        QTest::newRow("WPS lying vendor extension")
            << element("0050f204", wpsAttribute(0x1049, hex("00372a 0009 20")))
            << QStringLiteral("runs past");
        QTest::newRow("P2P attribute of the wrong size")
            << element("506f9a09", p2pAttribute(0, hex("0000"))) << QStringLiteral("expected");
        QTest::newRow("P2P lying length")
            << element("506f9a09", hex("0d 2000 0200")) << QStringLiteral("cut short");
        QTest::newRow("P2P lying secondary type count")
            << element("506f9a09",
                       p2pAttribute(13, hex("020000000400 0188 00070050f2040004 05 1011 0002 5456")))
            << QStringLiteral("runs past");
        QTest::newRow("P2P lying client length")
            << element("506f9a09", p2pAttribute(14, hex("40 020000000400 020000000401")))
            << QStringLiteral("runs past");
        QTest::newRow("P2P lying interface count")
            << element("506f9a09", p2pAttribute(16, hex("020000000400 05 020000000401")))
            << QStringLiteral("lies");
        QTest::newRow("P2P lying channel entry")
            << element("506f9a09", p2pAttribute(11, hex("555304 51 09 0106"))) << QStringLiteral("runs past");
        QTest::newRow("P2P device name of another type")
            << element("506f9a09",
                       p2pAttribute(13, hex("020000000400 0188 00070050f2040004 00 1012 0002 5456")))
            << QStringLiteral("0x1012");
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const QList<Elements::DecodedElement> decoded = inspectBytes(data + hex("030106"));
        QCOMPARE(decoded.size(), 2);
        QVERIFY2(decoded[0].error.contains(error),
                 qPrintable(QStringLiteral("error \"%1\"").arg(decoded[0].error)));
        QVERIFY2(offsetProblems(decoded[0]).isEmpty(), qPrintable(offsetProblems(decoded[0])));
        // The next element is decoded as if nothing happened.
        QVERIFY(decoded[1].error.isEmpty());
        QCOMPARE(decoded[1].fields.value(0).value, QStringLiteral("6"));
    }
};

QTEST_GUILESS_MAIN(TestVendorAttributes)
#include "tst_vendorattributes.moc"
