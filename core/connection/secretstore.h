#pragma once

#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace PartSweep {

// The secrets of a hand-entered connection. The access key id is not one: it lives with the
// connection's settings.
enum class SecretKind
{
    SecretAccessKey,
    SessionToken
};

// Where hand-entered secrets are kept: the OS keychain (app/keychainsecretstore.h) or, where no
// keychain service exists, memory for the session (MemorySecretStore).
//
// Asynchronous: every call answers later through `done`, never before the call returns, on the
// thread the store lives on, and only while `context` is alive (nullptr: the store itself is the
// context). Calls on one store are answered in the order they were made. A missing secret is not
// an error: read() answers an empty string. Writing an empty string removes the secret.
// Errors never contain the secret.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadDone = std::function<void(Result<QString>)>;
    using Done = std::function<void(Result<Unit>)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &connection, SecretKind kind, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &connection, SecretKind kind, const QString &secret, QObject *context,
                       Done done) = 0;
    virtual void remove(const QString &connection, SecretKind kind, QObject *context, Done done) = 0;

    // True while secrets outlive the session (a keychain service answers). A store may turn
    // non-persistent once it finds that no keychain service exists (persistenceChanged).
    virtual bool isPersistent() const = 0;
    // Why secrets are kept only for this session, in words for people; empty while persistent.
    virtual QString unavailableReason() const = 0;

    // The entry name a secret is stored under, e.g. "minio-lab/secret-key".
    static QString keyFor(const QString &connection, SecretKind kind);
    static QString describe(SecretKind kind); // "secret key", "session token"

Q_SIGNALS:
    void persistenceChanged(bool persistent);
};

// Secrets in memory, gone when PartSweep quits. Lives on the thread that created it.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    // reason: why no keychain is used, as unavailableReason() reports it.
    explicit MemorySecretStore(QString reason = {}, QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &connection, SecretKind kind, QObject *context, ReadDone done) override;
    void write(const QString &connection, SecretKind kind, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &connection, SecretKind kind, QObject *context, Done done) override;
    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return m_reason; }

    void setReason(const QString &reason) { m_reason = reason; }
    int count() const { return int(m_secrets.size()); }

private:
    void answerLater(QObject *context, std::function<void()> answer);

    QString m_reason;
    QHash<QString, QString> m_secrets;
};

} // namespace PartSweep
