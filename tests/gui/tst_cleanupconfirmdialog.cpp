// The cleanup confirmation, offscreen: what it states about money. The rest of it (count, bytes,
// buckets, the age guard on the server's clock) is checked end to end in
// integration/tst_cleanup_gui.cpp.
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include "cleanupconfirmdialog.h"
#include "translations.h"

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

CleanupTarget target(const QString &id, qint64 size, const QString &storageClass)
{
    CleanupTarget t;
    t.upload.bucket = u"media"_s;
    t.upload.key = u"clip-"_s + id;
    t.upload.uploadId = id;
    t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-10);
    t.upload.storageClass = storageClass;
    t.size = size;
    return t;
}

} // namespace

class TestCleanupConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(*qApp, QLocale(QLocale::English)); // as the application does
    }

    // 1 GiB STANDARD + 1 GiB DEEP_ARCHIVE (its parts billed at STANDARD) at $0.023, one upload of
    // unknown size not counted: "saves about $0.046 a month", and it says what it counted.
    void statesWhatTheCleanupSaves()
    {
        const QList<CleanupTarget> targets{target(u"a"_s, GiB, u"STANDARD"_s), target(u"b"_s, GiB, u"DEEP_ARCHIVE"_s),
                                           target(u"c"_s, -1, u"STANDARD"_s)};
        CleanupConfirmDialog dialog(targets, CleanupOptions{}, QDateTime::currentDateTimeUtc());
        dialog.setCostModel(CostModel::forConnection(PriceTable::builtIn(), QUrl(), u"us-east-1"_s, std::nullopt));
        QVERIFY2(dialog.summaryText().contains(u"That saves about $0.046 a month (AWS list prices of"_s),
                 qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains(u"counting the uploads of known size and price"_s),
                 qPrintable(dialog.summaryText()));
        // Another service without a price: no money is stated at all.
        dialog.setCostModel(
            CostModel::forConnection(PriceTable::builtIn(), QUrl(u"http://127.0.0.1:7480"_s), u"us-east-1"_s, {}));
        QVERIFY2(!dialog.summaryText().contains(u"$"_s), qPrintable(dialog.summaryText()));
    }

    // A large selection (a million at Select all) is counted on a worker: the dialog shows at once,
    // says it is counting, cannot be confirmed meanwhile, and then states the same figures as a
    // small selection would; its guard field is followed without counting again.
    void aLargeSelectionIsCountedInTheBackground()
    {
        QList<CleanupTarget> targets;
        for (int i = 0; i < 60000; ++i) {
            CleanupTarget t = target(QString::number(i), 1024, u"STANDARD"_s);
            t.upload.bucket = i % 3 == 0 ? u"logs"_s : u"media"_s;
            t.upload.initiated = QDateTime::currentDateTimeUtc().addSecs(-3600LL * (i % 48) - 60);
            targets << t;
        }
        CleanupOptions options;
        options.minAgeSeconds = 24 * 3600;
        CleanupConfirmDialog dialog(targets, options, QDateTime::currentDateTimeUtc());
        auto *accept = dialog.findChild<QPushButton *>(u"confirmButton"_s);
        QVERIFY(accept);
        QVERIFY(!dialog.isTallied());
        QVERIFY2(dialog.summaryText().contains(u"Counting the 60,000 selected uploads"_s),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!accept->isEnabled());
        QTRY_VERIFY(dialog.isTallied());
        // Ages of 0-47 hours (plus a minute): the uploads 24-47 hours old are aborted, half of them.
        QVERIFY2(dialog.summaryText().startsWith(u"30,000 pending uploads (29.3 MiB) in 2 buckets will be aborted."_s),
                 qPrintable(dialog.summaryText()));
        QVERIFY2(dialog.summaryText().contains(u"30,000 selected uploads younger than the guard are kept."_s),
                 qPrintable(dialog.summaryText()));
        QVERIFY(accept->isEnabled());
        QCOMPARE(accept->text(), u"&Abort 30,000 uploads (29.3 MiB)"_s);
        auto *buckets = dialog.findChild<QLabel *>(u"confirmBuckets"_s);
        QVERIFY(buckets);
        QCOMPARE(buckets->text(), u"  logs: 10,000 uploads, 9.77 MiB\n  media: 20,000 uploads, 19.5 MiB"_s);
        // The guard at 0: everything, at once.
        dialog.findChild<QSpinBox *>(u"guardValue"_s)->setValue(0);
        QCOMPARE(accept->text(), u"&Abort 60,000 uploads (58.6 MiB)"_s);
    }
};

QTEST_MAIN(TestCleanupConfirmDialog)
#include "tst_cleanupconfirmdialog.moc"
