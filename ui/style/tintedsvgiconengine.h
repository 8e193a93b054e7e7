// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIconEngine>

namespace Airpane {

// Renders a monochrome SVG icon in the palette's text colour at the exact size and device pixel
// ratio asked for, so the navigation icons follow light and dark palettes and stay sharp on HiDPI.
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QString m_resourcePath;
};

// The icon named NAME from the application's resources (":/icons/NAME.svg").
QIcon tintedIcon(const QString &name);

} // namespace Airpane
