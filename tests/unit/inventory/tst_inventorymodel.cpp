#include "inventory/inventorymodel.h"
#include "pricing/pricetable.h"
#include "s3/uploadlister.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace PartSweep;

namespace {

const QDateTime Epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

UploadInfo makeUpload(const QString &bucket, const QString &key, const QString &id, const QDateTime &initiated)
{
    UploadInfo upload;
    upload.bucket = bucket;
    upload.key = key;
    upload.uploadId = id;
    upload.initiated = initiated;
    upload.storageClass = QStringLiteral("STANDARD");
    upload.initiator.id = QStringLiteral("arn:aws:iam::123:user/alice");
    upload.initiator.displayName = QStringLiteral("alice");
    return upload;
}

QList<BucketInfo> makeBuckets(const QStringList &names)
{
    QList<BucketInfo> buckets;
    for (const QString &name : names)
        buckets.append(BucketInfo{name, Epoch, QStringLiteral("eu-west-1")});
    return buckets;
}

// `count` uploads of one bucket, initiated one minute apart starting at `start`.
QList<UploadInfo> makePage(const QString &bucket, int firstNumber, int count, const QDateTime &start)
{
    QList<UploadInfo> page;
    page.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        page.append(makeUpload(bucket, QStringLiteral("data/file-%1.bin").arg(n), QStringLiteral("id-%1").arg(n),
                               start.addSecs(60 * i)));
    }
    return page;
}

QStringList childIds(const InventoryModel &model, const QModelIndex &bucket)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(bucket); ++row)
        ids.append(model.index(row, 0, bucket).data(InventoryModel::UploadIdRole).toString());
    return ids;
}

} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void streamingPagesInsertOncePerPage();
    void sizesAreBatchedAndAggregated();
    void sizeFlushRunsOnTimer();
    void ageFollowsInjectedClock();
    void sortRoleGivesRawValues();
    void bucketErrorStaysOnItsBucket();
    void uploadStatesAreBatched();
    void removeUploadsRemovesExactlyThose();
    void unknownBucketsAndIdsAreIgnored();
    void queuedPagesGoInTogether();
    void abortRuleShowsOnItsBucket();
    void costFollowsSizesAndPrices();
    void verifiedUploadsLeaveTheTotals();
    void unknownSizesAreNotShownAsZero();
    void repeatedValuesAreStoredOnce();
};

void TestInventoryModel::streamingPagesInsertOncePerPage()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QStringList order{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
    QHash<QString, QDateTime> oldest;
    for (int page = 0; page < 10; ++page) {
        const QString bucket = order[page % 3];
        // Later pages hold older uploads, so the oldest is not simply the first row.
        const QDateTime start = Epoch.addDays(-page);
        model.appendUploads(bucket, makePage(bucket, page * 1000, 1000, start));
        if (!oldest.contains(bucket) || start < oldest[bucket])
            oldest[bucket] = start;
    }

    QCOMPARE(inserted.size(), 10);
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        QCOMPARE(args.at(1).toInt() % 1000, 0);
        QCOMPARE(args.at(2).toInt() - args.at(1).toInt() + 1, 1000);
    }
    const QModelIndex alpha = model.bucketIndex(QStringLiteral("alpha"));
    const QModelIndex beta = model.bucketIndex(QStringLiteral("beta"));
    const QModelIndex gamma = model.bucketIndex(QStringLiteral("gamma"));
    QCOMPARE(model.rowCount(alpha), 4000); // pages 0, 3, 6, 9
    QCOMPARE(model.rowCount(beta), 3000);
    QCOMPARE(model.rowCount(gamma), 3000);
    QCOMPARE(alpha.data(InventoryModel::UploadCountRole).toLongLong(), 4000);
    QCOMPARE(model.index(alpha.row(), InventoryModel::UploadsColumn).data().toString(), QStringLiteral("4,000"));
    QCOMPARE(alpha.data(InventoryModel::InitiatedRole).toDateTime(), Epoch.addDays(-9));
    QCOMPARE(beta.data(InventoryModel::InitiatedRole).toDateTime(), oldest[QStringLiteral("beta")]);
    QCOMPARE(gamma.data(InventoryModel::InitiatedRole).toDateTime(), Epoch.addDays(-8));
    QCOMPARE(model.index(alpha.row(), InventoryModel::InitiatedColumn).data().toString(),
             QStringLiteral("2025-12-23T00:00:00Z"));
    QVERIFY(alpha.data(InventoryModel::IsBucketRole).toBool());

    // A child row carries its upload.
    const QModelIndex first = model.index(0, InventoryModel::NameColumn, beta);
    QCOMPARE(first.data().toString(), QStringLiteral("data/file-1000.bin"));
    QCOMPARE(first.data(InventoryModel::BucketRole).toString(), QStringLiteral("beta"));
    QVERIFY(!first.data(InventoryModel::IsBucketRole).toBool());
    QVERIFY(model.uploadAt(first));
    QCOMPARE(model.uploadAt(first)->uploadId, QStringLiteral("id-1000"));
    QCOMPARE(model.parent(first), beta);

    // A page that repeats (a re-listed page) adds nothing.
    model.appendUploads(QStringLiteral("beta"), makePage(QStringLiteral("beta"), 1000, 1000, Epoch));
    QCOMPARE(inserted.size(), 10);
    QCOMPARE(model.rowCount(beta), 3000);

    const InventoryModel::Totals totals = model.totals();
    QCOMPARE(totals.uploads, 10000);
    QCOMPARE(totals.buckets, 3);
    QCOMPARE(totals.bytesKnown, 0);
}

