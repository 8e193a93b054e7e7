// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtesting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Airpane::Testing {
namespace {

const Elements::Field *findIn(const QList<Elements::Field> &fields, QStringList path)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    QString key = path.takeFirst();
    int index = 0;
    if (const auto match = indexed.match(key); match.hasMatch()) {
        key = match.captured(1);
        index = match.captured(2).toInt();
    }
    for (const Elements::Field &field : fields) {
        if (field.key == key && index-- == 0) {
            return path.isEmpty() ? &field : findIn(field.children, path);
        }
    }
    return nullptr;
}

void describeFields(const QList<Elements::Field> &fields, const QString &prefix, QString &out)
{
    for (const Elements::Field &field : fields) {
        out += QStringLiteral("  %1%2 = %3\n").arg(prefix, field.key, field.value);
        describeFields(field.children, prefix + field.key + QLatin1Char('/'), out);
    }
}

void checkOffsets(const QList<Elements::Field> &fields, int begin, int end, const QString &prefix,
                  QString &problems)
{
    for (const Elements::Field &field : fields) {
        if (field.length < 0 || field.offset < begin || field.offset + field.length > end) {
            problems += QStringLiteral("%1%2 at %3+%4 is outside %5..%6; ")
                            .arg(prefix, field.key)
                            .arg(field.offset)
                            .arg(field.length)
                            .arg(begin)
                            .arg(end);
        }
        // Children lie within the parent, except a parent of no bytes (a grouping).
        const bool grouping = field.length == 0;
        checkOffsets(field.children, grouping ? begin : field.offset,
                     grouping ? end : field.offset + field.length, prefix + field.key + QLatin1Char('/'),
                     problems);
    }
}

void collectUnexplained(const QList<Elements::Field> &fields, const QString &prefix, QStringList &out)
{
    for (const Elements::Field &field : fields) {
        if (field.label.isEmpty() || field.explanation.isEmpty()) {
            out.append(prefix + field.key);
        }
        collectUnexplained(field.children, prefix + field.key + QLatin1Char('/'), out);
    }
}

} // namespace

QStringList unexplained(const Elements::DecodedElement &element)
{
    QStringList out;
    collectUnexplained(element.fields, element.key + QLatin1Char(':'), out);
    return out;
}

QStringList recordedScenarios()
{
    return {QStringLiteral("demo"), QStringLiteral("security"), QStringLiteral("sixghz"),
            QStringLiteral("hall")};
}

QList<RecordedBss> recordedBsses(const QString &scenario)
{
    QFile file(QStringLiteral(AIRPANE_TEST_DATA_DIR "/elements/%1.txt").arg(scenario));
    QList<RecordedBss> result;
    if (!file.open(QIODevice::ReadOnly)) {
        return result;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (line.startsWith('#') || parts.size() != 4) {
            continue;
        }
        result.append({QString::fromLatin1(parts[0]), parts[1].toInt(), QByteArray::fromHex(parts[2]),
                       parts[3] == "-" ? QByteArray() : QByteArray::fromHex(parts[3])});
    }
    return result;
}

QList<Elements::DecodedElement> inspectBytes(const QByteArray &data)
{
    return Elements::inspect(
        Elements::Bytes(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())));
}

const Elements::DecodedElement *findElement(const QList<Elements::DecodedElement> &elements,
                                            const QString &key)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    QString name = key;
    int index = 0;
    if (const auto match = indexed.match(key); match.hasMatch()) {
        name = match.captured(1);
        index = match.captured(2).toInt();
    }
    for (const Elements::DecodedElement &element : elements) {
        if (element.key == name && index-- == 0) {
            return &element;
        }
    }
    return nullptr;
}

const Elements::Field *findField(const Elements::DecodedElement &element, const QString &path)
{
    return path.isEmpty() ? nullptr : findIn(element.fields, path.split(QLatin1Char('/')));
}

QString describe(const Elements::DecodedElement &element)
{
    QString out = QStringLiteral("%1 (error: %2)\n").arg(element.key, element.error);
    describeFields(element.fields, QString(), out);
    return out;
}

QString offsetProblems(const Elements::DecodedElement &element)
{
    QString problems;
    if (element.raw.size() != element.length) {
        problems +=
            QStringLiteral("raw has %1 bytes, length says %2; ").arg(element.raw.size()).arg(element.length);
    }
    checkOffsets(element.fields, element.offset + 2, element.offset + element.length, QString(), problems);
    return problems;
}

} // namespace Airpane::Testing
