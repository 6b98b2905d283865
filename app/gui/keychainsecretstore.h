#pragma once

#include "connection/secretstore.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace PartSweep {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux desktops, KWallet,
// macOS Keychain, Windows Credential Manager), under the service name of the application id.
// Never with QtKeychain's insecure fallback: a secret is never written to a plain file.
//
// Where no keychain service exists (no D-Bus session, no Secret Service provider), the first
// operation finds out (a probe is started at construction) and the store turns into a session-
// only store: isPersistent() false, unavailableReason() says why, persistenceChanged(false)
// fires, and the secrets are kept in a MemorySecretStore until the application quits. Once the
// keychain has answered, later errors are reported as errors instead.
//
// Lives on the GUI thread (QtKeychain's jobs answer there). Callbacks run in call order.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // service: the keychain's service name; the application id unless given (tests use their own).
    explicit KeychainSecretStore(QString service = {}, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &connection, SecretKind kind, QObject *context, ReadDone done) override;
    void write(const QString &connection, SecretKind kind, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &connection, SecretKind kind, QObject *context, Done done) override;
    bool isPersistent() const override { return m_state != State::SessionOnly; }
    QString unavailableReason() const override;

    QString service() const { return m_service; }
    // False until the keychain has answered once (or was found missing).
    bool isProbed() const { return m_state != State::Unknown; }

Q_SIGNALS:
    // The first answer of the keychain (or the finding that there is none) has arrived.
    void probed();

private:
    enum class State
    {
        Unknown,
        Keychain,
        SessionOnly
    };
    // True when the job's failure means "no keychain service here" (and the store fell back).
    bool handleUnavailable(const QKeychain::Job *job);
    void markAvailable();
    enum class Operation
    {
        Read,
        Store,
        Remove
    };
    S3Error keychainError(const QKeychain::Job *job, Operation operation, SecretKind kind,
                          const QString &connection) const;

    QString m_service;
    State m_state = State::Unknown;
    MemorySecretStore *m_memory;
};

} // namespace PartSweep