void TestInventoryModel::sizesAreBatchedAndAggregated()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("logs"), QStringLiteral("media")}));
    model.appendUploads(QStringLiteral("media"), makePage(QStringLiteral("media"), 0, 1000, Epoch));
    model.appendUploads(QStringLiteral("logs"), makePage(QStringLiteral("logs"), 0, 10, Epoch));
    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    qint64 expectedBytes = 0;
    qint64 expectedParts = 0;
    // Two runs (0..499 and 600..699), delivered out of order as concurrent workers would.
    QList<int> rows;
    for (int row = 0; row < 500; ++row)
        rows.append(row);
    for (int row = 600; row < 700; ++row)
        rows.append(row);
    std::reverse(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const qint64 bytes = 5 * 1024 * 1024 * qint64(row + 1);
        model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-%1").arg(row), row + 1, bytes);
        expectedBytes += bytes;
        expectedParts += row + 1;
    }
    // A size that is listed again replaces the old one instead of adding to it.
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-0"), 2, 1234567890);
    expectedBytes += 1234567890 - 5 * 1024 * 1024;
    expectedParts += 1;
    QCOMPARE(changed.size(), 0); // nothing announced before the flush

    model.flushPendingChanges();
    // One per run of upload rows, one for the bucket row.
    QCOMPARE(changed.size(), 3);
    int uploadSignals = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        const auto roles = args.at(2).value<QList<int>>();
        QVERIFY(roles.contains(InventoryModel::SizeRole));
        QCOMPARE(bottomRight.column(), int(InventoryModel::CostColumn)); // a size changes the cost too
        if (topLeft.parent() == media) {
            QCOMPARE(topLeft.column(), int(InventoryModel::PartsColumn));
            ++uploadSignals;
            QVERIFY((topLeft.row() == 0 && bottomRight.row() == 499) ||
                    (topLeft.row() == 600 && bottomRight.row() == 699));
        } else {
            // The bucket's aggregates, from its upload count on (cleaned uploads leave the count).
            QCOMPARE(topLeft, media.siblingAtColumn(InventoryModel::UploadsColumn));
        }
    }
    QCOMPARE(uploadSignals, 2);

    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), expectedBytes);
    QCOMPARE(media.data(InventoryModel::PartsRole).toLongLong(), expectedParts);
    QCOMPARE(media.data(InventoryModel::SizedCountRole).toLongLong(), 600);
    QCOMPARE(model.totals().bytesKnown, expectedBytes);
    QCOMPARE(model.totals().sizedUploads, 600);

    // Unknown sizes are -1 and empty text; known ones human text, the tooltip exact bytes.
    const QModelIndex unsized = model.index(550, InventoryModel::SizeColumn, media);
    QCOMPARE(unsized.data(InventoryModel::SizeRole).toLongLong(), -1);
    QCOMPARE(unsized.data(InventoryModel::PartsRole).toInt(), -1);
    QVERIFY(unsized.data().toString().isEmpty());
    const QModelIndex sized = model.index(0, InventoryModel::SizeColumn, media);
    QCOMPARE(sized.data().toString(), QStringLiteral("1.15 GiB"));
    QCOMPARE(sized.data(Qt::ToolTipRole).toString(), QStringLiteral("1,234,567,890 bytes in 2 parts"));
    QCOMPARE(model.index(0, InventoryModel::PartsColumn, media).data().toString(), QStringLiteral("2"));
    // The other bucket's aggregate is untouched.
    QCOMPARE(model.bucketIndex(QStringLiteral("logs")).data(InventoryModel::SizeRole).toLongLong(), 0);

    changed.clear();
    model.flushPendingChanges();
    QCOMPARE(changed.size(), 0); // nothing left to announce
}

void TestInventoryModel::sizeFlushRunsOnTimer()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media")}));
    model.appendUploads(QStringLiteral("media"), makePage(QStringLiteral("media"), 0, 3, Epoch));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-1"), 1, 100);
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-2"), 1, 200);
    QCOMPARE(changed.size(), 0);
    QVERIFY(changed.wait(1000));
    QTRY_COMPARE(changed.size(), 2); // rows 1..2 and the bucket row
    QCOMPARE(model.bucketIndex(QStringLiteral("media")).data(InventoryModel::SizeRole).toLongLong(), 300);
}

