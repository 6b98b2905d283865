// The connection manager, offscreen: profiles from a temporary HOME are listed, a connection
// entered by hand is saved with its secrets in the secret store and not in the settings file,
// Test connection shows each check, Connect returns the connection.
#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "connectiondialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace PartSweep;

namespace {

const QString SecretKey = QStringLiteral("dialogSecretKeyNeverInSettings000000001");
const QString SessionToken = QStringLiteral("dialogSessionTokenNeverInSettings00002");

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

QStringList listed(ConnectionDialog &dialog)
{
    QStringList names;
    auto *list = child<QListWidget>(&dialog, "connectionList");
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    return names;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot bind a local port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QDir(m_dir->path()).mkpath(QStringLiteral("home/.aws"));
        QFile config(m_dir->filePath(QStringLiteral("home/.aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nregion = eu-west-1\n[profile prod]\nregion = eu-central-1\n");
        config.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home());
        m_secrets = std::make_unique<MemorySecretStore>(QStringLiteral("No keychain service (test)."));
        m_resolver = std::make_unique<ConnectionResolver>(env, home(), m_secrets.get());
        m_store = std::make_unique<ConnectionStore>(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat));
    }

    void listsTheProfilesOfHome()
    {
        ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(listed(dialog), (QStringList{QStringLiteral("Profile default"), QStringLiteral("Profile prod")}));
        // A profile's keys come from ~/.aws: not editable here, and not deletable.
        auto *list = child<QListWidget>(&dialog, "connectionList");
        list->setCurrentRow(1);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("profile:prod"));
        QVERIFY(!child<QLineEdit>(&dialog, "secretKeyEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "deleteButton")->isEnabled());
        // Where secrets go is said, with the reason.
        const QString storage = child<QLabel>(&dialog, "secretStorageLabel")->text();
        QVERIFY2(storage.contains(QStringLiteral("this session only")) &&
                     storage.contains(QStringLiteral("No keychain service (test).")),
                 qPrintable(storage));
    }

    void manualConnectionSecretsGoToTheSecretStoreOnly()
    {
        {
            ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(child<QPushButton>(&dialog, "newButton"), Qt::LeftButton);
            type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("lab"));
            type(child<QLineEdit>(&dialog, "endpointEdit"), QStringLiteral("http://127.0.0.1:9000"));
            type(child<QLineEdit>(&dialog, "regionEdit"), QStringLiteral("eu-north-1"));
            type(child<QLineEdit>(&dialog, "accessKeyEdit"), QStringLiteral("AKIALABDIALOG"));
            auto *secret = child<QLineEdit>(&dialog, "secretKeyEdit");
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            type(secret, SecretKey);
            type(child<QLineEdit>(&dialog, "sessionTokenEdit"), SessionToken);
            child<QCheckBox>(&dialog, "requesterPaysCheck")->setChecked(true);
            type(child<QLineEdit>(&dialog, "expectedOwnerEdit"), QStringLiteral("123456789012"));

            QSignalSpy saved(&dialog, &ConnectionDialog::saveFinished);
            QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QVERIFY(saved.wait(5000));
            QCOMPARE(saved.constFirst().constFirst().toBool(), true);
            QVERIFY(listed(dialog).contains(QStringLiteral("lab")));
            const QString status = child<QLabel>(&dialog, "statusLabel")->text();
            QVERIFY2(status.contains(QStringLiteral("this session only")), qPrintable(status));
        }

        // The secrets are in the secret store...
        QString secretBack;
        QString tokenBack;
        int answers = 0;
        m_secrets->read(QStringLiteral("lab"), SecretKind::SecretAccessKey, this, [&](Result<QString> r) {
            secretBack = r.value();
            ++answers;
        });
        m_secrets->read(QStringLiteral("lab"), SecretKind::SessionToken, this, [&](Result<QString> r) {
            tokenBack = r.value();
            ++answers;
        });
        QTRY_COMPARE(answers, 2);
        QVERIFY2(secretBack == SecretKey, "the secret key was not stored in the secret store");
        QVERIFY2(tokenBack == SessionToken, "the session token was not stored in the secret store");

        // ...the settings in the settings file, and the secrets nowhere in it.
        const auto saved = m_store->find(QStringLiteral("lab"));
        QVERIFY(saved);
        QCOMPARE(saved->accessKeyId, QStringLiteral("AKIALABDIALOG"));
        QCOMPARE(saved->region, QStringLiteral("eu-north-1"));
        QCOMPARE(saved->requestPayer, true);
        QCOMPARE(saved->expectedBucketOwner, QStringLiteral("123456789012"));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("AKIALABDIALOG"));
        QVERIFY2(!bytes.contains(SecretKey.toUtf8()), "the secret key is in the settings file");
        QVERIFY2(!bytes.contains(SessionToken.toUtf8()), "the session token is in the settings file");

        // Opened again, the connection shows its stored secret (hidden) ready for Test and Connect.
        ConnectionDialog again(*m_store, *m_secrets, *m_resolver);
        QVERIFY(again.selectConnection(QStringLiteral("lab")));
        auto *secret = child<QLineEdit>(&again, "secretKeyEdit");
        QTRY_VERIFY(!secret->text().isEmpty());
        QVERIFY(secret->text() == SecretKey);
        QVERIFY(child<QPushButton>(&again, "deleteButton")->isEnabled());

