#include "connection/ssosignin.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace PartSweep {

// What one sign-in's worker shares with the object: the cancel flag, and the object to report to
// (cleared under the mutex when the object goes, so nothing is posted to a dead object).
struct SsoSignIn::Shared
{
    std::atomic<bool> cancelled = false;
    QMutex mutex;
    SsoSignIn *owner = nullptr;
    bool running = false;

    template<typename F>
    void post(F report)
    {
        const QMutexLocker locker(&mutex);
        if (owner)
            QMetaObject::invokeMethod(owner, std::move(report), Qt::QueuedConnection);
    }
};

SsoSignIn::SsoSignIn(CredentialResolver resolver, QString profile, QObject *parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
    , m_profile(std::move(profile))
{}

SsoSignIn::~SsoSignIn()
{
    cancel();
}

QString SsoSignIn::startUrl() const
{
    const Result<Auth::Sso::Settings> settings = m_resolver.ssoSettings(m_profile);
    return settings ? settings->startUrl : QString();
}

bool SsoSignIn::isRunning() const
{
    return m_shared && m_shared->running;
}

void SsoSignIn::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancelled = true;
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->running = false;
}

void SsoSignIn::start()
{
    cancel(); // a previous attempt's worker ends on its own
    m_shared = std::make_shared<Shared>();
    m_shared->owner = this;
    m_shared->running = true;
    QThread *thread = QThread::create([shared = m_shared, resolver = m_resolver, profile = m_profile] {
        const auto fail = [&shared](const QString &message) {
            shared->post([shared, message] {
                shared->running = false;
                if (shared->owner)
                    Q_EMIT shared->owner->failed(message);
            });
        };
        const Result<Auth::Sso::Settings> settings = resolver.ssoSettings(profile);
        if (!settings)
            return fail(settings.errorString());
        const Result<Auth::Sso::DeviceSignIn> signIn =
            Auth::Sso::startSignIn(*settings, profile, QDateTime::currentDateTimeUtc());
        if (!signIn)
            return fail(signIn.errorString());
        const QUrl page(signIn->verificationUriComplete.isEmpty() ? signIn->verificationUri
                                                                  : signIn->verificationUriComplete);
        shared->post([shared, code = signIn->userCode, page, expires = signIn->expiresAt] {
            if (shared->owner)
                Q_EMIT shared->owner->codeReady(code, page, expires);
        });
        const Result<Auth::Sso::Token> token = Auth::Sso::finishSignIn(
            *settings, *signIn, resolver.ssoCacheDir(), profile, [&shared] { return shared->cancelled.load(); });
        if (shared->cancelled)
            return;
        if (!token)
            return fail(token.errorString());
        shared->post([shared, expires = token->expiresAt] {
            shared->running = false;
            if (shared->owner)
                Q_EMIT shared->owner->signedIn(expires);
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace PartSweep