void TestInventoryModel::ageFollowsInjectedClock()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QDateTime now = Epoch;
    model.setClock([&now] { return now; });
    model.setBuckets(makeBuckets({QStringLiteral("media"), QStringLiteral("empty")}));
    const qint64 age = 3 * 86400 + 4 * 3600 + 5 * 60;
    model.appendUploads(
        QStringLiteral("media"),
        {makeUpload(QStringLiteral("media"), QStringLiteral("a"), QStringLiteral("old"), Epoch.addSecs(-age)),
         makeUpload(QStringLiteral("media"), QStringLiteral("b"), QStringLiteral("new"), Epoch.addSecs(-90))});
    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));
    const QModelIndex oldAge = model.index(0, InventoryModel::AgeColumn, media);
    const QModelIndex newAge = model.index(1, InventoryModel::AgeColumn, media);
    QCOMPARE(oldAge.data().toString(), QStringLiteral("3 d 4 h"));
    QCOMPARE(oldAge.data(InventoryModel::AgeSecondsRole).toLongLong(), age);
    QVERIFY2(oldAge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(273,900 second(s) ago)")),
             qPrintable(oldAge.data(Qt::ToolTipRole).toString()));
    QVERIFY(oldAge.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Initiated 20")));
    QCOMPARE(newAge.data().toString(), QStringLiteral("1 min"));
    // The bucket row shows the age of its oldest upload; a bucket without uploads has none.
    QCOMPARE(media.siblingAtColumn(InventoryModel::AgeColumn).data().toString(), QStringLiteral("3 d 4 h"));
    QCOMPARE(model.bucketIndex(QStringLiteral("empty")).data(InventoryModel::AgeSecondsRole).toLongLong(), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = now.addDays(1);
    model.refreshAges();
    QCOMPARE(changed.size(), 2); // the bucket rows, the uploads of the one bucket that has any
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).value<QModelIndex>().column(), int(InventoryModel::AgeColumn));
        QCOMPARE(args.at(1).value<QModelIndex>().column(), int(InventoryModel::AgeColumn));
    }
    QCOMPARE(oldAge.data().toString(), QStringLiteral("4 d 4 h"));
    QCOMPARE(newAge.data(InventoryModel::AgeSecondsRole).toLongLong(), 86400 + 90);
}

void TestInventoryModel::sortRoleGivesRawValues()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media"), QStringLiteral("logs")}));
    // Sizes whose text order differs from their numeric order: 900 B, 5.00 MiB, 20.0 KiB, 1.00 GiB, unknown.
    const QList<qint64> sizes{900, 5 * 1024 * 1024, 20 * 1024, qint64(1024) * 1024 * 1024, -1};
    QList<UploadInfo> page;
    for (int i = 0; i < sizes.size(); ++i)
        page.append(makeUpload(QStringLiteral("media"), QStringLiteral("k%1").arg(i), QStringLiteral("u%1").arg(i),
                               Epoch.addDays(i % 2 ? -i : i)));
    model.appendUploads(QStringLiteral("media"), page);
    model.appendUploads(QStringLiteral("logs"), makePage(QStringLiteral("logs"), 0, 3, Epoch));
    for (int i = 0; i < sizes.size(); ++i) {
        if (sizes[i] >= 0)
            model.setUploadSize(QStringLiteral("media"), QStringLiteral("u%1").arg(i), 1, sizes[i]);
    }
    model.flushPendingChanges();

    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));
    const QVariant size = model.index(1, InventoryModel::SizeColumn, media).data(InventoryModel::SortRole);
    QCOMPARE(size.typeId(), QMetaType::LongLong);
    QCOMPARE(size.toLongLong(), 5 * 1024 * 1024);
    const QVariant initiated = model.index(1, InventoryModel::InitiatedColumn, media).data(InventoryModel::SortRole);
    QCOMPARE(initiated.typeId(), QMetaType::QDateTime);
    QCOMPARE(initiated.toDateTime(), Epoch.addDays(-1));
    QCOMPARE(model.index(1, InventoryModel::AgeColumn, media).data(InventoryModel::SortRole).typeId(),
             QMetaType::LongLong);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSortRole(InventoryModel::SortRole);
    proxy.sort(InventoryModel::SizeColumn, Qt::AscendingOrder);
    const QModelIndex proxyMedia = proxy.mapFromSource(media);
    QCOMPARE(proxy.rowCount(proxyMedia), 5);
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(proxyMedia); ++row)
        keys.append(proxy.index(row, InventoryModel::NameColumn, proxyMedia).data().toString());
    // Unknown (-1) first, then by bytes.
    QCOMPARE(keys, (QStringList{QStringLiteral("k4"), QStringLiteral("k0"), QStringLiteral("k2"), QStringLiteral("k1"),
                                QStringLiteral("k3")}));

    proxy.sort(InventoryModel::InitiatedColumn, Qt::DescendingOrder);
    keys.clear();
    for (int row = 0; row < proxy.rowCount(proxyMedia); ++row)
        keys.append(proxy.index(row, InventoryModel::NameColumn, proxyMedia).data().toString());
    QCOMPARE(keys, (QStringList{QStringLiteral("k4"), QStringLiteral("k2"), QStringLiteral("k0"), QStringLiteral("k1"),
                                QStringLiteral("k3")}));
    // Buckets sort among themselves, by total known size.
    proxy.sort(InventoryModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("media"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("logs"));
}

