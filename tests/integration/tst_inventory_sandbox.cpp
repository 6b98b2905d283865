// The inventory (model + scanner) and the main window on the real server (Ceph RGW sandbox
// seeded by the CTest fixture), with awscli as the reference: the seeded buckets appear with the
// uploads awscli lists, sizes equal the sum of the part sizes awscli reports, a bucket that fails
// does not stop the others, and the details pane shows an upload's parts.
#include "detailspane.h"
#include "inventory/inventorymodel.h"
#include "inventory/inventoryscanner.h"
#include "inventoryfilterproxy.h"
#include "mainwindow.h"
#include "sandbox.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace PartSweep;
using namespace Qt::StringLiterals;
using PartSweep::Test::Sandbox;

namespace {

QJsonArray awsArray(const Sandbox &sandbox, const QStringList &args, const QString &field)
{
    const QString out = sandbox.aws(args + QStringList{u"--output"_s, u"json"_s});
    return QJsonDocument::fromJson(out.toUtf8()).object().value(field).toArray();
}

QSet<QString> awsUploadIds(const Sandbox &sandbox, const QString &bucket)
{
    QSet<QString> ids;
    for (const auto &[key, id] : sandbox.awsUploads(bucket))
        ids.insert(id);
    return ids;
}

QSet<QString> modelUploadIds(const InventoryModel &model, const QString &bucket)
{
    QSet<QString> ids;
    const QModelIndex b = model.bucketIndex(bucket);
    for (int r = 0; r < model.rowCount(b); ++r)
        ids.insert(model.index(r, 0, b).data(InventoryModel::UploadIdRole).toString());
    return ids;
}

} // namespace

