// SPDX-License-Identifier: GPL-3.0-or-later
// Wi-Fi Protected Setup attributes (Wi-Fi Simple Configuration 2.0, section 12): big-endian
// type (2) and length (2), then the value.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

enum class Format {
    Hex,
    Text,
    U8,
    U16,
    U32,
    Bool,
    Version,
    Uuid,
    Mac,
    DeviceType,
    DeviceTypes,
    ConfigMethods,
    PasswordId,
    State,
    ResponseType,
    RequestType,
    RfBands,
    AssociationState,
    ConfigError,
    AuthenticationTypes,
    EncryptionTypes,
    ConnectionTypes,
    VendorExtension
};

struct Attribute
{
    int type;
    const char *key;
    const char *label;
    Format format;
    int size; // the only valid length, or 0 for any
};

#define A(type, key, label, format, size) {type, key, label, Format::format, size}

constexpr Attribute attributes[] = {
    A(0x1001, "apChannel", QT_TRANSLATE_NOOP("Airpane", "AP channel"), U16, 2),
    A(0x1002, "associationState", QT_TRANSLATE_NOOP("Airpane", "Association state"), AssociationState, 2),
    A(0x1003, "authenticationType", QT_TRANSLATE_NOOP("Airpane", "Authentication type"), AuthenticationTypes,
      2),
    A(0x1004, "authenticationTypeFlags", QT_TRANSLATE_NOOP("Airpane", "Authentication type flags"),
      AuthenticationTypes, 2),
    A(0x1005, "authenticator", QT_TRANSLATE_NOOP("Airpane", "Authenticator"), Hex, 8),
    A(0x1008, "configMethods", QT_TRANSLATE_NOOP("Airpane", "Config methods"), ConfigMethods, 2),
    A(0x1009, "configurationError", QT_TRANSLATE_NOOP("Airpane", "Configuration error"), ConfigError, 2),
    A(0x100a, "confirmationUrl4", QT_TRANSLATE_NOOP("Airpane", "Confirmation URL (IPv4)"), Text, 0),
    A(0x100b, "confirmationUrl6", QT_TRANSLATE_NOOP("Airpane", "Confirmation URL (IPv6)"), Text, 0),
    A(0x100c, "connectionType", QT_TRANSLATE_NOOP("Airpane", "Connection type"), ConnectionTypes, 1),
    A(0x100d, "connectionTypeFlags", QT_TRANSLATE_NOOP("Airpane", "Connection type flags"), ConnectionTypes,
      1),
    A(0x100e, "credential", QT_TRANSLATE_NOOP("Airpane", "Credential"), Hex, 0),
    A(0x100f, "encryptionType", QT_TRANSLATE_NOOP("Airpane", "Encryption type"), EncryptionTypes, 2),
    A(0x1010, "encryptionTypeFlags", QT_TRANSLATE_NOOP("Airpane", "Encryption type flags"), EncryptionTypes,
      2),
    A(0x1011, "deviceName", QT_TRANSLATE_NOOP("Airpane", "Device name"), Text, 0),
    A(0x1012, "devicePasswordId", QT_TRANSLATE_NOOP("Airpane", "Device password ID"), PasswordId, 2),
    A(0x1014, "eHash1", QT_TRANSLATE_NOOP("Airpane", "E-Hash1"), Hex, 32),
    A(0x1015, "eHash2", QT_TRANSLATE_NOOP("Airpane", "E-Hash2"), Hex, 32),
    A(0x1016, "eSnonce1", QT_TRANSLATE_NOOP("Airpane", "E-SNonce1"), Hex, 16),
    A(0x1017, "eSnonce2", QT_TRANSLATE_NOOP("Airpane", "E-SNonce2"), Hex, 16),
    A(0x1018, "encryptedSettings", QT_TRANSLATE_NOOP("Airpane", "Encrypted settings"), Hex, 0),
    A(0x101a, "enrolleeNonce", QT_TRANSLATE_NOOP("Airpane", "Enrollee nonce"), Hex, 16),
    A(0x101b, "featureId", QT_TRANSLATE_NOOP("Airpane", "Feature ID"), U32, 4),
    A(0x101c, "identity", QT_TRANSLATE_NOOP("Airpane", "Identity"), Text, 0),
    A(0x101d, "identityProof", QT_TRANSLATE_NOOP("Airpane", "Identity proof"), Hex, 0),
    A(0x101e, "keyWrapAuthenticator", QT_TRANSLATE_NOOP("Airpane", "Key wrap authenticator"), Hex, 8),
    A(0x101f, "keyIdentifier", QT_TRANSLATE_NOOP("Airpane", "Key identifier"), Hex, 16),
    A(0x1020, "macAddress", QT_TRANSLATE_NOOP("Airpane", "MAC address"), Mac, 6),
    A(0x1021, "manufacturer", QT_TRANSLATE_NOOP("Airpane", "Manufacturer"), Text, 0),
    A(0x1022, "messageType", QT_TRANSLATE_NOOP("Airpane", "Message type"), U8, 1),
    A(0x1023, "modelName", QT_TRANSLATE_NOOP("Airpane", "Model name"), Text, 0),
    A(0x1024, "modelNumber", QT_TRANSLATE_NOOP("Airpane", "Model number"), Text, 0),
    A(0x1026, "networkIndex", QT_TRANSLATE_NOOP("Airpane", "Network index"), U8, 1),
    A(0x1027, "networkKey", QT_TRANSLATE_NOOP("Airpane", "Network key"), Hex, 0),
    A(0x1028, "networkKeyIndex", QT_TRANSLATE_NOOP("Airpane", "Network key index"), U8, 1),
    A(0x1029, "newDeviceName", QT_TRANSLATE_NOOP("Airpane", "New device name"), Text, 0),
    A(0x102a, "newPassword", QT_TRANSLATE_NOOP("Airpane", "New password"), Hex, 0),
    A(0x102c, "oobDevicePassword", QT_TRANSLATE_NOOP("Airpane", "OOB device password"), Hex, 0),
    A(0x102d, "osVersion", QT_TRANSLATE_NOOP("Airpane", "OS version"), U32, 4),
    A(0x102f, "powerLevel", QT_TRANSLATE_NOOP("Airpane", "Power level"), U8, 1),
    A(0x1030, "pskCurrent", QT_TRANSLATE_NOOP("Airpane", "PSK current"), U8, 1),
    A(0x1031, "pskMax", QT_TRANSLATE_NOOP("Airpane", "PSK max"), U8, 1),
    A(0x1032, "publicKey", QT_TRANSLATE_NOOP("Airpane", "Public key"), Hex, 192),
    A(0x1033, "radioEnabled", QT_TRANSLATE_NOOP("Airpane", "Radio enabled"), Bool, 1),
    A(0x1034, "reboot", QT_TRANSLATE_NOOP("Airpane", "Reboot"), Bool, 1),
    A(0x1035, "registrarCurrent", QT_TRANSLATE_NOOP("Airpane", "Registrar current"), U8, 1),
    A(0x1036, "registrarEstablished", QT_TRANSLATE_NOOP("Airpane", "Registrar established"), Bool, 1),
    A(0x1037, "registrarList", QT_TRANSLATE_NOOP("Airpane", "Registrar list"), Hex, 0),
    A(0x1038, "registrarMax", QT_TRANSLATE_NOOP("Airpane", "Registrar max"), U8, 1),
    A(0x1039, "registrarNonce", QT_TRANSLATE_NOOP("Airpane", "Registrar nonce"), Hex, 16),
    A(0x103a, "requestType", QT_TRANSLATE_NOOP("Airpane", "Request type"), RequestType, 1),
    A(0x103b, "responseType", QT_TRANSLATE_NOOP("Airpane", "Response type"), ResponseType, 1),
    A(0x103c, "rfBands", QT_TRANSLATE_NOOP("Airpane", "RF bands"), RfBands, 1),
    A(0x103d, "rHash1", QT_TRANSLATE_NOOP("Airpane", "R-Hash1"), Hex, 32),
    A(0x103e, "rHash2", QT_TRANSLATE_NOOP("Airpane", "R-Hash2"), Hex, 32),
    A(0x103f, "rSnonce1", QT_TRANSLATE_NOOP("Airpane", "R-SNonce1"), Hex, 16),
    A(0x1040, "rSnonce2", QT_TRANSLATE_NOOP("Airpane", "R-SNonce2"), Hex, 16),
    A(0x1041, "selectedRegistrar", QT_TRANSLATE_NOOP("Airpane", "Selected registrar"), Bool, 1),
    A(0x1042, "serialNumber", QT_TRANSLATE_NOOP("Airpane", "Serial number"), Text, 0),
    A(0x1044, "wpsState", QT_TRANSLATE_NOOP("Airpane", "Wi-Fi Protected Setup state"), State, 1),
    A(0x1045, "ssid", QT_TRANSLATE_NOOP("Airpane", "SSID"), Text, 0),
    A(0x1046, "totalNetworks", QT_TRANSLATE_NOOP("Airpane", "Total networks"), U8, 1),
    A(0x1047, "uuidE", QT_TRANSLATE_NOOP("Airpane", "UUID-E"), Uuid, 16),
    A(0x1048, "uuidR", QT_TRANSLATE_NOOP("Airpane", "UUID-R"), Uuid, 16),
    A(0x1049, "vendorExtension", QT_TRANSLATE_NOOP("Airpane", "Vendor extension"), VendorExtension, 0),
    A(0x104a, "version", QT_TRANSLATE_NOOP("Airpane", "Version"), Version, 1),
    A(0x104b, "x509CertificateRequest", QT_TRANSLATE_NOOP("Airpane", "X.509 certificate request"), Hex, 0),
    A(0x104c, "x509Certificate", QT_TRANSLATE_NOOP("Airpane", "X.509 certificate"), Hex, 0),
    A(0x104d, "eapIdentity", QT_TRANSLATE_NOOP("Airpane", "EAP identity"), Text, 0),
    A(0x104e, "messageCounter", QT_TRANSLATE_NOOP("Airpane", "Message counter"), Hex, 8),
    A(0x104f, "publicKeyHash", QT_TRANSLATE_NOOP("Airpane", "Public key hash"), Hex, 20),
    A(0x1050, "rekeyKey", QT_TRANSLATE_NOOP("Airpane", "Rekey key"), Hex, 32),
    A(0x1051, "keyLifetime", QT_TRANSLATE_NOOP("Airpane", "Key lifetime"), U32, 4),
    A(0x1052, "permittedConfigMethods", QT_TRANSLATE_NOOP("Airpane", "Permitted config methods"),
      ConfigMethods, 2),
    A(0x1053, "selectedRegistrarConfigMethods",
      QT_TRANSLATE_NOOP("Airpane", "Selected registrar config methods"), ConfigMethods, 2),
    A(0x1054, "primaryDeviceType", QT_TRANSLATE_NOOP("Airpane", "Primary device type"), DeviceType, 8),
    A(0x1055, "secondaryDeviceTypes", QT_TRANSLATE_NOOP("Airpane", "Secondary device types"), DeviceTypes, 0),
    A(0x1056, "portableDevice", QT_TRANSLATE_NOOP("Airpane", "Portable device"), Bool, 1),
    A(0x1057, "apSetupLocked", QT_TRANSLATE_NOOP("Airpane", "AP setup locked"), Bool, 1),
    A(0x1058, "applicationExtension", QT_TRANSLATE_NOOP("Airpane", "Application extension"), Hex, 0),
    A(0x1059, "eapType", QT_TRANSLATE_NOOP("Airpane", "EAP type"), Hex, 0),
    A(0x1060, "initializationVector", QT_TRANSLATE_NOOP("Airpane", "Initialization vector"), Hex, 32),
    A(0x1061, "keyProvidedAutomatically", QT_TRANSLATE_NOOP("Airpane", "Key provided automatically"), Bool,
      1),
    A(0x1062, "ieee8021xEnabled", QT_TRANSLATE_NOOP("Airpane", "802.1X enabled"), Bool, 1),
    A(0x1063, "appSessionKey", QT_TRANSLATE_NOOP("Airpane", "AppSessionKey"), Hex, 0),
    A(0x1064, "wepTransmitKey", QT_TRANSLATE_NOOP("Airpane", "WEP transmit key"), U8, 1),
    A(0x1065, "requestedDeviceType", QT_TRANSLATE_NOOP("Airpane", "Requested device type"), DeviceType, 8),
};

