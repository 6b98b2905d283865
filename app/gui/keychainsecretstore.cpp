#include "gui/keychainsecretstore.h"

#include "util/appinfo.h"
#include "util/logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace PartSweep {

namespace {

// A key no connection can have (connection names have no leading '.'), read to learn whether a
// keychain service answers.
const QString ProbeKey = QStringLiteral(".probe");

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(service.isEmpty() ? AppInfo::applicationId() : std::move(service))
    , m_memory(new MemorySecretStore(QString(), this))
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(ProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (!handleUnavailable(finished))
            markAvailable();
    });
    job->start();
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::unavailableReason() const
{
    return m_state == State::SessionOnly ? m_memory->unavailableReason() : QString();
}

void KeychainSecretStore::markAvailable()
{
    if (m_state != State::Unknown)
        return;
    m_state = State::Keychain;
    qCInfo(lcApp, "secrets are kept in the keychain (service %s)", qUtf8Printable(m_service));
    Q_EMIT probed();
}

bool KeychainSecretStore::handleUnavailable(const QKeychain::Job *job)
{
    if (m_state == State::SessionOnly)
        return true;
    const QKeychain::Error error = job->error();
    // OtherError is how the Secret Service backend reports a D-Bus it cannot reach; after the
    // keychain has answered once it is a real error instead.
    const bool missing =
        error == QKeychain::NoBackendAvailable || (error == QKeychain::OtherError && m_state == State::Unknown);
    if (!missing)
        return false;
    m_state = State::SessionOnly;
    m_memory->setReason(job->errorString().isEmpty()
                            ? tr("No keychain service is available. Secrets entered here are kept only until "
                                 "PartSweep quits; start a Secret Service provider such as gnome-keyring or KWallet "
                                 "to keep them.")
                            : tr("No keychain service is available (%1). Secrets entered here are kept only until "
                                 "PartSweep quits; start a Secret Service provider such as gnome-keyring or KWallet "
                                 "to keep them.")
                                  .arg(job->errorString()));
    qCWarning(lcApp, "no keychain service: secrets are kept for this session only (%s)",
              qUtf8Printable(job->errorString()));
    Q_EMIT persistenceChanged(false);
    Q_EMIT probed();
    return true;
}

S3Error KeychainSecretStore::keychainError(const QKeychain::Job *job, Operation operation, SecretKind kind,
                                           const QString &connection) const
{
    // Whole sentences, one for each operation and secret, so that each translates as a whole.
    const bool key = kind == SecretKind::SecretAccessKey;
    QString message;
    switch (operation) {
    case Operation::Read:
        message = key ? tr("The keychain could not read the secret key of connection '%1': %2")
                      : tr("The keychain could not read the session token of connection '%1': %2");
        break;
    case Operation::Store:
        message = key ? tr("The keychain could not store the secret key of connection '%1': %2")
                      : tr("The keychain could not store the session token of connection '%1': %2");
        break;
    case Operation::Remove:
        message = key ? tr("The keychain could not remove the secret key of connection '%1': %2")
                      : tr("The keychain could not remove the session token of connection '%1': %2");
        break;
    }
    S3Error error;
    error.kind = S3Error::Kind::Credentials;
    error.message = message.arg(connection, job->errorString());
    if (job->error() == QKeychain::AccessDeniedByUser)
        error.hint = tr("Access to the keychain was refused; allow PartSweep to use it.");
    else
        error.hint = tr("Check that the keychain is unlocked.");
    return error;
}

void KeychainSecretStore::read(const QString &connection, SecretKind kind, QObject *context, ReadDone done)
{
    if (m_state == State::SessionOnly)
        return m_memory->read(connection, kind, context, std::move(done));
    QPointer<QObject> guard(context ? context : this);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(connection, kind));
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, connection, kind, done = std::move(done)](QKeychain::Job *finished) {
                if (handleUnavailable(finished)) {
                    if (guard)
                        m_memory->read(connection, kind, guard, done);
                    return;
                }
                markAvailable();
                if (!guard)
                    return;
                if (finished->error() == QKeychain::EntryNotFound)
                    return done(QString());
                if (finished->error() != QKeychain::NoError)
                    return done(keychainError(finished, Operation::Read, kind, connection));
                done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
            });
    job->start();
}

void KeychainSecretStore::write(const QString &connection, SecretKind kind, const QString &secret, QObject *context,
                                Done done)
{
    if (secret.isEmpty())
        return remove(connection, kind, context, std::move(done));
    if (m_state == State::SessionOnly)
        return m_memory->write(connection, kind, secret, context, std::move(done));
    QPointer<QObject> guard(context ? context : this);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(connection, kind));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, connection, kind, secret, done = std::move(done)](QKeychain::Job *finished) {
                if (handleUnavailable(finished)) {
                    // Kept for the session even when nobody waits for the answer any more.
                    if (guard)
                        m_memory->write(connection, kind, secret, guard, done);
                    else
                        m_memory->write(connection, kind, secret, this, [](Result<Unit>) {});
                    return;
                }
                markAvailable();
                if (!guard)
                    return;
                if (finished->error() != QKeychain::NoError)
                    return done(keychainError(finished, Operation::Store, kind, connection));
                done(Unit{});
            });
    job->start();
}

void KeychainSecretStore::remove(const QString &connection, SecretKind kind, QObject *context, Done done)
{
    if (m_state == State::SessionOnly)
        return m_memory->remove(connection, kind, context, std::move(done));
    QPointer<QObject> guard(context ? context : this);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(connection, kind));
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, connection, kind, done = std::move(done)](QKeychain::Job *finished) {
                if (handleUnavailable(finished)) {
                    if (guard)
                        m_memory->remove(connection, kind, guard, done);
                    else
                        m_memory->remove(connection, kind, this, [](Result<Unit>) {});
                    return;
                }
                markAvailable();
                if (!guard)
                    return;
                if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
                    return done(keychainError(finished, Operation::Remove, kind, connection));
                done(Unit{});
            });
    job->start();
}

} // namespace PartSweep
