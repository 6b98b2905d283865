#include "connection/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace PartSweep {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &connection, SecretKind kind)
{
    switch (kind) {
    case SecretKind::SecretAccessKey:
        return connection + QStringLiteral("/secret-key");
    case SecretKind::SessionToken:
        return connection + QStringLiteral("/session-token");
    }
    return connection;
}

QString SecretStore::describe(SecretKind kind)
{
    switch (kind) {
    case SecretKind::SecretAccessKey:
        return QStringLiteral("secret key");
    case SecretKind::SessionToken:
        return QStringLiteral("session token");
    }
    return QString();
}

MemorySecretStore::MemorySecretStore(QString reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{
    if (m_reason.isEmpty())
        m_reason =
            QCoreApplication::translate("Connection", "Secrets are kept in memory and forgotten when PartSweep quits.");
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::answerLater(QObject *context, std::function<void()> answer)
{
    // A zero timer keeps the promised order (timers of equal interval fire in order) and never
    // answers inside the caller's stack.
    QTimer::singleShot(0, context ? context : this, std::move(answer));
}

void MemorySecretStore::read(const QString &connection, SecretKind kind, QObject *context, ReadDone done)
{
    const QString value = m_secrets.value(keyFor(connection, kind));
    answerLater(context, [done = std::move(done), value] { done(value); });
}

void MemorySecretStore::write(const QString &connection, SecretKind kind, const QString &secret, QObject *context,
                              Done done)
{
    if (secret.isEmpty())
        m_secrets.remove(keyFor(connection, kind));
    else
        m_secrets.insert(keyFor(connection, kind), secret);
    answerLater(context, [done = std::move(done)] { done(Unit{}); });
}

void MemorySecretStore::remove(const QString &connection, SecretKind kind, QObject *context, Done done)
{
    m_secrets.remove(keyFor(connection, kind));
    answerLater(context, [done = std::move(done)] { done(Unit{}); });
}

} // namespace PartSweep
