// CleanupModel over a job running against FaultyS3Server (a FAKE server), checked by
// QAbstractItemModelTester and for batched, run-length dataChanged signals.
#include "cleanup/cleanupjob.h"
#include "cleanup/cleanupmodel.h"
#include "faultys3server.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace PartSweep;
using PartSweep::Test::FaultyS3Server;

class TestCleanupModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheJobInBatches()
    {
        FaultyS3Server server;
        QVERIFY(server.listen());
        QList<CleanupTarget> targets;
        for (int i = 0; i < 300; ++i) {
            const QString bucket = i % 3 == 0 ? QStringLiteral("b1") : QStringLiteral("b2");
            server.addUpload(bucket, QStringLiteral("k%1").arg(i), QStringLiteral("id%1").arg(i), 1, 100);
            CleanupTarget t;
            t.upload.bucket = bucket;
            t.upload.key = QStringLiteral("k%1").arg(i);
            t.upload.uploadId = QStringLiteral("id%1").arg(i);
            // Every tenth is too young: excluded at once, the others later.
            t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(i % 10 == 0 ? 0 : -3);
            t.size = 100;
            targets.append(t);
        }
        S3ClientConfig config;
        config.endpoint = server.endpoint();
        config.addressingStyle = AddressingStyle::Path;
        config.credentials.accessKeyId = QStringLiteral("AKIAMODEL");
        config.credentials.secretAccessKey = QStringLiteral("modelsecret");
        CleanupJob job(config, CleanupOptions(), targets);

        CleanupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJob(&job);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.columnCount(), int(CleanupModel::ColumnCount));
        QCOMPARE(model.data(model.index(4, CleanupModel::KeyColumn)).toString(), QStringLiteral("k4"));
        QCOMPARE(model.data(model.index(4, 0), CleanupModel::StateRole).value<CleanupState>(), CleanupState::Queued);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));

        // Batched: fewer signals than state changes (270 uploads x aborting, verifying, verified),
        // and each covers a run of rows with an explicit role list.
        QVERIFY(changed.count() > 0);
        QVERIFY2(changed.count() < 270 * 3, qPrintable(QString::number(changed.count())));
        bool sawRun = false;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            QVERIFY(!args.at(2).value<QList<int>>().isEmpty());
            QCOMPARE(from.column(), int(CleanupModel::SizeColumn));
            QCOMPARE(to.column(), int(CleanupModel::ReasonColumn));
            sawRun = sawRun || to.row() > from.row();
        }
        QVERIFY(sawRun);

        for (int row = 0; row < 300; ++row) {
            const CleanupState state = model.index(row, 0).data(CleanupModel::StateRole).value<CleanupState>();
            QCOMPARE(state, row % 10 == 0 ? CleanupState::Excluded : CleanupState::Verified);
            QCOMPARE(model.index(row, CleanupModel::StateColumn).data().toString(), stateText(state));
            QVERIFY(model.index(row, 0).data(CleanupModel::IsFinalRole).toBool());
        }
        QCOMPARE(model.index(1, CleanupModel::AbortsColumn).data(CleanupModel::SortRole).toInt(), 1);
        QCOMPARE(model.index(1, CleanupModel::SizeColumn).data().toString(), QStringLiteral("100 B"));

        model.setJob(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanupModel)
#include "tst_cleanupmodel.moc"
