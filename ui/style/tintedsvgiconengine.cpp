// SPDX-License-Identifier: GPL-3.0-or-later
#include "tintedsvgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Airpane {

TintedSvgIconEngine::TintedSvgIconEngine(const QString &resourcePath)
    : m_resourcePath(resourcePath)
{}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);

    QSvgRenderer renderer(m_resourcePath);
    if (!renderer.isValid()) {
        return pixmap;
    }
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::WindowText);
    if (mode == QIcon::Selected) {
        colour = palette.color(QPalette::HighlightedText);
    } else if (mode == QIcon::Disabled) {
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    }

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    // Keep the SVG's shape and opacity, replace its colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), colour);
    return pixmap;
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(m_resourcePath);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("airpane-tinted-svg");
}

QIcon tintedIcon(const QString &name)
{
    return QIcon(new TintedSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace Airpane
