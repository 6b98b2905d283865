// ConnectionStore: saved connections survive a restart, profile overrides apply to the listed
// profiles, bad input is refused with words, and the settings file never holds a secret.
#include "connection/connectionstore.h"
#include "connection/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace PartSweep;

namespace {

const QString SecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY0001");
const QString SessionToken = QStringLiteral("IQoJb3JpZ2luX2VjSESSIONTOKENforTheStoreTest");

ConnectionSettings manual(const QString &name)
{
    ConnectionSettings c;
    c.kind = ConnectionSettings::Kind::Manual;
    c.name = name;
    c.endpointUrl = QStringLiteral("https://s3.lab.example:9443");
    c.region = QStringLiteral("eu-west-3");
    c.addressingStyle = AddressingStyle::Virtual;
    c.addressingStyleSet = true;
    c.accessKeyId = QStringLiteral("AKIALABEXAMPLE");
    c.caBundle = QStringLiteral("/etc/lab/ca.pem");
    c.verifyTls = false;
    c.requestPayer = true;
    c.expectedBucketOwner = QStringLiteral("123456789012");
    c.concurrency = 8;
    c.maxAttempts = 5;
    c.maxListingPages = 75000;
    return c;
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTripAcrossRestarts()
    {
        {
            ConnectionStore store(settings());
            QVERIFY(store.save(manual(QStringLiteral("lab"))).ok());
            store.setLastUsed(QStringLiteral("lab"));
        }
        ConnectionStore again(settings());
        const QList<ConnectionSettings> saved = again.saved();
        QCOMPARE(saved.size(), 1);
        const ConnectionSettings &c = saved.constFirst();
        const ConnectionSettings expected = manual(QStringLiteral("lab"));
        QCOMPARE(c.name, expected.name);
        QCOMPARE(c.kind, ConnectionSettings::Kind::Manual);
        QCOMPARE(c.endpointUrl, expected.endpointUrl);
        QCOMPARE(c.region, expected.region);
        QVERIFY(c.addressingStyleSet);
        QCOMPARE(c.addressingStyle, AddressingStyle::Virtual);
        QCOMPARE(c.accessKeyId, expected.accessKeyId);
        QCOMPARE(c.caBundle, expected.caBundle);
        QCOMPARE(c.verifyTls, false);
        QCOMPARE(c.requestPayer, true);
        QCOMPARE(c.expectedBucketOwner, expected.expectedBucketOwner);
        QCOMPARE(c.concurrency, 8);
        QCOMPARE(c.maxAttempts, 5);
        QCOMPARE(c.maxListingPages, 75000);
        QCOMPARE(again.lastUsed(), QStringLiteral("lab"));
    }

    void saveReplacesByNameAndRemoveForgets()
    {
        ConnectionStore store(settings());
        QVERIFY(store.save(manual(QStringLiteral("a"))).ok());
        QVERIFY(store.save(manual(QStringLiteral("b"))).ok());
        ConnectionSettings changed = manual(QStringLiteral("a"));
        changed.region = QStringLiteral("ap-south-1");
        QVERIFY(store.save(changed).ok());
        QCOMPARE(store.saved().size(), 2);
        QCOMPARE(store.find(QStringLiteral("a"))->region, QStringLiteral("ap-south-1"));

        store.setLastUsed(QStringLiteral("a"));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QVERIFY(!store.find(QStringLiteral("a")));
        QVERIFY(store.lastUsed().isEmpty());
        QCOMPARE(ConnectionStore(settings()).saved().size(), 1);
    }

    // A storage price set for a connection (Wasabi's, a Ceph cluster's internal rate) is saved
    // with it; clearing it removes it; a price that is not one is refused with the reason.
    void storagePriceIsSavedClearedAndChecked()
    {
        ConnectionSettings wasabi = manual(QStringLiteral("wasabi"));
        QVERIFY(!wasabi.pricePerGbMonth);
        wasabi.pricePerGbMonth = 0.0068;
        {
            ConnectionStore store(settings());
            QVERIFY(store.save(wasabi).ok());
        }
        QCOMPARE(ConnectionStore(settings()).find(QStringLiteral("wasabi"))->pricePerGbMonth, std::optional(0.0068));
        wasabi.pricePerGbMonth.reset();
        QVERIFY(ConnectionStore(settings()).save(wasabi).ok());
        QVERIFY(!ConnectionStore(settings()).find(QStringLiteral("wasabi"))->pricePerGbMonth);

        for (const double bad : {-0.01, 1000.0, std::numeric_limits<double>::quiet_NaN()}) {
            wasabi.pricePerGbMonth = bad;
            const Result<Unit> saved = ConnectionStore(settings()).save(wasabi);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.errorString().contains(QStringLiteral("USD per GB-month")), qPrintable(saved.errorString()));
        }
        QVERIFY(!ConnectionStore(settings()).find(QStringLiteral("wasabi"))->pricePerGbMonth);
    }

