// The inventory's sort/filter proxy as the main window uses it: what stays visible for each
// filter, bucket rows following their uploads, sorting on raw values.
#include "inventoryfilterproxy.h"
#include "inventorymodel.h"
#include "wastestats.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

UploadInfo upload(const QString &bucket, const QString &key, const QString &id, qint64 ageSeconds,
                  const QString &storageClass = QStringLiteral("STANDARD"))
{
    UploadInfo u;
    u.bucket = bucket;
    u.key = key;
    u.uploadId = id;
    u.initiated = Now.addSecs(-ageSeconds);
    u.storageClass = storageClass;
    return u;
}

constexpr qint64 Day = 86400;

QStringList visibleKeys(const QSortFilterProxyModel &proxy)
{
    QStringList keys;
    for (int b = 0; b < proxy.rowCount(); ++b) {
        const QModelIndex bucket = proxy.index(b, 0);
        for (int r = 0; r < proxy.rowCount(bucket); ++r)
            keys.append(proxy.index(r, 0, bucket).data(InventoryModel::KeyRole).toString());
    }
    return keys;
}

QStringList visibleBuckets(const QSortFilterProxyModel &proxy)
{
    QStringList names;
    for (int b = 0; b < proxy.rowCount(); ++b)
        names.append(proxy.index(b, 0).data(InventoryModel::BucketRole).toString());
    return names;
}

} // namespace

class TestInventoryFilterProxy : public QObject
{
    Q_OBJECT