void TestInventoryModel::bucketErrorStaysOnItsBucket()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("open"), QStringLiteral("locked"), QStringLiteral("later")}));
    model.setBucketScanState(QStringLiteral("open"), InventoryModel::ScanState::Scanning, {}, 2, 2000);
    const QString denied = QStringLiteral("Access denied by the bucket policy (AccessDenied, HTTP 403)");
    model.setBucketScanState(QStringLiteral("locked"), InventoryModel::ScanState::Failed, denied);

    const QModelIndex open = model.bucketIndex(QStringLiteral("open"), InventoryModel::StateColumn);
    const QModelIndex locked = model.bucketIndex(QStringLiteral("locked"), InventoryModel::StateColumn);
    const QModelIndex later = model.bucketIndex(QStringLiteral("later"), InventoryModel::StateColumn);
    QCOMPARE(locked.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
             InventoryModel::ScanState::Failed);
    QCOMPARE(locked.data(InventoryModel::ErrorRole).toString(), denied);
    QVERIFY(locked.data().toString().contains(denied));
    QCOMPARE(open.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
             InventoryModel::ScanState::Scanning);
    QCOMPARE(open.data().toString(), QStringLiteral("Scanning: 2 pages, 2,000 uploads"));
    QVERIFY(open.data(InventoryModel::ErrorRole).toString().isEmpty());
    QCOMPARE(later.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
             InventoryModel::ScanState::NotScanned);

    // The failed bucket does not stop the others from filling.
    model.appendUploads(QStringLiteral("open"), makePage(QStringLiteral("open"), 0, 5, Epoch));
    ListingOutcome done;
    done.bucket = QStringLiteral("open");
    done.complete = true;
    done.pages = 3;
    done.uploads = 5;
    model.applyListingOutcome(done);
    QCOMPARE(open.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(), InventoryModel::ScanState::Done);
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("open"))), 5);
    QCOMPARE(locked.data(InventoryModel::ErrorRole).toString(), denied);

    // A listing that stopped on a paging anomaly is Incomplete with the warning as its reason.
    ListingOutcome partial;
    partial.bucket = QStringLiteral("later");
    partial.warnings = {QStringLiteral("The server repeated a page; the listing may be incomplete.")};
    model.applyListingOutcome(partial);
    QCOMPARE(later.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
             InventoryModel::ScanState::Incomplete);
    QVERIFY(later.data(InventoryModel::ErrorRole).toString().contains(QStringLiteral("repeated a page")));
    QCOMPARE(open.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(), InventoryModel::ScanState::Done);
}

void TestInventoryModel::uploadStatesAreBatched()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media")}));
    model.appendUploads(QStringLiteral("media"), makePage(QStringLiteral("media"), 0, 100, Epoch));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 10; row < 60; ++row)
        model.setUploadState(QStringLiteral("media"), QStringLiteral("id-%1").arg(row),
                             InventoryModel::UploadState::Aborting);
    model.setUploadState(QStringLiteral("media"), QStringLiteral("id-20"), InventoryModel::UploadState::Failed,
                         QStringLiteral("Access denied (AccessDenied, HTTP 403)"));
    QCOMPARE(changed.size(), 0);
    model.flushPendingChanges();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 59);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(InventoryModel::StateColumn));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(InventoryModel::StateRole));

    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));
    const QModelIndex failed = model.index(20, InventoryModel::StateColumn, media);
    QCOMPARE(failed.data(InventoryModel::StateRole).value<InventoryModel::UploadState>(),
             InventoryModel::UploadState::Failed);
    QCOMPARE(failed.data(InventoryModel::ErrorRole).toString(),
             QStringLiteral("Access denied (AccessDenied, HTTP 403)"));
    QCOMPARE(model.index(11, InventoryModel::StateColumn, media).data().toString(), QStringLiteral("Aborting"));
    QCOMPARE(model.index(9, InventoryModel::StateColumn, media)
                 .data(InventoryModel::StateRole)
                 .value<InventoryModel::UploadState>(),
             InventoryModel::UploadState::Pending);
}

