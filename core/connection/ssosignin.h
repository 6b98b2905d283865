#pragma once

#include "auth/credentials.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace PartSweep {

// Signing a profile in to IAM Identity Center from the window: the device authorization of
// `aws sso login --use-device-code` (Auth::Sso::startSignIn / finishSignIn) on a worker thread,
// reported by signals on the object's thread. The token is cached exactly where and as the AWS
// CLI caches it, so a sign-in here serves `aws` too and the other way round.
//
// Lives on one thread and is used from it. Destroying it, or cancel(), stops the polling (the
// worker notices within a poll interval and its answer is dropped).
class SsoSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoSignIn)

public:
    // resolver: reads the profile's sso settings and knows the cache (copied).
    SsoSignIn(CredentialResolver resolver, QString profile, QObject *parent = nullptr);
    ~SsoSignIn() override;

    QString profile() const { return m_profile; }
    // The start URL the profile signs in to ("" when its settings cannot be read).
    QString startUrl() const;

    // Asks for a code (codeReady), then waits for the user's approval (signedIn) or fails.
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // What the user checks on the page; `page` has the code filled in when the service says so.
    void codeReady(const QString &userCode, const QUrl &page, const QDateTime &expiresAt);
    void signedIn(const QDateTime &sessionExpiresAt);
    void failed(const QString &message); // never contains a token

private:
    struct Shared;
    CredentialResolver m_resolver;
    QString m_profile;
    std::shared_ptr<Shared> m_shared;
};

} // namespace PartSweep
