// Light and dark palettes, and 200% scaling: the window takes its colours from the palette (no
// hard-coded colour that would vanish on a dark background) and lays out at twice the size.
// Renders each case to PNG next to the test binary (appearance-*.png) for a human to look at.
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "summarypane.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return p;
}

void feed(InventoryModel *model)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model->setBuckets({BucketInfo{u"media-archive"_s, now, {}}, BucketInfo{u"denied"_s, now, {}}});
    QList<UploadInfo> page;
    for (int i = 0; i < 40; ++i) {
        UploadInfo u;
        u.bucket = u"media-archive"_s;
        u.key = u"video/2021/clip-%1.mp4"_s.arg(i);
        u.uploadId = u"id-%1"_s.arg(i);
        u.initiated = now.addDays(-i * 7);
        u.storageClass = u"STANDARD"_s;
        page.append(u);
    }
    model->appendUploads(u"media-archive"_s, page);
    for (int i = 0; i < 40; i += 3)
        model->setUploadSize(u"media-archive"_s, u"id-%1"_s.arg(i), 3, qint64(i + 1) * 1024 * 1024);
    model->setUploadState(u"media-archive"_s, u"id-2"_s, InventoryModel::UploadState::Failed,
                          u"Access denied by bucket policy"_s);
    model->setBucketScanState(u"denied"_s, InventoryModel::ScanState::Failed, u"Access denied (AccessDenied)"_s);
    model->flushPendingChanges();
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

    QImage render(const QPalette &palette, const QString &name)
    {
        QApplication::setPalette(palette);
        MainWindow window;
        feed(window.inventory());
        window.resize(1280, 800);
        window.show();
        window.refreshSummary();
        [&] { QVERIFY(QTest::qWaitForWindowExposed(&window)); }();
        QCoreApplication::processEvents();

        // Colours that carry meaning come from the palette in force.
        QModelIndex failedState;
        for (int row = 0; row < window.proxy()->rowCount(); ++row) {
            const QModelIndex state = window.proxy()->index(row, FlatUploadModel::StateColumn);
            if (state.data(InventoryModel::UploadIdRole).toString() == u"id-2"_s)
                failedState = state;
        }
        [&] { QVERIFY(failedState.isValid()); }();
        [&] { QCOMPARE(failedState.data(Qt::ForegroundRole).value<QColor>(), palette.color(QPalette::LinkVisited)); }();
        for (QChartView *view : window.summaryPane()->findChildren<QChartView *>()) {
            [&] {
                QCOMPARE(view->chart()->titleBrush().color(), palette.color(QPalette::WindowText));
                for (QAbstractAxis *axis : view->chart()->axes())
                    QCOMPARE(axis->labelsColor(), palette.color(QPalette::WindowText));
            }();
        }
        const QImage image = window.grab().toImage();
        image.save(QCoreApplication::applicationDirPath() + u"/appearance-"_s + name + u".png"_s);
        return image;
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void lightAndDark()
    {
        const QImage light = render(QApplication::style()->standardPalette(), u"light"_s);
        const QImage dark = render(darkPalette(), u"dark"_s);
        QCOMPARE(light.size(), dark.size());
        // The dark rendering is dark: its average luminance is well below the light one's.
        const auto luminance = [](const QImage &image) {
            qint64 sum = 0;
            const QImage small = image.scaled(64, 40);
            for (int y = 0; y < small.height(); ++y)
                for (int x = 0; x < small.width(); ++x)
                    sum += qGray(small.pixel(x, y));
            return double(sum) / (small.width() * small.height());
        };
        QVERIFY2(luminance(dark) < luminance(light) / 2,
                 qPrintable(u"%1 vs %2"_s.arg(luminance(dark)).arg(luminance(light))));
    }

    void twiceTheSizeAt200Percent()
    {
        if (qApp->devicePixelRatio() < 2)
            QSKIP("run with QT_SCALE_FACTOR=2 (the appearance_200 test does)");
        QApplication::setPalette(QApplication::style()->standardPalette());
        MainWindow window;
        feed(window.inventory());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(2560, 1600)); // rendered at twice the pixels, not clipped
        image.save(QCoreApplication::applicationDirPath() + u"/appearance-200.png"_s);
        // Rows are tall enough for their text at this scale.
        QTableView *view = window.view();
        QVERIFY(view->rowHeight(0) >= view->fontMetrics().height());
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