void TestInventoryModel::removeUploadsRemovesExactlyThose()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media"), QStringLiteral("logs")}));
    // Three uploads on the same key, plus others; "a1" is the oldest of the bucket.
    const QString key = QStringLiteral("video/big.mp4");
    QList<UploadInfo> page{makeUpload(QStringLiteral("media"), key, QStringLiteral("a1"), Epoch.addDays(-30)),
                           makeUpload(QStringLiteral("media"), key, QStringLiteral("a2"), Epoch.addDays(-20)),
                           makeUpload(QStringLiteral("media"), key, QStringLiteral("a3"), Epoch.addDays(-10))};
    page.append(makePage(QStringLiteral("media"), 0, 7, Epoch));
    model.appendUploads(QStringLiteral("media"), page);
    model.appendUploads(QStringLiteral("logs"), makePage(QStringLiteral("logs"), 0, 4, Epoch));
    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));
    // Rows: a1 a2 a3 id-0 .. id-6. Sizes 100 each; the one of a3 is still pending announcement.
    for (const QString &id : childIds(model, media))
        model.setUploadSize(QStringLiteral("media"), id, 1, 100);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QStringList gone{QStringLiteral("a1"), QStringLiteral("id-6"), QStringLiteral("id-2"), QStringLiteral("id-3"),
                           QStringLiteral("not-there")};
    model.removeUploads(QStringLiteral("media"), gone);

    QCOMPARE(removed.size(), 3); // runs: a1 (row 0), id-2..id-3 (rows 5..6), id-6 (row 9)
    QCOMPARE(childIds(model, media),
             (QStringList{QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("id-0"), QStringLiteral("id-1"),
                          QStringLiteral("id-4"), QStringLiteral("id-5")}));
    // The other uploads of the same key remain, and are found by id at their new rows.
    const QModelIndex a3 = model.uploadIndex(QStringLiteral("media"), QStringLiteral("a3"));
    QVERIFY(a3.isValid());
    QCOMPARE(a3.row(), 1);
    QCOMPARE(a3.data().toString(), key);
    QVERIFY(!model.uploadIndex(QStringLiteral("media"), QStringLiteral("a1")).isValid());
    // Aggregates: count, oldest (a1 was the oldest), bytes.
    QCOMPARE(media.data(InventoryModel::UploadCountRole).toLongLong(), 6);
    QCOMPARE(media.data(InventoryModel::InitiatedRole).toDateTime(), Epoch.addDays(-20));
    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), 600);
    QCOMPARE(media.data(InventoryModel::PartsRole).toLongLong(), 6);
    QCOMPARE(model.totals().uploads, 10);
    QCOMPARE(model.totals().bytesKnown, 600);
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("logs"))), 4);

    // Later updates land on the right (moved) rows.
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-5"), 3, 1000);
    model.flushPendingChanges();
    QCOMPARE(model.index(5, InventoryModel::SizeColumn, media).data(InventoryModel::SizeRole).toLongLong(), 1000);
    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), 1500);
}

// A fast scan queues pages: those that arrive within one flush interval go in with one
// rowsInserted per bucket, and anything naming a queued upload sees it inserted first.
void TestInventoryModel::queuedPagesGoInTogether()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("a"), QStringLiteral("b")}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.queueUploads(QStringLiteral("a"), makePage(QStringLiteral("a"), 0, 1000, Epoch));
    model.queueUploads(QStringLiteral("b"), makePage(QStringLiteral("b"), 5000, 10, Epoch));
    model.queueUploads(QStringLiteral("a"), makePage(QStringLiteral("a"), 1000, 500, Epoch));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("a"))), 0);
    // The flush timer inserts them: one signal for each bucket, in arrival order.
    QTRY_COMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("a"))), 1500);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1499);
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("b"))), 10);

    // A size for an upload still queued is not lost.
    model.queueUploads(QStringLiteral("b"), makePage(QStringLiteral("b"), 6000, 1, Epoch));
    model.setUploadSize(QStringLiteral("b"), QStringLiteral("id-6000"), 3, 300);
    model.flushPendingChanges();
    QCOMPARE(model.uploadIndex(QStringLiteral("b"), QStringLiteral("id-6000"), InventoryModel::SizeColumn)
                 .data(InventoryModel::SizeRole)
                 .toLongLong(),
             300);
    // A reset drops what is queued.
    model.queueUploads(QStringLiteral("a"), makePage(QStringLiteral("a"), 9000, 5, Epoch));
    model.setBuckets(makeBuckets({QStringLiteral("a")}));
    model.flushPendingChanges();
    QCOMPARE(model.rowCount(model.bucketIndex(QStringLiteral("a"))), 0);
}

void TestInventoryModel::unknownBucketsAndIdsAreIgnored()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media")}));
    model.appendUploads(QStringLiteral("media"), makePage(QStringLiteral("media"), 0, 3, Epoch));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QString nobody = QStringLiteral("no-such-bucket");
    model.appendUploads(nobody, makePage(nobody, 0, 3, Epoch));
    model.setBucketScanState(nobody, InventoryModel::ScanState::Failed, QStringLiteral("x"));
    model.setUploadSize(nobody, QStringLiteral("id-0"), 1, 10);
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("no-such-id"), 1, 10);
    model.setUploadState(QStringLiteral("media"), QStringLiteral("no-such-id"), InventoryModel::UploadState::Failed);
    model.removeUploads(nobody, {QStringLiteral("id-0")});
    model.removeUploads(QStringLiteral("media"), {QStringLiteral("no-such-id")});
    model.appendUploads(QStringLiteral("media"), {});
    model.flushPendingChanges();

    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.totals().uploads, 3);
    QCOMPARE(model.totals().bytesKnown, 0);
    QVERIFY(!model.bucketIndex(nobody).isValid());
    QVERIFY(!model.uploadIndex(QStringLiteral("media"), QStringLiteral("no-such-id")).isValid());
    QVERIFY(!model.uploadAt(model.bucketIndex(QStringLiteral("media"))));
    QVERIFY(!model.uploadAt(QModelIndex()));
    QVERIFY(!model.uploadView(QModelIndex()));

    // A bucket added later is appended (one row) and then fed like the others.
    model.addBucket(BucketInfo{QStringLiteral("new"), Epoch, QStringLiteral("us-east-2")});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.bucketIndex(QStringLiteral("new"), InventoryModel::StorageClassColumn).data().toString(),
             QStringLiteral("us-east-2"));
    model.addBucket(BucketInfo{QStringLiteral("new"), Epoch, QStringLiteral("eu-central-1")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.bucketIndex(QStringLiteral("new")).data(InventoryModel::RegionRole).toString(),
             QStringLiteral("eu-central-1"));
}

