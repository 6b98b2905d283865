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

    // 300 uploads in two buckets; every tenth too young for the default guard.
    static QList<CleanupTarget> seed(FaultyS3Server &server)
    {
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
        return targets;
    }

    static S3ClientConfig config(const FaultyS3Server &server)
    {
        S3ClientConfig config;
        config.endpoint = server.endpoint();
        config.addressingStyle = AddressingStyle::Path;
        config.credentials.accessKeyId = QStringLiteral("AKIAMODEL");
        config.credentials.secretAccessKey = QStringLiteral("modelsecret");
        return config;
    }

    static void verifyFinalStates(const CleanupModel &model)
    {
        for (int row = 0; row < 300; ++row) {
            const CleanupState state = model.index(row, 0).data(CleanupModel::StateRole).value<CleanupState>();
            QCOMPARE(state, row % 10 == 0 ? CleanupState::Excluded : CleanupState::Verified);
            QCOMPARE(model.index(row, CleanupModel::StateColumn).data().toString(), stateText(state));
            QVERIFY(model.index(row, 0).data(CleanupModel::IsFinalRole).toBool());
        }
    }

private Q_SLOTS:
    void followsTheJobInBatches()
    {
        FaultyS3Server server;
        QVERIFY(server.listen());
        CleanupJob job(config(server), CleanupOptions(), seed(server));

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

        verifyFinalStates(model);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(model.index(1, CleanupModel::AbortsColumn).data(CleanupModel::SortRole).toInt(), 1);
        QCOMPARE(model.index(1, CleanupModel::SizeColumn).data().toString(), QStringLiteral("100 B"));

        model.setJob(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // A job of a million uploads is not a million rows at once (a view taking them all in one go
    // held the event loop for ~100 ms): the rows come in slices, one per pass of the event loop,
    // while the job already runs; progress for rows not yet in is not announced, and each row
    // shows its state as of when it comes.
    void rowsComeInSlicesWhileTheJobRuns()
    {
        FaultyS3Server server;
        QVERIFY(server.listen());
        CleanupJob job(config(server), CleanupOptions(), seed(server));

        CleanupModel model;
        model.setSliceRows(64);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setJob(&job);
        QCOMPARE(model.rowCount(), 64);
        QVERIFY(!model.isComplete());
        QCOMPARE(model.data(model.index(63, CleanupModel::KeyColumn)).toString(), QStringLiteral("k63"));
        // A batch of changes across the end of the rows in: those in are announced, no others.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT job.progressed({61, 62, 63, 64, 65, 200});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 61);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 63);

        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), 300);
        // 64 at once, then 64, 64, 64 and the last 44, each after the one before.
        QCOMPARE(inserted.count(), 4);
        int next = 64;
        for (const QList<QVariant> &args : std::as_const(inserted)) {
            QCOMPARE(args.at(1).toInt(), next);
            next = args.at(2).toInt() + 1;
        }
        QCOMPARE(next, 300);
        verifyFinalStates(model);
    }
};

QTEST_GUILESS_MAIN(TestCleanupModel)
#include "tst_cleanupmodel.moc"
