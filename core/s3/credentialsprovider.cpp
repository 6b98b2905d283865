#include "s3/credentialsprovider.h"

#include <QCoreApplication>
#include <QTimer>

namespace PartSweep {

CredentialsProvider::~CredentialsProvider() = default;

bool CredentialsProvider::needsRefresh(const QDateTime &) const
{
    return false;
}

bool CredentialsProvider::markExpired()
{
    return false;
}

void CredentialsProvider::refresh(QObject *context, std::function<void(Result<Unit>)> done)
{
    S3Error error;
    error.kind = S3Error::Kind::Credentials;
    error.message = QCoreApplication::translate("S3", "These credentials cannot be refreshed");
    QTimer::singleShot(0, context, [done = std::move(done), error] { done(error); });
}

} // namespace PartSweep