// The bucket list's "Abort rule" column: what the lifecycle reading said, on that bucket only;
// "not read yet" until then.
void TestInventoryModel::abortRuleShowsOnItsBucket()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("logs"), QStringLiteral("minio")}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex logs = model.bucketIndex(QStringLiteral("logs"), InventoryModel::AbortRuleColumn);
    const QModelIndex minio = model.bucketIndex(QStringLiteral("minio"), InventoryModel::AbortRuleColumn);
    QVERIFY(logs.data().toString().isEmpty());
    QCOMPARE(logs.data(Qt::ToolTipRole).toString(), QStringLiteral("Lifecycle rules not read yet"));
    model.setBucketAbortRule(QStringLiteral("logs"), QStringLiteral("7 d (prefix tmp/)"));
    model.setBucketAbortRule(QStringLiteral("minio"), QStringLiteral("not supported"),
                             QStringLiteral("not supported by this server"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(logs.data().toString(), QStringLiteral("7 d (prefix tmp/)"));
    QCOMPARE(logs.data(InventoryModel::AbortRuleRole).toString(), QStringLiteral("7 d (prefix tmp/)"));
    QCOMPARE(minio.data(Qt::ToolTipRole).toString(), QStringLiteral("not supported by this server"));
    QCOMPARE(model.headerData(InventoryModel::AbortRuleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Abort rule"));
}

// The Cost/month column: per upload from its size and class (DEEP_ARCHIVE parts at STANDARD),
// per bucket the sum over its sized uploads; empty where the size or a price is unknown.
void TestInventoryModel::costFollowsSizesAndPrices()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBuckets(makeBuckets({QStringLiteral("media")}));
    QList<UploadInfo> page;
    for (const QString &cls :
         {QStringLiteral("STANDARD"), QStringLiteral("DEEP_ARCHIVE"), QStringLiteral("STANDARD")}) {
        UploadInfo u;
        u.bucket = QStringLiteral("media");
        u.key = QStringLiteral("k-%1").arg(page.size());
        u.uploadId = QStringLiteral("id-%1").arg(page.size());
        u.storageClass = cls;
        page.append(u);
    }
    model.appendUploads(QStringLiteral("media"), page);
    const qint64 gib = 1024LL * 1024 * 1024;
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-0"), 10, 10 * gib);
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-1"), 10, 10 * gib);
    model.flushPendingChanges();
    const QModelIndex media = model.bucketIndex(QStringLiteral("media"), InventoryModel::CostColumn);
    // No price yet (as on a service without one): empty cells, -1, and the tooltip says why.
    QCOMPARE(media.data(InventoryModel::CostRole).toDouble(), -1.0);
    QVERIFY(media.data().toString().isEmpty());
    QCOMPARE(media.data(Qt::ToolTipRole).toString(), QStringLiteral("Cost: no price set for this service"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCostModel(
        CostModel::forConnection(PriceTable::builtIn(), QUrl(), QStringLiteral("us-east-1"), std::nullopt));
    QVERIFY(changed.count() >= 2); // the buckets' cells and each bucket's uploads'
    const QModelIndex parent = model.bucketIndex(QStringLiteral("media"));
    QVERIFY(qAbs(model.index(0, InventoryModel::CostColumn, parent).data(InventoryModel::CostRole).toDouble() - 0.23) <
            1e-9);
    QCOMPARE(model.index(1, InventoryModel::CostColumn, parent).data().toString(), QStringLiteral("$0.23"));
    QVERIFY(model.index(2, InventoryModel::CostColumn, parent).data().toString().isEmpty()); // size unknown
    QCOMPARE(model.index(2, InventoryModel::CostColumn, parent).data(InventoryModel::CostRole).toDouble(), -1.0);
    QVERIFY(qAbs(media.data(InventoryModel::CostRole).toDouble() - 0.46) < 1e-9);
    QCOMPARE(media.data().toString(), QStringLiteral("≥ $0.46")); // one of the three is not sized yet
    QCOMPARE(model.headerData(InventoryModel::CostColumn, Qt::Horizontal).toString(), QStringLiteral("Cost/month"));
}

// What a user checks after a cleanup: the uploads verified gone no longer count anywhere (the
// bucket's uploads, size, parts, cost, oldest age; the totals), they are counted as cleaned with
// the bytes freed, and failed ones stay counted.
void TestInventoryModel::verifiedUploadsLeaveTheTotals()
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Epoch.addDays(30); });
    model.setBuckets(makeBuckets({QStringLiteral("media")}));
    model.appendUploads(QStringLiteral("media"), makePage(QStringLiteral("media"), 0, 4, Epoch));
    for (int i = 0; i < 4; ++i)
        model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-%1").arg(i), i + 1, (i + 1) * 1000);
    model.flushPendingChanges();
    const QModelIndex media = model.bucketIndex(QStringLiteral("media"));
    QCOMPARE(media.data(InventoryModel::UploadCountRole).toLongLong(), 4);
    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), 10000);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // id-0 is the oldest; id-2 fails and stays counted.
    model.setUploadState(QStringLiteral("media"), QStringLiteral("id-0"), InventoryModel::UploadState::Verified);
    model.setUploadState(QStringLiteral("media"), QStringLiteral("id-1"), InventoryModel::UploadState::Verified);
    model.setUploadState(QStringLiteral("media"), QStringLiteral("id-2"), InventoryModel::UploadState::Failed,
                         QStringLiteral("AccessDenied"));
    model.flushPendingChanges();
    bool bucketAnnounced = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        bucketAnnounced |= topLeft == media.siblingAtColumn(InventoryModel::UploadsColumn) &&
                           args.at(2).value<QList<int>>().contains(InventoryModel::UploadCountRole);
    }
    QVERIFY(bucketAnnounced); // the views redraw the bucket's counts at once

    QCOMPARE(media.data(InventoryModel::UploadCountRole).toLongLong(), 2);
    QCOMPARE(media.siblingAtColumn(InventoryModel::UploadsColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), 3000 + 4000);
    QCOMPARE(media.data(InventoryModel::PartsRole).toLongLong(), 3 + 4);
    QCOMPARE(media.siblingAtColumn(InventoryModel::SizeColumn).data().toString(), QStringLiteral("6.8 KiB"));
    QCOMPARE(media.data(InventoryModel::CleanedCountRole).toLongLong(), 2);
    QCOMPARE(media.data(InventoryModel::CleanedBytesRole).toLongLong(), 1000 + 2000);
    // The oldest pending upload is now id-2 (id-0 and id-1 are gone).
    QCOMPARE(media.data(InventoryModel::InitiatedRole).toDateTime(), Epoch.addSecs(120));
    QVERIFY2(media.siblingAtColumn(InventoryModel::UploadsColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("2 more were aborted and verified gone")),
             qPrintable(media.siblingAtColumn(InventoryModel::UploadsColumn).data(Qt::ToolTipRole).toString()));
    const InventoryModel::Totals totals = model.totals();
    QCOMPARE(totals.uploads, 2);
    QCOMPARE(totals.bytesKnown, 7000);
    QCOMPARE(totals.cleanedUploads, 2);
    QCOMPARE(totals.freedBytes, 3000);
    // The rows stay, for the record, saying when they went.
    QCOMPARE(model.rowCount(media), 4);
    const QModelIndex gone =
        model.uploadIndex(QStringLiteral("media"), QStringLiteral("id-0"), InventoryModel::StateColumn);
    QVERIFY2(gone.data().toString().startsWith(QStringLiteral("Aborted (verified) at ")),
             qPrintable(gone.data().toString()));
    QVERIFY(gone.data(InventoryModel::StateChangedRole).toDateTime().isValid());

    // A later size answer for a gone upload changes nothing pending.
    model.setUploadSize(QStringLiteral("media"), QStringLiteral("id-0"), 9, 9000);
    model.flushPendingChanges();
    QCOMPARE(media.data(InventoryModel::SizeRole).toLongLong(), 7000);
    QCOMPARE(model.totals().freedBytes, 2000 + 9000);
    // Removing a cleaned row (the next listing) drops it from the cleaned count only.
    model.removeUploads(QStringLiteral("media"), {QStringLiteral("id-1")});
    QCOMPARE(model.totals().cleanedUploads, 1);
    QCOMPARE(model.totals().uploads, 2);
}

