// KeychainSecretStore against a real Secret Service (gnome-keyring on a private D-Bus session),
// and without any keychain service. Run by test_keychain.sh, which sets up both cases and says
// which one this run is in PARTSWEEP_KEYCHAIN_MODE ("secret-service" or "none").
#include "gui/keychainsecretstore.h"
#include "util/appinfo.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace PartSweep;

namespace {

const QString Connection = QStringLiteral("keychain-test");
const QString SecretKey = QStringLiteral("keychainTestSecretKey0000000000000000001");
const QString SessionToken = QStringLiteral("keychainTestSessionToken000000000000002");

QString mode()
{
    return qEnvironmentVariable("PARTSWEEP_KEYCHAIN_MODE");
}

// secret-tool's answer for one of our entries (QtKeychain's schema: server = service, user = key).
QByteArray secretTool(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels); // search prints the attributes on stderr
    p.start(QStringLiteral("secret-tool"), args);
    if (!p.waitForFinished(20000))
        return QByteArrayLiteral("<secret-tool did not finish>");
    return p.readAllStandardOutput();
}

// Every file under the directories a plain-file fallback could write to.
QStringList filesHolding(const QByteArray &needle)
{
    QStringList found;
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        if (dir.isEmpty())
            continue;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
    }
    return found;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::applyToApplication();
        if (mode() != u"secret-service" && mode() != u"none")
            QSKIP("run through tests/unit/app/test_keychain.sh (sets up a private D-Bus session and gnome-keyring)");
    }

    void writeReadRemove()
    {
        KeychainSecretStore store;
        QCOMPARE(store.service(), AppInfo::applicationId());
        QSignalSpy probed(&store, &KeychainSecretStore::probed);
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        QVERIFY(probed.wait(20000));

        if (mode() == u"secret-service") {
            QVERIFY2(store.isPersistent(), qPrintable(store.unavailableReason()));
            QVERIFY(store.unavailableReason().isEmpty());
            QCOMPARE(persistence.size(), 0);
        } else {
            QVERIFY(!store.isPersistent());
            QCOMPARE(persistence.size(), 1);
            QCOMPARE(persistence.constFirst().constFirst().toBool(), false);
            const QString reason = store.unavailableReason();
            QVERIFY2(reason.contains(QStringLiteral("No keychain service")) &&
                         reason.contains(QStringLiteral("until PartSweep quits")),
                     qPrintable(reason));
        }

        int written = 0;
        QStringList errors;
        store.write(Connection, SecretKind::SecretAccessKey, SecretKey, this, [&](Result<Unit> r) {
            ++written;
            if (!r)
                errors << r.errorString();
        });
        store.write(Connection, SecretKind::SessionToken, SessionToken, this, [&](Result<Unit> r) {
            ++written;
            if (!r)
                errors << r.errorString();
        });
        QTRY_COMPARE_WITH_TIMEOUT(written, 2, 20000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        QString secretBack;
        QString tokenBack;
        int read = 0;
        store.read(Connection, SecretKind::SecretAccessKey, this, [&](Result<QString> r) {
            secretBack = r.ok() ? *r : QString();
            ++read;
        });
        store.read(Connection, SecretKind::SessionToken, this, [&](Result<QString> r) {
            tokenBack = r.ok() ? *r : QString();
            ++read;
        });
        QTRY_COMPARE_WITH_TIMEOUT(read, 2, 20000);
        QVERIFY2(secretBack == SecretKey, "the secret key read back differs");
        QVERIFY2(tokenBack == SessionToken, "the session token read back differs");

        // Never in a plain file, whatever the mode (no insecure fallback).
        QVERIFY2(filesHolding(SecretKey.toUtf8()).isEmpty(), qPrintable(filesHolding(SecretKey.toUtf8()).join(u' ')));
        QVERIFY(filesHolding(SessionToken.toUtf8()).isEmpty());

        const QString key = SecretStore::keyFor(Connection, SecretKind::SecretAccessKey);
        if (mode() == u"secret-service") {
            // What a user sees in Seahorse / secret-tool: an item under PartSweep's service.
            const QByteArray found = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), AppInfo::applicationId()});
            QVERIFY(found.contains(QStringLiteral("attribute.user = %1").arg(key).toUtf8()));
            QVERIFY(found.contains(QStringLiteral("attribute.server = %1").arg(AppInfo::applicationId()).toUtf8()));
            const QByteArray lookedUp = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                                    AppInfo::applicationId(), QStringLiteral("user"), key});
            QVERIFY2(lookedUp == SecretKey.toUtf8(), "secret-tool does not find the secret key under the service");
        }

        int removed = 0;
        store.remove(Connection, SecretKind::SecretAccessKey, this, [&](Result<Unit> r) {
            QVERIFY(r.ok());
            ++removed;
        });
        store.remove(Connection, SecretKind::SessionToken, this, [&](Result<Unit> r) {
            QVERIFY(r.ok());
            ++removed;
        });
        QTRY_COMPARE_WITH_TIMEOUT(removed, 2, 20000);
        bool gone = false;
        store.read(Connection, SecretKind::SecretAccessKey, this,
                   [&gone](Result<QString> r) { gone = r.ok() && r->isEmpty(); });
        QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
        if (mode() == u"secret-service") {
            const QByteArray found = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), AppInfo::applicationId()});
            QVERIFY(!found.contains(key.toUtf8()));
        }
    }

    // Another store (the next start of PartSweep) finds what the first one kept, but only with a
    // keychain: without one, secrets die with the session.
    void survivesARestartOnlyWithAKeychain()
    {
        {
            KeychainSecretStore first;
            bool written = false;
            first.write(Connection, SecretKind::SecretAccessKey, SecretKey, this,
                        [&written](Result<Unit> r) { written = r.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        }
        KeychainSecretStore second;
        bool answered = false;
        QString back;
        second.read(Connection, SecretKind::SecretAccessKey, this, [&](Result<QString> r) {
            back = r.ok() ? *r : QStringLiteral("error");
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        if (mode() == u"secret-service") {
            QVERIFY2(back == SecretKey, "the secret was not kept in the keychain");
            bool removed = false;
            second.remove(Connection, SecretKind::SecretAccessKey, this,
                          [&removed](Result<Unit> r) { removed = r.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        } else {
            QVERIFY2(back.isEmpty(), "a session-only secret outlived its store");
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