    void listsProfilesWithOverridesThenManualSorted()
    {
        ConnectionStore store(settings());
        QVERIFY(store.save(manual(QStringLiteral("zeta"))).ok());
        QVERIFY(store.save(manual(QStringLiteral("alpha"))).ok());
        ConnectionSettings prod = ConnectionSettings::forProfile(QStringLiteral("prod"));
        prod.requestPayer = true;
        prod.expectedBucketOwner = QStringLiteral("210987654321");
        prod.concurrency = 4;
        QVERIFY(store.save(prod).ok());
        // Overrides of a profile that is gone are kept, not listed.
        QVERIFY(store.save(ConnectionSettings::forProfile(QStringLiteral("gone"))).ok());

        const QList<ConnectionSettings> listed =
            store.connections({QStringLiteral("default"), QStringLiteral("prod")}, true);
        QStringList names;
        for (const ConnectionSettings &c : listed)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("default chain"), QStringLiteral("profile:default"),
                                     QStringLiteral("profile:prod"), QStringLiteral("alpha"), QStringLiteral("zeta")}));
        QVERIFY(listed.at(0).isDefaultChain());
        QCOMPARE(listed.at(2).profile, QStringLiteral("prod"));
        QCOMPARE(listed.at(2).requestPayer, true);
        QCOMPARE(listed.at(2).expectedBucketOwner, QStringLiteral("210987654321"));
        QCOMPARE(listed.at(2).concurrency, 4);
        QCOMPARE(listed.at(1).requestPayer, false);

        QCOMPARE(store.connections({}, false).size(), 2);
    }

    void refusesBadInputWithWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("no name") << "name"
                                 << "needs a name";
        QTest::newRow("no access key") << "accessKeyId"
                                       << "access key id";
        QTest::newRow("bad endpoint") << "endpointUrl"
                                      << "http:// or https:// URL";
        QTest::newRow("reserved name") << "reserved"
                                       << "reserved for AWS profiles";
        QTest::newRow("concurrency") << "concurrency"
                                     << "Concurrency must be from 1 to 256";
    }

    void refusesBadInputWithWords()
    {
        QFETCH(QString, field);
        QFETCH(QString, words);
        ConnectionSettings c = manual(QStringLiteral("lab"));
        if (field == u"name")
            c.name.clear();
        else if (field == u"accessKeyId")
            c.accessKeyId.clear();
        else if (field == u"endpointUrl")
            c.endpointUrl = QStringLiteral("s3.example.com");
        else if (field == u"reserved")
            c.name = QStringLiteral("profile:prod");
        else if (field == u"concurrency")
            c.concurrency = 0;
        ConnectionStore store(settings());
        const Result<Unit> saved = store.save(c);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, S3Error::Kind::Config);
        QVERIFY2(saved.errorString().contains(words), qPrintable(saved.errorString()));
        QVERIFY(store.saved().isEmpty());
    }

    // The user's check: after saving a connection with its secrets, open the settings file and
    // look for them. The secrets go to the secret store, and only there.
    void settingsFileNeverHoldsSecrets()
    {
        MemorySecretStore secrets;
        ConnectionStore store(settings());
        const ConnectionSettings c = manual(QStringLiteral("lab"));
        QVERIFY(store.save(c).ok());
        bool keyWritten = false;
        bool tokenWritten = false;
        secrets.write(c.name, SecretKind::SecretAccessKey, SecretKey, this,
                      [&keyWritten](Result<Unit> r) { keyWritten = r.ok(); });
        secrets.write(c.name, SecretKind::SessionToken, SessionToken, this,
                      [&tokenWritten](Result<Unit> r) { tokenWritten = r.ok(); });
        QTRY_VERIFY(keyWritten && tokenWritten);
        store.setLastUsed(c.name);

        QFile file(store.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("AKIALABEXAMPLE")); // the file is the one written, with the connection in it
        QVERIFY2(!bytes.contains(SecretKey.toUtf8()), "the secret key is in the settings file");
        QVERIFY2(!bytes.contains(SessionToken.toUtf8()), "the session token is in the settings file");
        QVERIFY2(!bytes.contains("SECRETKEY"), "part of the secret key is in the settings file");
    }

private:
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("partsweep.conf")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
