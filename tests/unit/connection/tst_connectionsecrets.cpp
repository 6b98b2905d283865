// MemorySecretStore: the session-only secret store (and the SecretStore contract it shares with
// the keychain store): answers come later, in call order, only to live contexts.
#include "connection/secretstore.h"

#include <QtTest>

using namespace PartSweep;

class TestConnectionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        MemorySecretStore store;
        QStringList events;
        QString readBack;
        QString tokenBack = QStringLiteral("unset");
        store.write(
            QStringLiteral("lab"), SecretKind::SecretAccessKey, QStringLiteral("s3cr3t"), this,
            [&events](Result<Unit> r) { events << (r ? QStringLiteral("written") : QStringLiteral("write failed")); });
        // Answers never arrive inside the call.
        QVERIFY(events.isEmpty());
        store.read(QStringLiteral("lab"), SecretKind::SecretAccessKey, this, [&](Result<QString> r) {
            events << QStringLiteral("read");
            readBack = r.value();
        });
        store.read(QStringLiteral("lab"), SecretKind::SessionToken, this, [&](Result<QString> r) {
            events << QStringLiteral("token");
            tokenBack = r.value();
        });
        QTRY_COMPARE(events.size(), 3);
        QCOMPARE(events, (QStringList{QStringLiteral("written"), QStringLiteral("read"), QStringLiteral("token")}));
        QVERIFY(readBack == u"s3cr3t"); // QVERIFY: a failing comparison must not print the secret
        QVERIFY(tokenBack.isEmpty());   // a missing secret is empty, not an error

        // Per connection and kind.
        bool otherEmpty = false;
        store.read(QStringLiteral("other"), SecretKind::SecretAccessKey, this,
                   [&otherEmpty](Result<QString> r) { otherEmpty = r.ok() && r->isEmpty(); });
        QTRY_VERIFY(otherEmpty);
        QCOMPARE(store.count(), 1);

        bool removed = false;
        store.remove(QStringLiteral("lab"), SecretKind::SecretAccessKey, this,
                     [&removed](Result<Unit> r) { removed = r.ok(); });
        QTRY_VERIFY(removed);
        QCOMPARE(store.count(), 0);
    }

    void writingEmptyRemoves()
    {
        MemorySecretStore store;
        int answers = 0;
        store.write(QStringLiteral("lab"), SecretKind::SessionToken, QStringLiteral("token"), this,
                    [&answers](Result<Unit>) { ++answers; });
        store.write(QStringLiteral("lab"), SecretKind::SessionToken, QString(), this,
                    [&answers](Result<Unit>) { ++answers; });
        QTRY_COMPARE(answers, 2);
        QCOMPARE(store.count(), 0);
    }

    void sessionOnlyWithReason()
    {
        MemorySecretStore plain;
        QVERIFY(!plain.isPersistent());
        QVERIFY(!plain.unavailableReason().isEmpty());
        MemorySecretStore store(QStringLiteral("No keychain service (test)."));
        QCOMPARE(store.unavailableReason(), QStringLiteral("No keychain service (test)."));
    }

    void noAnswerToADeadContext()
    {
        MemorySecretStore store;
        auto *context = new QObject;
        bool called = false;
        store.read(QStringLiteral("lab"), SecretKind::SecretAccessKey, context,
                   [&called](Result<QString>) { called = true; });
        delete context;
        bool later = false;
        store.read(QStringLiteral("lab"), SecretKind::SecretAccessKey, this,
                   [&later](Result<QString>) { later = true; });
        QTRY_VERIFY(later); // answered in order: the dead context's answer would have come first
        QVERIFY(!called);
    }

    void keysAreDistinctPerKind()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("lab"), SecretKind::SecretAccessKey),
                 QStringLiteral("lab/secret-key"));
        QCOMPARE(SecretStore::keyFor(QStringLiteral("lab"), SecretKind::SessionToken),
                 QStringLiteral("lab/session-token"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSecrets)
#include "tst_connectionsecrets.moc"