class TestInventorySandbox : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = Sandbox::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP("No S3 sandbox: run through ctest, whose S3 fixture starts and seeds one.");
    }

    void seededBucketsAppearAsAwscliListsThem()
    {
        // Other suites create and remove buckets in the same sandbox meanwhile: the buckets awscli
        // lists before and after the scan must be there, and nothing that awscli never listed.
        const auto awsBuckets = [this] {
            QSet<QString> names;
            for (const QJsonValue &b : awsArray(m_sandbox, {u"s3api"_s, u"list-buckets"_s}, u"Buckets"_s))
                names.insert(b[u"Name"_s].toString());
            return names;
        };
        const QSet<QString> before = awsBuckets();
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        InventoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InventoryScanner scanner(&client, &model);
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh();
        QVERIFY(finished.wait(240000));
        const QSet<QString> after = awsBuckets();

        QSet<QString> modelBuckets;
        for (int r = 0; r < model.rowCount(); ++r)
            modelBuckets.insert(model.index(r, 0).data(InventoryModel::BucketRole).toString());
        const QSet<QString> throughout = QSet<QString>(before).intersect(after);
        QVERIFY2(modelBuckets.contains(throughout),
                 qPrintable(u"missing: "_s + QStringList((throughout - modelBuckets).values()).join(u", "_s)));
        QVERIFY2((modelBuckets - before - after).isEmpty(),
                 qPrintable(u"never listed by awscli: "_s +
                            QStringList((modelBuckets - before - after).values()).join(u", "_s)));
        QVERIFY(throughout.size() >= 6);
        QVERIFY(modelBuckets.contains(u"logs-firehose"_s));

        for (const QString &bucket :
             {u"media-archive"_s, u"weird-keys"_s, u"backups-rclone"_s, u"logs-firehose"_s, u"empty-bucket"_s}) {
            const QSet<QString> expected = awsUploadIds(m_sandbox, bucket);
            QCOMPARE(modelUploadIds(model, bucket), expected);
            const QModelIndex row = model.bucketIndex(bucket);
            QCOMPARE(row.data(InventoryModel::UploadCountRole).toLongLong(), qint64(expected.size()));
            QCOMPARE(row.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
                     InventoryModel::ScanState::Done);
        }
        QCOMPARE(scanner.progress().bucketsFailed, 0);
    }

    void sizesEqualThePartsAwscliReports()
    {
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        InventoryModel model;
        InventoryScanner scanner(&client, &model);
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh({u"backups-rclone"_s, u"weird-keys"_s});
        QVERIFY(finished.wait(120000));
        scanner.sizeAll();
        QTRY_COMPARE_WITH_TIMEOUT(scanner.sizesWaiting(), 0, 120000);
        model.flushPendingChanges();

        qint64 bucketBytes = 0;
        const QModelIndex backups = model.bucketIndex(u"backups-rclone"_s);
        QVERIFY(model.rowCount(backups) > 0);
        for (int r = 0; r < model.rowCount(backups); ++r) {
            const QModelIndex upload = model.index(r, 0, backups);
            const QJsonArray parts = awsArray(m_sandbox,
                                              {u"s3api"_s, u"list-parts"_s, u"--bucket"_s, u"backups-rclone"_s,
                                               u"--key"_s, upload.data(InventoryModel::KeyRole).toString(),
                                               u"--upload-id"_s, upload.data(InventoryModel::UploadIdRole).toString()},
                                              u"Parts"_s);
            qint64 expected = 0;
            for (const QJsonValue &p : parts)
                expected += p[u"Size"_s].toInteger();
            QVERIFY(expected > 0);
            QCOMPARE(upload.data(InventoryModel::SizeRole).toLongLong(), expected);
            QCOMPARE(upload.data(InventoryModel::PartsRole).toInt(), int(parts.size()));
            bucketBytes += expected;
        }
        // The bucket row aggregates its uploads.
        QCOMPARE(backups.data(InventoryModel::SizeRole).toLongLong(), bucketBytes);
        QCOMPARE(backups.data(InventoryModel::SizedCountRole).toLongLong(), qint64(model.rowCount(backups)));
    }

    void aFailingBucketDoesNotStopTheOthers()
    {
        S3Client client(m_sandbox.clientConfig(m_sandbox.owner));
        InventoryModel model;
        InventoryScanner scanner(&client, &model);
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh({u"no-such-bucket-partsweep"_s, u"media-archive"_s});
        QVERIFY(finished.wait(120000));
        const QModelIndex missing = model.bucketIndex(u"no-such-bucket-partsweep"_s);
        QCOMPARE(missing.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
                 InventoryModel::ScanState::Failed);
        const QString reason = missing.data(InventoryModel::ErrorRole).toString();
        QVERIFY2(reason.contains(u"NoSuchBucket"_s), qPrintable(reason));
        QCOMPARE(modelUploadIds(model, u"media-archive"_s), awsUploadIds(m_sandbox, u"media-archive"_s));
        QCOMPARE(scanner.progress().bucketsFailed, 1);
    }

    void requesterWithoutPayerHeaderSeesTheReasonOnTheBucketRow()
    {
        S3Client client(m_sandbox.clientConfig(m_sandbox.requester));
        InventoryModel model;
        InventoryScanner scanner(&client, &model);
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh({u"shared-payer"_s});
        QVERIFY(finished.wait(120000));
        const QModelIndex bucket = model.bucketIndex(u"shared-payer"_s);
        QCOMPARE(bucket.data(InventoryModel::StateRole).value<InventoryModel::ScanState>(),
                 InventoryModel::ScanState::Failed);
        const QString reason = bucket.data(InventoryModel::ErrorRole).toString();
        QVERIFY2(reason.contains(u"requester"_s, Qt::CaseInsensitive), qPrintable(reason));
    }

    void windowShowsTheSandboxAndAnUploadsParts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConnection(m_sandbox.clientConfig(m_sandbox.owner), u"sandbox"_s);
        QCOMPARE(window.connectionLabel()->text(), u"sandbox"_s);
        QSignalSpy finished(window.scanner(), &InventoryScanner::scanFinished);
        QVERIFY(finished.wait(240000));

        // Pick the first upload of backups-rclone (rclone left 2 parts of 5 MiB each): select the
        // bucket on the left, then the first row of the table.
        QTableView *buckets = window.bucketView();
        int bucketRow = -1;
        for (int r = 0; r < buckets->model()->rowCount(); ++r) {
            if (buckets->model()->index(r, 0).data(InventoryModel::BucketRole).toString() == u"backups-rclone"_s)
                bucketRow = r;
        }
        QVERIFY(bucketRow >= 0);
        buckets->selectRow(bucketRow);
        QVERIFY(window.proxy()->rowCount() > 0);
        const QModelIndex upload = window.proxy()->index(0, 1);
        window.view()->setCurrentIndex(upload);
        auto *parts = window.detailsPane()->findChild<QTreeWidget *>(u"detailsParts"_s);
        QTRY_VERIFY_WITH_TIMEOUT(parts->topLevelItemCount() > 0, 30000);
        const QString key = upload.data(InventoryModel::KeyRole).toString();
        const QString id = upload.data(InventoryModel::UploadIdRole).toString();
        const QJsonArray awsParts = awsArray(
            m_sandbox,
            {u"s3api"_s, u"list-parts"_s, u"--bucket"_s, u"backups-rclone"_s, u"--key"_s, key, u"--upload-id"_s, id},
            u"Parts"_s);
        QCOMPARE(parts->topLevelItemCount(), int(awsParts.size()));
        QCOMPARE(parts->topLevelItem(0)->text(2), awsParts.at(0)[u"ETag"_s].toString());
        auto *title = window.detailsPane()->findChild<QLabel *>(u"detailsTitle"_s);
        QCOMPARE(title->text(), u"s3://backups-rclone/"_s + key);
        // The upload on screen got its size without "Fetch all sizes".
        QTRY_VERIFY(upload.data(InventoryModel::SizeRole).toLongLong() > 0);
    }
};

QTEST_MAIN(TestInventorySandbox)
#include "tst_inventory_sandbox.moc"
