#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace PartSweep {

// Where the request pipeline gets the credentials it signs with. Before it signs a request it
// asks needsRefresh(); when that is true it calls refresh() once and holds every request until
// refresh is done (then signs with the new credentials, or fails the held requests with the
// refresh's error). Providers that obtain temporary credentials (credential_process, STS, SSO,
// instance metadata) implement refresh; used on the pipeline's thread only.
class CredentialsProvider
{
public:
    virtual ~CredentialsProvider();

    virtual AwsCredentials credentials() const = 0;
    // now: the server's time as far as the pipeline knows it.
    virtual bool needsRefresh(const QDateTime &now) const;
    // Obtains new credentials; done runs once, on the caller's thread, while context is alive.
    virtual void refresh(QObject *context, std::function<void(Result<Unit>)> done);
    // The server refused the current credentials as expired (ExpiredToken): true when this
    // provider can obtain others, and then needsRefresh() is true until the next refresh. The
    // pipeline then refreshes and sends the refused request again, once.
    virtual bool markExpired();
};

// Credentials that never change (keys from a file, the environment, typed in).
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(AwsCredentials credentials)
        : m_credentials(std::move(credentials))
    {}

    AwsCredentials credentials() const override { return m_credentials; }

private:
    AwsCredentials m_credentials;
};

} // namespace PartSweep
