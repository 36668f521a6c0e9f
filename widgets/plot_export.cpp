#include "plot_export.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <qcustomplot.h>

namespace dnas::widgets {

namespace {
void drawGrid(QCPPainter &painter, const QList<QCustomPlot *> &plots, int columns, int width,
              int height)
{
    const int rows = int((plots.size() + columns - 1) / columns);
    for (int i = 0; i < int(plots.size()); ++i) {
        const int row = i / columns;
        const int column = i % columns;
        const int x0 = column * width / columns;
        const int x1 = (column + 1) * width / columns;
        const int y0 = row * height / rows;
        const int y1 = (row + 1) * height / rows;
        painter.save();
        painter.translate(x0, y0);
        plots[i]->toPainter(&painter, x1 - x0, y1 - y0);
        painter.restore();
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool savePlots(const QList<QCustomPlot *> &plots, int columns, const QString &path, int width,
               int height, QString *error)
{
    if (plots.isEmpty() || columns < 1 || width < 1 || height < 1)
        return fail(error, QStringLiteral("nothing to draw"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Fonts are sized in points: draw at the plots' screen resolution so that
    // every format has the proportions the plots have on screen.
    const int dpi = plots.first()->logicalDpiX() > 0 ? plots.first()->logicalDpiX() : 96;
    const QString title = QFileInfo(path).completeBaseName();

    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setCreator(QStringLiteral("DNAS Studio"));
        writer.setTitle(title);
        writer.setResolution(dpi);
        writer.setPageLayout(QPageLayout(
            QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&writer))
            return fail(error, QStringLiteral("cannot write %1").arg(path));
        painter.setMode(QCPPainter::pmVectorized);
        painter.setWindow(0, 0, width, height);
        drawGrid(painter, plots, columns, width, height);
        painter.end();
        return QFileInfo(path).size() > 0
            || fail(error, QStringLiteral("cannot write %1").arg(path));
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setTitle(title);
        generator.setDescription(QStringLiteral("Made by DNAS Studio"));
        generator.setResolution(dpi);
        generator.setSize(QSize(width, height));
        generator.setViewBox(QRect(0, 0, width, height));
        QCPPainter painter;
        if (!painter.begin(&generator))
            return fail(error, QStringLiteral("cannot write %1").arg(path));
        painter.setMode(QCPPainter::pmVectorized);
        drawGrid(painter, plots, columns, width, height);
        painter.end();
        return QFileInfo(path).size() > 0
            || fail(error, QStringLiteral("cannot write %1").arg(path));
    }
    if (suffix == QLatin1String("png") || suffix == QLatin1String("jpg")
        || suffix == QLatin1String("jpeg") || suffix == QLatin1String("bmp")) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        {
            QCPPainter painter(&image);
            drawGrid(painter, plots, columns, width, height);
        }
        if (suffix != QLatin1String("png"))
            image = image.convertToFormat(QImage::Format_RGB32);
        QImageWriter writer(path);
        if (!writer.write(image))
            return fail(error,
                        QStringLiteral("cannot write %1: %2").arg(path, writer.errorString()));
        return true;
    }
    return fail(
        error,
        QStringLiteral("unknown image format \"%1\" (png, jpg, bmp, pdf or svg)").arg(suffix));
}

} // namespace dnas::widgets