    InventoryModel *m_model = nullptr;
    InventoryFilterProxy *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new InventoryModel(this);
        m_model->setClock([] { return Now; });
        m_proxy = new InventoryFilterProxy(this);
        m_proxy->setInventory(m_model);
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
        m_model->setBuckets({BucketInfo{QStringLiteral("logs"), Now, {}}, BucketInfo{QStringLiteral("media"), Now, {}},
                             BucketInfo{QStringLiteral("empty"), Now, {}}});
        m_model->appendUploads(
            QStringLiteral("logs"),
            {upload(QStringLiteral("logs"), QStringLiteral("app/2026/a.log"), QStringLiteral("l1"), 2 * Day),
             upload(QStringLiteral("logs"), QStringLiteral("app/2026/b.log"), QStringLiteral("l2"), 40 * Day),
             upload(QStringLiteral("logs"), QStringLiteral("db/dump.sql"), QStringLiteral("l3"), 3600,
                    QStringLiteral("STANDARD_IA"))});
        m_model->appendUploads(
            QStringLiteral("media"),
            {upload(QStringLiteral("media"), QStringLiteral("video/APP-intro.mp4"), QStringLiteral("m1"), 10 * Day),
             upload(QStringLiteral("media"), QStringLiteral("video/raw.mov"), QStringLiteral("m2"), 100 * Day)});
        m_model->setUploadSize(QStringLiteral("logs"), QStringLiteral("l2"), 3, 3 * 1024 * 1024);
        m_model->setUploadSize(QStringLiteral("media"), QStringLiteral("m2"), 20, 2LL * 1024 * 1024 * 1024);
        m_model->setUploadSize(QStringLiteral("media"), QStringLiteral("m1"), 1, 1024);
        m_model->flushPendingChanges();
    }
    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void noFilterShowsEverythingIncludingEmptyBuckets()
    {
        QCOMPARE(visibleBuckets(*m_proxy), (QStringList{u"logs"_s, u"media"_s, u"empty"_s}));
        QCOMPARE(visibleKeys(*m_proxy).size(), 5);
    }

    void textMatchesAnywhereCaseInsensitively()
    {
        InventoryFilterProxy::Filter f;
        f.text = QStringLiteral("app");
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy),
                 (QStringList{u"app/2026/a.log"_s, u"app/2026/b.log"_s, u"video/APP-intro.mp4"_s}));
        // Buckets without a match disappear while a filter is on.
        QCOMPARE(visibleBuckets(*m_proxy), (QStringList{u"logs"_s, u"media"_s}));
    }

    void prefixWithStarOrCaret()
    {
        InventoryFilterProxy::Filter f;
        f.text = QStringLiteral("video/*");
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"video/APP-intro.mp4"_s, u"video/raw.mov"_s}));
        f.text = QStringLiteral("^app");
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"app/2026/a.log"_s, u"app/2026/b.log"_s}));
    }

    void minimumAgeUsesTheModelsClock()
    {
        InventoryFilterProxy::Filter f;
        f.minAgeSeconds = 7 * Day;
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy),
                 (QStringList{u"app/2026/b.log"_s, u"video/APP-intro.mp4"_s, u"video/raw.mov"_s}));
        f.minAgeSeconds = 30 * Day;
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"app/2026/b.log"_s, u"video/raw.mov"_s}));
    }

    void minimumSizeHidesUnknownSizes()
    {
        InventoryFilterProxy::Filter f;
        f.minBytes = 1024 * 1024;
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"app/2026/b.log"_s, u"video/raw.mov"_s}));
    }

    void bucketAndStorageClass()
    {
        InventoryFilterProxy::Filter f;
        f.bucket = QStringLiteral("media");
        m_proxy->setFilter(f);
        QCOMPARE(visibleBuckets(*m_proxy), (QStringList{u"media"_s}));
        QCOMPARE(visibleKeys(*m_proxy).size(), 2);
        f.bucket.clear();
        f.storageClass = QStringLiteral("STANDARD_IA");
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"db/dump.sql"_s}));
    }

    void uploadsArrivingLaterAreFiltered()
    {
        InventoryFilterProxy::Filter f;
        f.text = QStringLiteral("report");
        m_proxy->setFilter(f);
        QVERIFY(visibleKeys(*m_proxy).isEmpty());
        m_model->appendUploads(
            QStringLiteral("empty"),
            {upload(QStringLiteral("empty"), QStringLiteral("q3/report.pdf"), QStringLiteral("e1"), Day),
             upload(QStringLiteral("empty"), QStringLiteral("q3/other.pdf"), QStringLiteral("e2"), Day)});
        QTRY_COMPARE(visibleKeys(*m_proxy), (QStringList{u"q3/report.pdf"_s}));
        QCOMPARE(visibleBuckets(*m_proxy), (QStringList{u"empty"_s}));
    }

    void sortsBySizeOnRawValues()
    {
        m_proxy->sort(InventoryModel::SizeColumn, Qt::DescendingOrder);
        const QModelIndex media = m_proxy->index(0, 0); // 2 GiB of uploads: the largest bucket
        QCOMPARE(media.data(InventoryModel::BucketRole).toString(), QStringLiteral("media"));
        // 2 GiB before 1 KiB: numeric, not "2.00 GiB" < "1.0 KiB" as text would sort.
        QCOMPARE(m_proxy->index(0, 0, media).data(InventoryModel::KeyRole).toString(), QStringLiteral("video/raw.mov"));
        m_proxy->sort(InventoryModel::AgeColumn, Qt::AscendingOrder);
        const QModelIndex logs = m_proxy->mapFromSource(m_model->bucketIndex(QStringLiteral("logs")));
        QCOMPARE(m_proxy->index(0, 0).data(InventoryModel::BucketRole).toString(), QStringLiteral("empty")); // no age
        QCOMPARE(m_proxy->index(0, 0, logs).data(InventoryModel::KeyRole).toString(), QStringLiteral("db/dump.sql"));
    }

    void failedBucketsCarryAnIcon()
    {
        m_model->setBucketScanState(QStringLiteral("empty"), InventoryModel::ScanState::Failed,
                                    QStringLiteral("Access denied"));
        const QModelIndex state = m_proxy->index(2, InventoryModel::StateColumn);
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(state.data(Qt::DisplayRole).toString().contains(QStringLiteral("Failed")));
    }

    void wasteStatsTallyByBucketAndAgeBand()
    {
        WasteStats stats;
        stats.add(QStringLiteral("a"), 3600, 100);
        stats.add(QStringLiteral("a"), 3 * Day, -1);
        stats.add(QStringLiteral("b"), 95 * Day, 50);
        QCOMPARE(stats.total.uploads, 3);
        QCOMPARE(stats.total.bytes, 150);
        QCOMPARE(stats.total.sizedUploads, 2);
        QCOMPARE(stats.byBucket.value(QStringLiteral("a")).uploads, 2);
        QCOMPARE(stats.byBucket.value(QStringLiteral("a")).bytes, 100);
        QCOMPARE(stats.byAge[WasteStats::UnderOneDay].uploads, 1);
        QCOMPARE(stats.byAge[WasteStats::OneToSevenDays].uploads, 1);
        QCOMPARE(stats.byAge[WasteStats::OverNinetyDays].bytes, 50);
        QCOMPARE(WasteStats::bandOf(7 * Day), WasteStats::SevenToThirtyDays);
        QCOMPARE(WasteStats::bandOf(7 * Day - 1), WasteStats::OneToSevenDays);
    }
};

QTEST_MAIN(TestInventoryFilterProxy)
#include "tst_inventoryfilterproxy.moc"
