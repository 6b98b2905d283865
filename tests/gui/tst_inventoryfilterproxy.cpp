// The upload table's models as the main window uses them: the flat list of every upload
// (FlatUploadModel, checked with QAbstractItemModelTester while uploads stream in, are sized and
// removed) and the sort/filter proxy above it: what stays visible for each filter, sorting on
// raw values.
#include "inventory/flatuploadmodel.h"
#include "inventory/inventorymodel.h"
#include "inventory/wastestats.h"
#include "inventoryfilterproxy.h"
#include "pricing/pricetable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

QStringList visibleKeys(const QAbstractItemModel &proxy)
{
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys.append(proxy.index(r, 0).data(InventoryModel::KeyRole).toString());
    return keys;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r)
        cells.append(model.index(r, column).data().toString());
    return cells;
}

} // namespace

class TestInventoryFilterProxy : public QObject
{
    Q_OBJECT

    InventoryModel *m_model = nullptr;
    FlatUploadModel *m_flat = nullptr;
    InventoryFilterProxy *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new InventoryModel(this);
        m_model->setClock([] { return Now; });
        m_flat = new FlatUploadModel(this);
        m_flat->setInventory(m_model);
        new QAbstractItemModelTester(m_flat, QAbstractItemModelTester::FailureReportingMode::QtTest, m_flat);
        m_proxy = new InventoryFilterProxy(this);
        m_proxy->setUploads(m_flat);
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
        delete m_flat;
        delete m_model;
    }

    void flatListHoldsEveryUploadBucketAfterBucket()
    {
        QCOMPARE(column(*m_flat, FlatUploadModel::BucketColumn),
                 (QStringList{u"logs"_s, u"logs"_s, u"logs"_s, u"media"_s, u"media"_s}));
        QCOMPARE(column(*m_flat, FlatUploadModel::KeyColumn),
                 (QStringList{u"app/2026/a.log"_s, u"app/2026/b.log"_s, u"db/dump.sql"_s, u"video/APP-intro.mp4"_s,
                              u"video/raw.mov"_s}));
        QCOMPARE(m_flat->headerData(FlatUploadModel::BucketColumn, Qt::Horizontal).toString(), u"Bucket"_s);
        QCOMPARE(m_flat->index(4, FlatUploadModel::SizeColumn).data(InventoryModel::SizeRole).toLongLong(),
                 2LL * 1024 * 1024 * 1024);
    }

    void flatListFollowsPagesSizesAndRemovals()
    {
        // A page for the first bucket lands between logs' last and media's first upload.
        QSignalSpy inserted(m_flat, &QAbstractItemModel::rowsInserted);
        m_model->appendUploads(u"logs"_s, {upload(u"logs"_s, u"late.log"_s, u"l4"_s, Day),
                                           upload(u"logs"_s, u"later.log"_s, u"l5"_s, Day)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(m_flat->index(5, FlatUploadModel::KeyColumn).data().toString(), u"video/APP-intro.mp4"_s);
        // Uploads of a bucket that was empty go at the end.
        m_model->appendUploads(u"empty"_s, {upload(u"empty"_s, u"x"_s, u"e1"_s, Day)});
        QCOMPARE(m_flat->rowCount(), 8);
        QCOMPARE(m_flat->index(7, FlatUploadModel::BucketColumn).data().toString(), u"empty"_s);

        QSignalSpy changed(m_flat, &QAbstractItemModel::dataChanged);
        m_model->setUploadSize(u"logs"_s, u"l5"_s, 2, 777);
        m_model->flushPendingChanges();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 4);
        QCOMPARE(m_flat->index(4, FlatUploadModel::SizeColumn).data(InventoryModel::SizeRole).toLongLong(), 777);

        QSignalSpy removed(m_flat, &QAbstractItemModel::rowsRemoved);
        m_model->removeUploads(u"logs"_s, {u"l1"_s, u"l2"_s});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(column(*m_flat, FlatUploadModel::KeyColumn).first(), u"db/dump.sql"_s);
        QCOMPARE(m_flat->rowCount(), 6);
        m_model->setBuckets({});
        QCOMPARE(m_flat->rowCount(), 0);
    }

    void textMatchesAnywhereCaseInsensitively()
    {
        InventoryFilterProxy::Filter f;
        f.text = QStringLiteral("app");
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy),
                 (QStringList{u"app/2026/a.log"_s, u"app/2026/b.log"_s, u"video/APP-intro.mp4"_s}));
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
        f.buckets = {QStringLiteral("media")};
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"video/APP-intro.mp4"_s, u"video/raw.mov"_s}));
        f.buckets = {QStringLiteral("media"), QStringLiteral("logs")};
        m_proxy->setFilter(f);
        QCOMPARE(visibleKeys(*m_proxy).size(), 5);
        f.buckets.clear();
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
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"q3/report.pdf"_s}));
    }

    void sortsOnRawValuesAcrossBuckets()
    {
        m_proxy->sort(FlatUploadModel::SizeColumn, Qt::DescendingOrder);
        // 2 GiB, 3 MiB, 1 KiB, then the unknown sizes: numeric, not "2.00 GiB" < "3.0 MiB" as text.
        QCOMPARE(visibleKeys(*m_proxy).mid(0, 3),
                 (QStringList{u"video/raw.mov"_s, u"app/2026/b.log"_s, u"video/APP-intro.mp4"_s}));
        m_proxy->sort(FlatUploadModel::AgeColumn, Qt::DescendingOrder); // oldest first
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"video/raw.mov"_s, u"app/2026/b.log"_s, u"video/APP-intro.mp4"_s,
                                                     u"app/2026/a.log"_s, u"db/dump.sql"_s}));
        m_proxy->sort(FlatUploadModel::BucketColumn, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, FlatUploadModel::BucketColumn).data().toString(), u"media"_s);
    }

    // By cost: equal sizes of different classes order by what they cost (STANDARD before
    // STANDARD_IA), unknown sizes last.
    void sortsByCost()
    {
        m_model->setUploadSize(QStringLiteral("logs"), QStringLiteral("l3"), 3, 3 * 1024 * 1024);
        m_model->setCostModel(
            CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("us-east-1"), std::nullopt));
        m_model->flushPendingChanges();
        m_proxy->sort(FlatUploadModel::CostColumn, Qt::DescendingOrder);
        QCOMPARE(visibleKeys(*m_proxy), (QStringList{u"video/raw.mov"_s, u"app/2026/b.log"_s, u"db/dump.sql"_s,
                                                     u"video/APP-intro.mp4"_s, u"app/2026/a.log"_s}));
        QCOMPARE(m_proxy->index(0, FlatUploadModel::CostColumn).data().toString(), u"$0.046"_s);
    }

    void failedBucketsCarryAnIcon()
    {
        m_model->setBucketScanState(QStringLiteral("empty"), InventoryModel::ScanState::Failed,
                                    QStringLiteral("Access denied"));
        BucketListProxy buckets;
        buckets.setSourceModel(m_model);
        const QModelIndex state = buckets.index(2, InventoryModel::StateColumn);
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(state.data(Qt::DisplayRole).toString().contains(QStringLiteral("Failed")));
    }

    // The bucket list sorts buckets and maps no upload (it kept every bucket's uploads sorted).
    void theBucketListMapsBucketsOnly()
    {
        BucketListProxy buckets;
        buckets.setSourceModel(m_model);
        new QAbstractItemModelTester(&buckets, QAbstractItemModelTester::FailureReportingMode::QtTest, &buckets);
        buckets.sort(InventoryModel::NameColumn, Qt::DescendingOrder);
        m_model->appendUploads(QStringLiteral("media"),
                               {upload(QStringLiteral("media"), QStringLiteral("a.mp4"), QStringLiteral("m9"), Day)});
        QCOMPARE(column(buckets, InventoryModel::NameColumn),
                 QStringList({QStringLiteral("media"), QStringLiteral("logs"), QStringLiteral("empty")}));
        for (int r = 0; r < buckets.rowCount(); ++r) {
            QCOMPARE(buckets.rowCount(buckets.index(r, 0)), 0);
            QVERIFY(m_model->rowCount(buckets.mapToSource(buckets.index(r, 0))) > 0 || r == 2);
        }
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
