// "Add abort rule…" offscreen, on FaultyS3Server holding lifecycle documents per bucket (a FAKE;
// the same engine is tested against Ceph RGW by integration/test_lifecycle_cli.sh). What a user
// checks: the plan per bucket before anything is written, a button that says how many buckets
// and is never the default, "verified" after the write, and Undo putting back what was there.
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "faultys3server.h"
#include "lifecycle/lifecycleconfig.h"
#include "lifecycledialog.h"
#include "s3/s3client.h"
#include "translations.h"

using namespace PartSweep;
using PartSweep::Test::FakeResponse;
using PartSweep::Test::FaultyS3Server;
using PartSweep::Test::RecordedRequest;

namespace {

const QByteArray TwoRules =
    "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
    "<Expiration><Days>30</Days></Expiration></Rule>"
    "<Rule><ID>tmp</ID><Filter><Tag><Key>tmp</Key><Value>1</Value></Tag></Filter><Status>Enabled</Status>"
    "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>";
const QByteArray Covering = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            "<Rule><ID>house</ID><Filter></Filter><Status>Enabled</Status>"
                            "<AbortIncompleteMultipartUpload><DaysAfterInitiation>3</DaysAfterInitiation>"
                            "</AbortIncompleteMultipartUpload></Rule></LifecycleConfiguration>";

} // namespace

class TestLifecycleDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultyS3Server> m_server;
    std::unique_ptr<S3Client> m_client;
    std::shared_ptr<QHash<QString, QByteArray>> m_stored; // bucket -> document; absent: none
    QTemporaryDir m_dir;

    int writes() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += (r.method == "PUT" || r.method == "DELETE") ? 1 : 0;
        return n;
    }
    static QString cell(const LifecycleDialog &dialog, int row, int column)
    {
        return dialog.table()->item(row, column) ? dialog.table()->item(row, column)->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(*qApp, QLocale(QLocale::English)); } // as the application does

    void init()
    {
        m_server = std::make_unique<FaultyS3Server>();
        QVERIFY(m_server->listen());
        m_stored = std::make_shared<QHash<QString, QByteArray>>();
        m_server->addRule([stored = m_stored](const RecordedRequest &r) -> std::optional<FakeResponse> {
            if (!r.hasQueryItem(QStringLiteral("lifecycle")))
                return std::nullopt;
            if (r.method == "GET")
                return stored->contains(r.bucket())
                           ? FakeResponse::ok(stored->value(r.bucket()))
                           : FakeResponse::s3Error(404, QStringLiteral("NoSuchLifecycleConfiguration"));
            if (r.method == "PUT")
                stored->insert(r.bucket(), r.body);
            else if (r.method == "DELETE")
                stored->remove(r.bucket());
            FakeResponse done;
            done.status = r.method == "DELETE" ? 204 : 200;
            return done;
        });
        S3ClientConfig config;
        config.endpoint = m_server->endpoint();
        config.region = QStringLiteral("us-east-1");
        config.addressingStyle = AddressingStyle::Path;
        config.credentials.accessKeyId = QStringLiteral("AKIADIALOGEXAMPLE");
        config.credentials.secretAccessKey = QStringLiteral("dIaLoGsEcReT/EXAMPLEKEY");
        m_client = std::make_unique<S3Client>(config);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void planThenWriteThenUndo()
    {
        m_stored->insert(QStringLiteral("logs-bucket"), TwoRules);
        m_stored->insert(QStringLiteral("guarded"), Covering);
        LifecycleDialog dialog(m_client.get(),
                               {QStringLiteral("logs-bucket"), QStringLiteral("guarded"), QStringLiteral("bare")});
        dialog.setJournalDirectory(m_dir.path());
        QSignalSpy work(&dialog, &LifecycleDialog::workFinished);
        QSignalSpy changed(&dialog, &LifecycleDialog::abortRuleChanged);
        dialog.show();
        QVERIFY(work.wait(10000));

        // The plan, per bucket, before anything is written.
        QCOMPARE(dialog.table()->rowCount(), 3);
        QVERIFY2(cell(dialog, 0, 1).contains(QStringLiteral("keeps 2 rule(s)")), qPrintable(cell(dialog, 0, 1)));
        QCOMPARE(cell(dialog, 0, 2), QStringLiteral("will get the rule"));
        QCOMPARE(cell(dialog, 1, 1), QStringLiteral("already covered (3 d, rule house)"));
        QCOMPARE(cell(dialog, 2, 2), QStringLiteral("will get the rule"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("abortRuleApply"));
        QCOMPARE(apply->text(), QStringLiteral("Add the rule to 2 buckets"));
        QVERIFY(!apply->isDefault());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("abortRuleUndo"))->isVisible()); // nothing to undo
        QCOMPARE(writes(), 0);

        // A different number of days: planned again, still nothing written.
        dialog.findChild<QSpinBox *>(QStringLiteral("abortRuleDays"))->setValue(2);
        QVERIFY(work.wait(10000));
        QCOMPARE(cell(dialog, 1, 2), QStringLiteral("will get the rule")); // 3 d no longer covers 2 d
        QCOMPARE(apply->text(), QStringLiteral("Add the rule to 3 buckets"));
        QCOMPARE(writes(), 0);
        dialog.findChild<QSpinBox *>(QStringLiteral("abortRuleDays"))->setValue(7);
        QVERIFY(work.wait(10000));

        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(work.wait(10000));
        QCOMPARE(cell(dialog, 0, 2), QStringLiteral("verified"));
        QCOMPARE(cell(dialog, 2, 2), QStringLiteral("verified"));
        QCOMPARE(LifecycleConfig::parse(m_stored->value(QStringLiteral("logs-bucket")))->rules.size(), 3);
        QCOMPARE(m_stored->value(QStringLiteral("guarded")), Covering);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("abortRuleSummary"))->text().contains(dialog.journalPath()));
        QVERIFY(QFileInfo(dialog.journalPath()).permissions() ==
                (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("7 d"));

        // Undo, confirmed in the question box.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("abortRuleUndo"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(work.wait(10000));
        QCOMPARE(cell(dialog, 0, 2), QStringLiteral("restored"));
        QVERIFY(LifecycleConfig::parse(m_stored->value(QStringLiteral("logs-bucket")))
                    ->sameMeaning(*LifecycleConfig::parse(TwoRules)));
        QVERIFY(!m_stored->contains(QStringLiteral("bare"))); // it had none: none again
    }

    // The days changed, and the reading made for the earlier days comes back before the new plan
    // is read: it is not offered. A click in that moment writes nothing; the plan that is
    // offered in the end is the one for the days shown.
    void aPlanForOtherDaysIsNeverOffered()
    {
        m_server->setDelayMs(150); // the reading comes back before the new days are planned (400 ms)
        LifecycleDialog dialog(m_client.get(), {QStringLiteral("bare")});
        dialog.setJournalDirectory(m_dir.path());
        QSignalSpy work(&dialog, &LifecycleDialog::workFinished);
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("abortRuleApply"));
        dialog.findChild<QSpinBox *>(QStringLiteral("abortRuleDays"))->setValue(2);
        QTest::qWait(250); // the 7-day reading is back, the 2-day one not yet asked for
        QVERIFY(!apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(work.wait(10000));
        QCOMPARE(writes(), 0);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(work.wait(10000));
        const LifecycleConfig written = *LifecycleConfig::parse(m_stored->value(QStringLiteral("bare")));
        QCOMPARE(written.rules.size(), 1);
        QCOMPARE(written.rules[0].abortDays, std::optional<int>(2));
    }
};

QTEST_MAIN(TestLifecycleDialog)
#include "tst_lifecycledialog.moc"