        // Delete forgets the settings and the secrets.
        QTest::mouseClick(child<QPushButton>(&again, "deleteButton"), Qt::LeftButton);
        QVERIFY(!m_store->find(QStringLiteral("lab")));
        QTRY_COMPARE(m_secrets->count(), 0);
        QVERIFY(!listed(again).contains(QStringLiteral("lab")));
    }

    void saveRefusesAConnectionWithoutSecretKey()
    {
        ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
        QTest::mouseClick(child<QPushButton>(&dialog, "newButton"), Qt::LeftButton);
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("nokey"));
        type(child<QLineEdit>(&dialog, "accessKeyEdit"), QStringLiteral("AKIANOKEY"));
        QSignalSpy saved(&dialog, &ConnectionDialog::saveFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().toBool(), false);
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("secret key")));
        QVERIFY(!m_store->find(QStringLiteral("nokey")));
    }

    // A storage price for the connection (a service AWS's list does not price): typed, saved,
    // shown again; a price that is not one is refused with the reason and nothing is saved.
    void storagePriceIsSavedWithTheConnection()
    {
        ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(&dialog, "connectionList");
        list->setCurrentRow(1); // profile prod
        auto *price = child<QLineEdit>(&dialog, "priceEdit");
        QVERIFY(price->text().isEmpty());
        QVERIFY2(price->placeholderText().contains(QStringLiteral("list prices")),
                 qPrintable(price->placeholderText()));
        QSignalSpy saved(&dialog, &ConnectionDialog::saveFinished);

        type(price, QStringLiteral("cheap"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.constLast().constFirst().toBool(), false);
        const QString status = child<QLabel>(&dialog, "statusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("USD per GB-month")), qPrintable(status));
        QVERIFY(!m_store->find(QStringLiteral("profile:prod")));

        type(price, QStringLiteral("0.0068"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.constLast().constFirst().toBool(), true);
        QCOMPARE(m_store->find(QStringLiteral("profile:prod"))->pricePerGbMonth, std::optional(0.0068));
        list->setCurrentRow(0);
        QVERIFY(price->text().isEmpty());
        list->setCurrentRow(1);
        QCOMPARE(price->text(), QStringLiteral("0.0068"));
    }

    void testConnectionShowsEachCheck()
    {
        ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "newButton"), Qt::LeftButton);
        type(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("dead"));
        const quint16 port = deadPort();
        type(child<QLineEdit>(&dialog, "endpointEdit"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        type(child<QLineEdit>(&dialog, "accessKeyEdit"), QStringLiteral("AKIADEAD"));
        type(child<QLineEdit>(&dialog, "secretKeyEdit"), SecretKey);

        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        auto *testButton = child<QPushButton>(&dialog, "testButton");
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(!testButton->isEnabled()); // one test at a time
        QVERIFY(finished.wait(30000));
        QVERIFY(testButton->isEnabled());

        auto *results = child<QTreeWidget>(&dialog, "testResults");
        QCOMPARE(results->topLevelItemCount(), 6);
        QStringList titles;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            titles << results->topLevelItem(i)->text(0);
        QCOMPARE(titles, (QStringList{QStringLiteral("Credentials"), QStringLiteral("Endpoint"),
                                      QStringLiteral("TLS certificate"), QStringLiteral("Authentication"),
                                      QStringLiteral("Clock"), QStringLiteral("Listing pending uploads")}));
        const QString credentials = results->topLevelItem(0)->text(1);
        QVERIFY2(credentials.contains(QStringLiteral("AKIADEAD")), qPrintable(credentials));
        const QString endpoint = results->topLevelItem(1)->text(1);
        QVERIFY2(endpoint.contains(QStringLiteral("refused the connection on port %1").arg(port)),
                 qPrintable(endpoint));
        QVERIFY(!results->topLevelItem(1)->icon(0).isNull());
        QCOMPARE(results->topLevelItem(3)->text(1), QStringLiteral("Not tried: the endpoint cannot be reached."));
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            QVERIFY(!results->topLevelItem(i)->text(1).contains(SecretKey));
        // Testing does not save.
        QVERIFY(!m_store->find(QStringLiteral("dead")));
    }

    void connectReturnsTheConnectionAndRemembersIt()
    {
        {
            ConnectionDialog dialog(*m_store, *m_secrets, *m_resolver);
            QVERIFY(dialog.selectConnection(QStringLiteral("profile:prod")));
            child<QCheckBox>(&dialog, "requesterPaysCheck")->setChecked(true);
            QSignalSpy chosen(&dialog, &ConnectionDialog::connectionChosen);
            QTest::mouseClick(child<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
            QTRY_COMPARE(chosen.size(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.selectedConnection());
            QCOMPARE(dialog.selectedConnection()->name, QStringLiteral("profile:prod"));
            QCOMPARE(dialog.selectedConnection()->requestPayer, true);
        }
        QCOMPARE(m_store->lastUsed(), QStringLiteral("profile:prod"));
        QCOMPARE(m_store->find(QStringLiteral("profile:prod"))->requestPayer, true); // the override was saved
        // The next time, the last used connection is selected.
        ConnectionDialog again(*m_store, *m_secrets, *m_resolver);
        QCOMPARE(child<QLineEdit>(&again, "nameEdit")->text(), QStringLiteral("profile:prod"));
        QVERIFY(child<QCheckBox>(&again, "requesterPaysCheck")->isChecked());
    }

private:
    QString home() const { return m_dir->filePath(QStringLiteral("home")); }
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionResolver> m_resolver;
    std::unique_ptr<ConnectionStore> m_store;
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
