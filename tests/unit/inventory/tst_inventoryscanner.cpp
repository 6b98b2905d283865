// The inventory scanner against the fault-injecting FAKE S3 server (named as such): what a real
// server will not show on demand. Here: a MinIO-style server, whose ListMultipartUploads without
// an exact object name answers an empty list, is recognised and the user told; an ordinary
// empty answer is not.
#include "faultys3server.h"
#include "inventory/inventorymodel.h"
#include "inventory/inventoryscanner.h"
#include "inventory/uploadscan.h"

#include <QSignalSpy>
#include <QtTest>

using namespace PartSweep;
using namespace PartSweep::Test;

namespace {

const QByteArray EmptyListing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                "<ListMultipartUploadsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                                "<Bucket>photos</Bucket><IsTruncated>false</IsTruncated>"
                                "</ListMultipartUploadsResult>";

S3ClientConfig configFor(const FaultyS3Server &server)
{
    S3ClientConfig config;
    config.endpoint = server.endpoint();
    config.addressingStyle = AddressingStyle::Path;
    config.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    config.credentials.secretAccessKey = QStringLiteral("fake-secret");
    return config;
}

} // namespace

class TestInventoryScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // abort --shard K/N: a scan keeps only its share, and sizes (ListParts) only that, so N
    // shards do not each list the parts of the whole selection.
    void aScanKeepsAndSizesOnlyWhatItsFilterAccepts()
    {
        FaultyS3Server server;
        QVERIFY(server.listen());
        for (int i = 0; i < 30; ++i)
            server.addUpload(QStringLiteral("bkt"), QStringLiteral("k%1").arg(i), QStringLiteral("u%1").arg(i), 1, 10);
        S3Client client(configFor(server));
        UploadScan::Options options;
        options.buckets = {QStringLiteral("bkt")};
        options.sizes = true;
        options.pageSize = 7;
        options.keep = [](const UploadInfo &u) { return u.key.mid(1).toInt() % 3 == 0; };
        UploadScan scan(&client, options);
        QSignalSpy finished(&scan, &UploadScan::finished);
        scan.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(scan.listedCount(), 30);
        QCOMPARE(scan.uploads().size(), 10);
        for (const UploadScan::Sized &s : scan.uploads()) {
            QCOMPARE(s.upload.key.mid(1).toInt() % 3, 0);
            QVERIFY(s.parts);
            QCOMPARE(s.parts->totalBytes, 10);
        }
        QCOMPARE(server.requestCount(QStringLiteral("ListParts")), 10);
    }

    void serverHeaderRecognition()
    {
        QVERIFY(InventoryScanner::isExactKeyOnlyServer("MinIO"));
        QVERIFY(InventoryScanner::isExactKeyOnlyServer("minio/RELEASE.2024"));
        QVERIFY(!InventoryScanner::isExactKeyOnlyServer("AmazonS3"));
        QVERIFY(!InventoryScanner::isExactKeyOnlyServer("Ceph Object Gateway (reef)"));
        QVERIFY(!InventoryScanner::isExactKeyOnlyServer(""));
    }

    void minioWithNoUploadsIsSaid_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<bool>("noticed");
        QTest::newRow("MinIO") << QByteArray("MinIO") << true;
        QTest::newRow("RGW") << QByteArray("Ceph Object Gateway") << false;
    }

    void minioWithNoUploadsIsSaid()
    {
        QFETCH(QByteArray, server);
        QFETCH(bool, noticed);
        FaultyS3Server fake;
        QVERIFY(fake.listen());
        fake.addBucket(QStringLiteral("photos"));
        fake.addRule([server](const RecordedRequest &request) -> std::optional<FakeResponse> {
            if (request.operation() != u"ListMultipartUploads")
                return std::nullopt;
            return FakeResponse::ok(EmptyListing).withHeader("Server", server);
        });
        S3Client client(configFor(fake));
        InventoryModel model;
        InventoryScanner scanner(&client, &model);
        QSignalSpy notices(&scanner, &InventoryScanner::noticeRaised);
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        if (noticed) {
            QVERIFY(notices.wait(5000));
            const QString text = notices.first().first().toString();
            QVERIFY2(text.contains(QStringLiteral("exact object name")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("MinIO")), qPrintable(text));
        } else {
            QVERIFY(!notices.wait(500)); // give the check its round trip; nothing is said
        }
    }

    // The window's uploads live in the model only: the scan feeding it keeps no copy of its own
    // (it did: every upload was held twice, ~670 bytes more each).
    void theModelIsTheOnlyStoreOfAScan()
    {
        FaultyS3Server fake;
        QVERIFY(fake.listen());
        fake.addBucket(QStringLiteral("logs"));
        for (int i = 0; i < 2500; ++i)
            fake.addUpload(QStringLiteral("logs"), QStringLiteral("k/%1").arg(i), QStringLiteral("u%1").arg(i));
        S3Client client(configFor(fake));
        InventoryModel model;
        InventoryScanner scanner(&client, &model);
        qsizetype held = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&held, &scanner] { held = std::max(held, scanner.uploadsHeldByScan()); });
        QSignalSpy finished(&scanner, &InventoryScanner::scanFinished);
        scanner.refresh();
        QVERIFY(finished.wait(10000));
        model.flushPendingChanges();
        QCOMPARE(model.rowCount(model.index(0, 0)), 2500);
        QCOMPARE(scanner.progress().uploads, 2500);
        QCOMPARE(held, 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryScanner)
#include "tst_inventoryscanner.moc"
