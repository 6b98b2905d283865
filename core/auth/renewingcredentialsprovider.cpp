#include "auth/renewingcredentialsprovider.h"

#include "util/logging.h"

#include <QMutex>
#include <QThread>

namespace PartSweep {

namespace {

constexpr qint64 AdvisorySeconds = 5 * 60;
constexpr qint64 MandatorySeconds = 60;
constexpr qint64 AdvisoryRetrySeconds = 60;

} // namespace

struct RenewingCredentialsProvider::State
{
    Obtain obtain;
    QString what;
    AwsCredentials current;
    QDateTime lastAttempt; // this computer's clock
    int refreshes = 0;
    bool refusedAsExpired = false; // the server said ExpiredToken: renew before the next request
};

RenewingCredentialsProvider::RenewingCredentialsProvider(Obtain obtain, QString what, AwsCredentials initial)
    : m_state(std::make_shared<State>())
{
    m_state->obtain = std::move(obtain);
    m_state->what = std::move(what);
    m_state->current = std::move(initial);
}

RenewingCredentialsProvider::~RenewingCredentialsProvider() = default;

AwsCredentials RenewingCredentialsProvider::credentials() const
{
    return m_state->current;
}

int RenewingCredentialsProvider::refreshes() const
{
    return m_state->refreshes;
}

bool RenewingCredentialsProvider::needsRefresh(const QDateTime &now) const
{
    if (m_state->refusedAsExpired)
        return true;
    const QDateTime &expiration = m_state->current.expiration;
    if (!expiration.isValid())
        return false; // long-term keys from the process: nothing to refresh
    const qint64 left = now.secsTo(expiration);
    if (left < MandatorySeconds)
        return true;
    const QDateTime local = QDateTime::currentDateTimeUtc();
    return left < AdvisorySeconds &&
           (!m_state->lastAttempt.isValid() || m_state->lastAttempt.secsTo(local) >= AdvisoryRetrySeconds);
}

bool RenewingCredentialsProvider::markExpired()
{
    // The server's word over the Expiration field: clocks differ, and tokens can be revoked early.
    m_state->refusedAsExpired = true;
    return true;
}

void RenewingCredentialsProvider::refresh(QObject *context, std::function<void(Result<Unit>)> done)
{
    m_state->lastAttempt = QDateTime::currentDateTimeUtc();
    ++m_state->refreshes;
    // The thread writes only `result`; the state is read and updated on the caller's thread.
    auto result = std::make_shared<std::optional<Result<AwsCredentials>>>();
    const std::shared_ptr<State> state = m_state;
    const Renewal why = state->refusedAsExpired ? Renewal::RefusedAsExpired : Renewal::Expiring;
    QThread *thread = QThread::create([result, obtain = state->obtain, why] { *result = obtain(why); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context, [state, result, done = std::move(done)] {
        const Result<AwsCredentials> &fresh = **result;
        if (!fresh) {
            const bool stillUsable =
                !state->refusedAsExpired && state->current.expiration.isValid() &&
                QDateTime::currentDateTimeUtc().secsTo(state->current.expiration) >= MandatorySeconds;
            qCWarning(lcS3, "%s could not refresh the credentials: %s", qUtf8Printable(state->what),
                      qUtf8Printable(fresh.errorString()));
            if (stillUsable)
                return done(Unit{}); // advisory: the current ones serve a little longer
            return done(fresh.error());
        }
        state->current = fresh.value();
        state->refusedAsExpired = false;
        qCInfo(lcS3, "%s: new credentials until %s", qUtf8Printable(state->what),
               qUtf8Printable(state->current.expiration.toString(Qt::ISODate)));
        done(Unit{});
    });
    thread->start();
}

} // namespace PartSweep