// A bucket whose sizes are not known yet must never read "0 B" (nothing to gain): "?" while none
// is sized, "≥ X" while some are.
void TestInventoryModel::unknownSizesAreNotShownAsZero()
{
    InventoryModel model;
    model.setBuckets(makeBuckets({QStringLiteral("logs")}));
    model.appendUploads(QStringLiteral("logs"), makePage(QStringLiteral("logs"), 0, 3, Epoch));
    const QModelIndex size = model.bucketIndex(QStringLiteral("logs"), InventoryModel::SizeColumn);
    QCOMPARE(size.data().toString(), QStringLiteral("?"));
    QCOMPARE(size.siblingAtColumn(InventoryModel::PartsColumn).data().toString(), QStringLiteral("?"));
    model.setUploadSize(QStringLiteral("logs"), QStringLiteral("id-0"), 0, 0); // an upload without parts
    model.flushPendingChanges();
    QCOMPARE(size.data().toString(), QStringLiteral("?")); // "≥ 0 B" would say nothing more
    model.setUploadSize(QStringLiteral("logs"), QStringLiteral("id-1"), 1, 2048);
    model.flushPendingChanges();
    QCOMPARE(size.data().toString(), QStringLiteral("≥ 2.0 KiB"));
    model.setUploadSize(QStringLiteral("logs"), QStringLiteral("id-2"), 1, 2048);
    model.flushPendingChanges();
    QCOMPARE(size.data().toString(), QStringLiteral("4.0 KiB"));
    QVERIFY(model.bucketIndex(QStringLiteral("empty")).data().isNull());
}

QTEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"

// A listing repeats the storage class, owner and initiator on every row, each parsed into a string
// of its own: the model keeps one copy (issue 15: a million AWS uploads took 1.2 GB). The values
// read the same; the rows share their data.
void TestInventoryModel::repeatedValuesAreStoredOnce()
{
    InventoryModel model;
    model.setBuckets(makeBuckets({QStringLiteral("logs"), QStringLiteral("media")}));
    const auto parsed = [](const char *text) { return QString::fromUtf8(QByteArray(text)); }; // a fresh allocation
    for (const QString &bucket : {QStringLiteral("logs"), QStringLiteral("media")}) {
        QList<UploadInfo> page = makePage(bucket, 0, 3, Epoch);
        for (UploadInfo &upload : page) {
            upload.storageClass = parsed("STANDARD_IA");
            upload.owner = Owner{parsed("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"),
                                 parsed("storage-admins")};
            upload.initiator = Owner{parsed("arn:aws:iam::123456789012:user/backup"), parsed("backup")};
            upload.checksumAlgorithm = parsed("CRC32");
        }
        page[2].owner.displayName = parsed("someone-else");
        model.appendUploads(bucket, page);
    }
    const std::optional<UploadInfo> first = model.uploadAt(model.index(0, 0, model.index(0, 0)));
    QVERIFY(first);
    QCOMPARE(first->storageClass, QStringLiteral("STANDARD_IA"));
    QCOMPARE(first->owner.displayName, QStringLiteral("storage-admins"));
    for (int b = 0; b < 2; ++b) {
        for (int r = 0; r < 3; ++r) {
            const std::optional<UploadInfo> upload = model.uploadAt(model.index(r, 0, model.index(b, 0)));
            QVERIFY(upload);
            QCOMPARE(upload->storageClass.constData(), first->storageClass.constData());
            QCOMPARE(upload->owner.id.constData(), first->owner.id.constData());
            QCOMPARE(upload->initiator.id.constData(), first->initiator.id.constData());
            QCOMPARE(upload->initiator.displayName.constData(), first->initiator.displayName.constData());
            QCOMPARE(upload->checksumAlgorithm.constData(), first->checksumAlgorithm.constData());
            if (r == 2) {
                QCOMPARE(upload->owner.displayName, QStringLiteral("someone-else"));
            } else {
                QCOMPARE(upload->owner.displayName.constData(), first->owner.displayName.constData());
            }
        }
    }
    // Keys and upload ids are each upload's own.
    QCOMPARE(model.index(1, 0, model.index(1, 0)).data(InventoryModel::UploadIdRole).toString(),
             QStringLiteral("id-1"));

    // ... and take their size only: the XML reader's strings come with room to grow.
    QList<UploadInfo> grown = makePage(QStringLiteral("logs"), 10, 1, Epoch);
    grown[0].key.reserve(1000);
    grown[0].uploadId.reserve(1000);
    model.appendUploads(QStringLiteral("logs"), grown);
    const std::optional<UploadInfo> kept = model.uploadAt(model.index(3, 0, model.index(0, 0)));
    QVERIFY(kept);
    QCOMPARE(kept->uploadId, QStringLiteral("id-10"));
    QVERIFY2(kept->key.capacity() < 100, qPrintable(QString::number(kept->key.capacity())));
    QVERIFY2(kept->uploadId.capacity() < 100, qPrintable(QString::number(kept->uploadId.capacity())));
    QCOMPARE(kept->bucket, QStringLiteral("logs"));
    QCOMPARE(kept->storageClass, QStringLiteral("STANDARD")); // makePage's, not the rows' before

    // A new set of buckets (another connection) starts afresh: its rows read their own values,
    // whether they name none or the ones the old rows named.
    model.setBuckets(makeBuckets({QStringLiteral("other")}));
    QList<UploadInfo> fresh = makePage(QStringLiteral("other"), 0, 2, Epoch);
    fresh[0].storageClass.clear();
    fresh[1].owner = Owner{parsed("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"), parsed("x")};
    model.appendUploads(QStringLiteral("other"), fresh);
    const std::optional<UploadInfo> none = model.uploadAt(model.index(0, 0, model.index(0, 0)));
    const std::optional<UploadInfo> named = model.uploadAt(model.index(1, 0, model.index(0, 0)));
    QVERIFY(none && named);
    QCOMPARE(none->storageClass, QString());
    QCOMPARE(none->owner.id, QString());
    QCOMPARE(named->storageClass, QStringLiteral("STANDARD"));
    QCOMPARE(named->owner.displayName, QStringLiteral("x"));
    QCOMPARE(model.index(1, InventoryModel::StorageClassColumn, model.index(0, 0)).data().toString(),
             QStringLiteral("STANDARD"));
}