#undef A

QString names(std::uint32_t value, std::initializer_list<std::pair<std::uint32_t, const char *>> table)
{
    QStringList result;
    for (const auto &[bit, name] : table) {
        if ((value & bit) == bit) {
            result.append(tr(name));
        }
    }
    return result.isEmpty() ? tr(QT_TRANSLATE_NOOP("Airpane", "none")) : result.join(QStringLiteral(", "));
}

QString pick(int value, std::initializer_list<const char *> table)
{
    return value >= 0 && value < int(table.size()) && table.begin()[value]
               ? QStringLiteral("%1 (%2)").arg(value).arg(tr(table.begin()[value]))
               : QString::number(value);
}

} // namespace

void decodeWpsAttributes(ElementBuilder &b, int at)
{
    while (at < b.size()) {
        if (!b.need(at, 4, QT_TRANSLATE_NOOP("Airpane", "A WPS attribute header"))) {
            return;
        }
        const int type = b.be16(at);
        const int length = b.be16(at + 2);
        if (!b.need(at + 4, length, QT_TRANSLATE_NOOP("Airpane", "A WPS attribute"))) {
            return;
        }
        const int v = at + 4; // the value
        const auto known = std::find_if(std::begin(attributes), std::end(attributes),
                                        [&](const Attribute &a) { return a.type == type; });
        if (known == std::end(attributes)) {
            Field unknown = b.field("attribute", QT_TRANSLATE_NOOP("Airpane", "Attribute"), b.hex(v, length),
                                    QT_TRANSLATE_NOOP("Airpane", "A WPS attribute Airpane has no name for."),
                                    at, 4 + length);
            unknown.key += QStringLiteral("%1").arg(type, 4, 16, QLatin1Char('0'));
            unknown.label += QStringLiteral(" 0x%1").arg(type, 4, 16, QLatin1Char('0'));
            b.add(unknown);
            at = v + length;
            continue;
        }
        if ((known->size && length != known->size) || (known->format == Format::DeviceTypes && length % 8)) {
            b.error(tr(QT_TRANSLATE_NOOP("Airpane", "WPS %1 has %2 bytes, %3 expected"))
                        .arg(tr(known->label))
                        .arg(length)
                        .arg(known->size ? known->size : 8 * (length / 8 + 1)));
        }
        const bool sized = !known->size || length == known->size;
        QString value;
        QList<Field> children;
        switch (sized ? known->format : Format::Hex) {
        case Format::Hex:
            value = b.hex(v, length);
            break;
        case Format::Text:
            value = b.text(v, length);
            break;
        case Format::U8:
            value = QString::number(b.u8(v));
            break;
        case Format::U16:
            value = QString::number(b.be16(v));
            break;
        case Format::U32:
            value = QString::number(std::uint32_t(b.be16(v)) << 16 | b.be16(v + 2));
            break;
        case Format::Bool:
            value = yesNo(b.u8(v));
            break;
        case Format::Version:
            value = QStringLiteral("%1.%2").arg(b.u8(v) >> 4).arg(b.u8(v) & 0xf);
            break;
        case Format::Uuid: {
            const QString hex = b.hex(v, 16);
            value = QStringLiteral("%1-%2-%3-%4-%5")
                        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20));
            break;
        }
        case Format::Mac:
            value = b.mac(v);
            break;
        case Format::DeviceType:
            value = wpsDeviceType(b, v);
            break;
        case Format::DeviceTypes: {
            QStringList types;
            for (int i = 0; i + 8 <= length; i += 8) {
                types.append(wpsDeviceType(b, v + i));
            }
            value = types.join(QStringLiteral(", "));
            break;
        }
        case Format::ConfigMethods:
            value = wpsConfigMethods(b.be16(v));
            break;
        case Format::PasswordId:
            value = pick(b.be16(v),
                         {QT_TRANSLATE_NOOP("Airpane", "default (PIN)"),
                          QT_TRANSLATE_NOOP("Airpane", "user-specified"),
                          QT_TRANSLATE_NOOP("Airpane", "machine-specified"),
                          QT_TRANSLATE_NOOP("Airpane", "rekey"), QT_TRANSLATE_NOOP("Airpane", "push button"),
                          QT_TRANSLATE_NOOP("Airpane", "registrar-specified"), nullptr,
                          QT_TRANSLATE_NOOP("Airpane", "NFC connection handover")});
            break;
        case Format::State:
            value = pick(b.u8(v), {nullptr, QT_TRANSLATE_NOOP("Airpane", "not configured"),
                                   QT_TRANSLATE_NOOP("Airpane", "configured")});
            break;
        case Format::ResponseType:
            value = pick(b.u8(v),
                         {QT_TRANSLATE_NOOP("Airpane", "enrollee, info only"),
                          QT_TRANSLATE_NOOP("Airpane", "enrollee, open 802.1X"),
                          QT_TRANSLATE_NOOP("Airpane", "registrar"), QT_TRANSLATE_NOOP("Airpane", "AP")});
            break;
        case Format::RequestType:
            value = pick(b.u8(v), {QT_TRANSLATE_NOOP("Airpane", "enrollee, info only"),
                                   QT_TRANSLATE_NOOP("Airpane", "enrollee, open 802.1X"),
                                   QT_TRANSLATE_NOOP("Airpane", "registrar"),
                                   QT_TRANSLATE_NOOP("Airpane", "WLAN manager registrar")});
            break;
        case Format::RfBands:
            value = names(b.u8(v), {{1, "2.4 GHz"}, {2, "5 GHz"}, {4, "60 GHz"}});
            break;
        case Format::AssociationState:
            value = pick(b.be16(v), {QT_TRANSLATE_NOOP("Airpane", "not associated"),
                                     QT_TRANSLATE_NOOP("Airpane", "connection success"),
                                     QT_TRANSLATE_NOOP("Airpane", "configuration failure"),
                                     QT_TRANSLATE_NOOP("Airpane", "association failure"),
                                     QT_TRANSLATE_NOOP("Airpane", "IP failure")});
            break;
        case Format::ConfigError:
            value = QString::number(b.be16(v));
            break;
        case Format::AuthenticationTypes:
            value = names(b.be16(v), {{0x01, QT_TRANSLATE_NOOP("Airpane", "open")},
                                      {0x02, "WPA-Personal"},
                                      {0x04, QT_TRANSLATE_NOOP("Airpane", "shared")},
                                      {0x08, "WPA-Enterprise"},
                                      {0x10, "WPA2-Enterprise"},
                                      {0x20, "WPA2-Personal"}});
            break;
        case Format::EncryptionTypes:
            value = names(
                b.be16(v),
                {{0x01, QT_TRANSLATE_NOOP("Airpane", "none")}, {0x02, "WEP"}, {0x04, "TKIP"}, {0x08, "AES"}});
            break;
        case Format::ConnectionTypes:
            value = names(b.u8(v), {{1, "ESS"}, {2, "IBSS"}});
            break;
        case Format::VendorExtension:
            value = length >= 3 ? b.oui(v) : b.hex(v, length);
            break;
        }
        Field field = b.field(known->key, known->label, value, nullptr, at, 4 + length);
        field.explanation =
            tr(QT_TRANSLATE_NOOP("Airpane", "WPS attribute 0x%1.")).arg(type, 4, 16, QLatin1Char('0'));
        if (known->format == Format::VendorExtension && length >= 3) {
            addWpsVendorExtension(b, field, v, length);
        }
        b.add(field);
        at = v + length;
    }
}

} // namespace Airpane::Elements::Inspector
